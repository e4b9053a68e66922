"""Events end to end through the real Application: create, notify, answer, leave, remind, check in, export."""

from __future__ import annotations

import io
from datetime import datetime, timedelta

from openpyxl import load_workbook

from bot import texts
from handlers.event_cards import CheckInButton
from tests.conftest import ADMIN_ID, register


async def create_event(bot, title="十一月理论学习会", start="2分钟后", end=None, place="市政协三楼会议室",
                       audience=("全体委员",), offsets="1分钟", repeat="不重复", until=None):
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/newevent")
    await admin.press("学习")
    await admin.send(title)
    await admin.send(start)
    await admin.press(texts.TIME_CONFIRM)
    if end:
        await admin.send(end)
        await admin.press(texts.TIME_CONFIRM)
    else:
        await admin.press(texts.SKIP)
    await admin.send(place)
    for label in audience:
        await admin.press(label)
    await admin.press(texts.DONE)
    if offsets is None:
        await admin.press(texts.NEWEVENT_USE_DEFAULT)
    else:
        await admin.send(offsets)
    await admin.press(texts.TIME_CONFIRM)  # the echo of each reminder's moment
    await admin.press(repeat)
    if until:
        await admin.send(until)
    await admin.press(texts.NEWEVENT_PUBLISH)
    return admin


def reminders_of(person):
    return [r for r in person.replies() if r.text.startswith("⏰")]


async def test_study_session_done_when_scenario(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    admin = await create_event(bot)
    assert texts.NEWEVENT_PUBLISHED.format(count=1) in [r.text for r in admin.replies()]
    notice = li.last_reply()
    assert notice.text.startswith("📢") and "十一月理论学习会" in notice.text and "2026年11月2日（周一）09:02" in notice.text
    assert notice.buttons[:2] == [texts.ATTEND, texts.LEAVE]

    await li.press(texts.LEAVE, on=notice)
    assert li.last_reply().text == texts.ASK_LEAVE_REASON.format(limit=100)
    await li.send("外出开会")
    assert "外出开会" in li.last_reply().text
    request = admin.last_reply()
    assert "请假申请" in request.text and "李四" in request.text and "外出开会" in request.text
    await admin.press(texts.APPROVE_LEAVE, on=request)
    assert "已获同意" in li.last_reply().text

    await li.press(texts.ATTEND, on=notice)
    assert li.last_reply().text == texts.ANSWER_SAVED_ATTEND.format(title="十一月理论学习会")
    assert "撤回" in admin.last_reply().text

    await bot.advance(timedelta(minutes=1))
    await bot.advance(timedelta(seconds=20))
    assert len(reminders_of(li)) == 1
    assert "1分钟后开始" in reminders_of(li)[0].text

    await li.press(texts.CHECK_IN, on=reminders_of(li)[0])
    assert li.last_reply().text.startswith("✅ 签到成功")

    await admin.send("/events")
    assert "参加 1 · 请假 0 · 未回复 0" in admin.last_reply().text
    await admin.press(admin.last_reply().buttons[0])
    await admin.press(texts.EVENT_BTN_ATTENDANCE)
    listing = admin.last_reply().text
    assert "参加（1）\n李四" in listing and "已签到（1）\n李四 09:01" in listing
    await admin.press(texts.EVENT_BTN_EXPORT)
    document = admin.last_reply().document
    assert document["file_name"] == "签到表_十一月理论学习会_20261102.xlsx"
    data = bot.telegram.files[document["file_id"]][0]
    sheet = load_workbook(io.BytesIO(data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1] == texts.ATTENDANCE_COLUMNS
    assert rows[2][0] == "李四" and rows[2][3] == "参加" and rows[2][6] == datetime(2026, 11, 2, 9, 1)


async def test_leave_needs_a_reason(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="明天上午9点")
    await li.press(texts.LEAVE)
    await li.send("  ")
    assert li.last_reply().text in (texts.LEAVE_REASON_REQUIRED, texts.EMPTY_MESSAGE)
    await li.sticker()
    assert li.last_reply().text == texts.ASK_LEAVE_REASON.format(limit=100)
    await li.send("/cancel")
    assert li.last_reply().text == texts.LEAVE_CANCELLED
    mine = await bot.services.events.schedule(2001)
    assert mine[0].attendance.answer is None


async def test_member_leave_rejected_is_told(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    admin = await create_event(bot, start="明天上午9点")
    await li.press(texts.LEAVE)
    await li.send("家中有事")
    request = admin.last_reply()
    approve_data = request.button_data(texts.APPROVE_LEAVE)
    await admin.press(texts.REJECT_LEAVE, on=request)
    assert "未获同意" in li.last_reply().text
    assert "不同意（管理员）" in admin.last_reply().text
    await admin.press_data(approve_data, on=request)  # a second decision on the same request
    answer = [c for c in bot.telegram.calls if c.method == "answerCallbackQuery"][-1].params["text"]
    assert answer == texts.LEAVE_ALREADY_DECIDED
    _, rows = await bot.services.events.attendance(ADMIN_ID, 1)
    assert rows[0].leave_decision == "rejected"


async def test_answers_close_when_the_event_starts(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="2分钟后")
    await bot.advance(timedelta(minutes=5))
    await li.press(texts.ATTEND)
    assert (await bot.services.events.schedule(2001))[0].attendance.answer is None
    calls = [c for c in bot.telegram.calls if c.method == "answerCallbackQuery"]
    assert calls[-1].params.get("text") == texts.EVENT_ANSWER_CLOSED


async def test_check_in_too_early_and_after_the_end(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="明天上午9点", end="11:00")
    notice = li.last_reply()
    assert texts.CHECK_IN not in notice.buttons  # offered only in its window; an old card's press still answers
    await li.press_data(CheckInButton(1).pack(), on=notice)
    answer = [c for c in bot.telegram.calls if c.method == "answerCallbackQuery"][-1].params["text"]
    assert answer == texts.CHECKIN_EARLY.format(opens="2026年11月3日（周二）08:30", minutes=30)
    await bot.advance(timedelta(days=1, hours=3))
    await li.press_data(CheckInButton(1).pack(), on=notice)
    answer = [c for c in bot.telegram.calls if c.method == "answerCallbackQuery"][-1].params["text"]
    assert answer == texts.CHECKIN_CLOSED


async def test_member_outside_the_audience_cannot_answer(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四", committee="经济委员会")
    wang = await register(bot, 2002, "王五", sector="教育界", committee="提案委员会")
    await create_event(bot, start="明天上午9点", audience=("提案委员会",))
    assert wang.last_reply().text.startswith("📢")
    assert not any(r.text.startswith("📢") for r in li.replies())
    forged = await li.send("/schedule")
    await li.press_data("er:a:1", on=forged[-1])
    answer = [c for c in bot.telegram.calls if c.method == "answerCallbackQuery"][-1].params["text"]
    assert answer == texts.EVENT_NOT_FOR_YOU
    assert (await bot.services.events.schedule(2002))[0].attendance.answer is None


async def test_member_cannot_use_admin_buttons(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="明天上午9点")
    await li.press_data("ev:cy:1", on=li.last_reply())
    assert (await bot.services.events.get(1)).status == "active"


async def test_schedule_lists_own_answer_and_calendar_file(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, title="视察 浒苔治理", start="12月3日下午2点半", end="16:30", place="市海洋局")
    await li.press(texts.ATTEND)
    await li.send(texts.MENU_SCHEDULE)
    listing = li.last_reply()
    assert "视察 浒苔治理" in listing.text and "您的回复：参加" in listing.text
    await li.press(texts.ALL_TO_CALENDAR)
    document = li.last_reply().document
    body = bot.telegram.files[document["file_id"]][0].decode()
    assert "DTSTART:20261203T063000Z" in body and "DTEND:20261203T083000Z" in body
    assert "SUMMARY:视察 浒苔治理" in body and "LOCATION:市海洋局" in body and "UID:event-1@" in body


async def test_bad_times_in_the_form_are_explained(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    await admin.send("/newevent")
    await admin.press("视察")
    await admin.send("浒苔治理视察")
    await admin.send("2月30日 10:00")
    assert admin.last_reply().text == texts.TIME_BAD_DAY.format(month=2, day=30)
    await admin.send("2026-11-01 10:00")
    assert admin.last_reply().text == texts.TIME_IN_PAST.format(when="2026年11月1日（周日）10:00")
    await admin.send("12月3日 14:30")
    assert "2026年12月3日（周四）14:30" in admin.last_reply().text
    await admin.press(texts.TIME_CONFIRM)
    await admin.send("12:00")
    assert admin.last_reply().text == texts.EVENT_END_BEFORE_START
    await admin.send("/cancel")
    assert admin.last_reply().text == texts.NEWEVENT_CANCELLED


async def test_audience_toggles_show_the_recipient_count(bot_factory):
    bot = await bot_factory()
    await register(bot, 2001, "李四", committee="经济委员会")
    await register(bot, 2002, "王五", sector="教育界", committee="提案委员会")
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/newevent")
    await admin.press("会议")
    await admin.send("协商会")
    await admin.send("明天上午9点")
    await admin.press(texts.TIME_CONFIRM)
    await admin.press(texts.SKIP)
    await admin.send("会议室")
    await admin.press(texts.DONE)
    assert [c for c in bot.telegram.calls if c.method == "answerCallbackQuery"][-1].params["text"] \
        == texts.NEWEVENT_AUDIENCE_EMPTY
    await admin.press("经济委员会")
    assert "将通知 1 人" in admin.last_reply().text
    await admin.press("教育界")
    assert "将通知 2 人" in admin.last_reply().text
    await admin.press("✅ 教育界")
    assert "将通知 1 人" in admin.last_reply().text


async def test_attendance_is_kept_for_the_members_record(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="2分钟后")
    await li.press(texts.CHECK_IN)
    await create_event(bot, title="十一月视察", start="明天上午9点")
    await li.press(texts.LEAVE)
    await li.send("出差")
    await bot.advance(timedelta(days=2))
    assert await bot.services.events.record(2001) == {"attended": 1, "leave": 1, "absent": 0}


async def test_leave_can_be_decided_from_the_attendance_list(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    admin = await create_event(bot, start="明天上午9点")
    await li.press(texts.LEAVE)
    await li.send("外地出差")
    await admin.press(texts.EVENT_BTN_ATTENDANCE)
    listing = admin.last_reply()
    assert "李四：外地出差（待审批）" in listing.text
    await admin.press(f"{texts.APPROVE_LEAVE}：李四", on=listing)
    assert "已获同意" in li.last_reply().text
    assert admin.last_reply().buttons == []


async def test_answering_after_the_end_is_refused(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="2分钟后", end="9:30")
    await bot.advance(timedelta(hours=1))
    await li.press(texts.LEAVE)
    answer = [c for c in bot.telegram.calls if c.method == "answerCallbackQuery"][-1].params["text"]
    assert answer == texts.EVENT_ENDED
    assert await bot.services.dialogs.get(2001) is None


async def test_the_form_survives_a_restart(bot_factory):
    bot = await bot_factory()
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    await admin.send("/newevent")
    await admin.press("会议")
    await admin.send("协商议政会")
    await bot.restart()
    await admin.send("12月3日 14:30")
    assert admin.last_reply().html == texts.NEWEVENT_CONFIRM_START.format(when="2026年12月3日（周四）14:30（北京时间）")


async def test_a_form_left_until_the_start_has_passed_asks_for_the_time_again(bot_factory):
    bot = await bot_factory()
    await register(bot, 2001, "李四")
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/newevent")
    await admin.press("学习")
    await admin.send("学习会")
    await admin.send("10分钟后")
    await admin.press(texts.TIME_CONFIRM)
    await admin.press(texts.SKIP)
    await admin.send("会议室")
    await admin.press(texts.NEWEVENT_AUDIENCE_ALL)
    await admin.press(texts.DONE)
    await admin.press(texts.NEWEVENT_USE_DEFAULT)
    await admin.press(texts.TIME_CONFIRM)
    await admin.press(texts.REPEAT_NAMES["none"])
    bot.clock.advance(timedelta(minutes=15))
    await admin.press(texts.NEWEVENT_PUBLISH)
    assert admin.last_reply().html == texts.NEWEVENT_ASK_START
    assert (await bot.services.dialogs.get(ADMIN_ID)).step == "start"


async def test_pressing_attend_while_asked_for_a_reason_ends_the_leave_request(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="明天上午9点")
    notice = li.last_reply()
    await li.press(texts.LEAVE, on=notice)
    await li.press(texts.ATTEND, on=notice)
    assert await bot.services.dialogs.get(2001) is None
    assert (await bot.services.events.schedule(2001))[0].attendance.answer == "attend"


async def test_exported_cells_cannot_run_as_formulas(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="明天上午9点")
    await li.press(texts.LEAVE)
    await li.send("=HYPERLINK(\"http://x\")")
    data = await bot.services.events.export_xlsx(ADMIN_ID, 1)
    row = list(load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))[2]
    assert row[3] == "请假" and row[4] == "=HYPERLINK(\"http://x\")" and row[5] == "待审批"
