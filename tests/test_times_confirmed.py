"""Every scheduled moment is echoed with its date and zone and waits for 确认: an event's start,
end and reminders, a time edit, a broadcast's send time; a past time is refused naming the
date it was read as. The clock stands at Monday 2026-11-02 09:00 北京时间 (tests/conftest.py)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bot import texts
from tests.conftest import ADMIN_ID, register
from tests.test_broadcasts import compose, delivered, fast_config, setup  # noqa: F401 - fixtures
from tests.test_events_flow import create_event

YESTERDAY_3PM = texts.TIME_IN_PAST.format(when="2026年11月1日（周日）15:00")


def _no_zone_ids(person) -> None:  # noqa: ANN001
    assert not [r.text for r in person.replies() if "Asia/" in r.text]


async def _form_until_start(bot):  # noqa: ANN001, ANN202
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    await admin.send("/newevent")
    await admin.press("会议")
    await admin.send("委员座谈会")
    return admin


async def test_an_event_for_tomorrow_morning_is_echoed_and_confirmed_step_by_step(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    admin = await _form_until_start(bot)
    await admin.send("明早9点")
    echo = admin.last_reply()
    assert echo.html == texts.NEWEVENT_CONFIRM_START.format(when="2026年11月3日（周二）09:00（北京时间）")
    assert echo.buttons == [texts.TIME_CONFIRM, texts.TIME_RETYPE]
    await admin.press(texts.TIME_CONFIRM)
    await admin.send("11:30")
    assert admin.last_reply().html == texts.NEWEVENT_CONFIRM_END.format(when="2026年11月3日（周二）11:30（北京时间）")
    await admin.press(texts.TIME_CONFIRM)
    await admin.send("市政协三楼会议室")
    await admin.press(texts.NEWEVENT_AUDIENCE_ALL)
    await admin.press(texts.DONE)
    await admin.send("1天,2小时")
    echo = admin.last_reply()
    assert texts.NEWEVENT_OFFSET_LINE.format(offset="1天", when="2026年11月2日（周一）09:00（北京时间）") \
        + texts.NEWEVENT_OFFSET_PASSED in echo.text  # due now, at the very moment it is set: not sent
    assert texts.NEWEVENT_OFFSET_LINE.format(offset="2小时", when="2026年11月3日（周二）07:00（北京时间）") in echo.text
    assert echo.buttons == [texts.TIME_CONFIRM, texts.TIME_RETYPE]
    await admin.press(texts.TIME_CONFIRM)
    await admin.press(texts.REPEAT_NAMES["none"])
    await admin.press(texts.NEWEVENT_PUBLISH)
    event = (await bot.services.events.schedule(2001))[0].event
    assert event.starts_at == datetime(2026, 11, 3, 1, 0, tzinfo=timezone.utc)
    assert event.ends_at == datetime(2026, 11, 3, 3, 30, tzinfo=timezone.utc)
    assert event.offsets == (1440, 120)
    assert li.last_reply().text.startswith("📢")
    _no_zone_ids(admin)


async def test_retype_asks_again_and_a_new_time_typed_at_the_echo_replaces_it(bot_factory):
    bot = await bot_factory()
    admin = await _form_until_start(bot)
    await admin.send("3点")  # a bare hour at 09:00 is this afternoon
    assert admin.last_reply().html == texts.NEWEVENT_CONFIRM_START.format(when="2026年11月2日（周一）15:00（北京时间）")
    await admin.press(texts.TIME_RETYPE)
    assert admin.last_reply().html == texts.NEWEVENT_ASK_START
    await admin.send("明天下午3点")
    await admin.send("后天下午3点")  # typed at the echo instead of pressing: the newer time is echoed
    assert "2026年11月4日（周三）15:00（北京时间）" in admin.last_reply().text
    await admin.press(texts.TIME_CONFIRM)
    await admin.press(texts.SKIP)
    await admin.send("会议室")
    await admin.press(texts.NEWEVENT_AUDIENCE_ALL)
    await admin.press(texts.DONE)
    await admin.press(texts.NEWEVENT_USE_DEFAULT)
    assert admin.last_reply().text.startswith(texts.NEWEVENT_CONFIRM_OFFSETS.split("\n")[0])
    await admin.press(texts.TIME_RETYPE)
    await admin.send("30分钟")
    assert texts.NEWEVENT_OFFSET_LINE.format(offset="30分钟", when="2026年11月4日（周三）14:30（北京时间）") \
        in admin.last_reply().text
    await admin.press(texts.TIME_CONFIRM)
    assert (await bot.services.dialogs.get(ADMIN_ID)).step == "repeat"


async def test_yesterday_afternoon_is_refused_naming_the_date_it_was_read_as(bot_factory):
    bot = await bot_factory()
    admin = await _form_until_start(bot)
    await admin.send("昨天下午3点")
    assert admin.last_reply().text == YESTERDAY_3PM
    assert (await bot.services.dialogs.get(ADMIN_ID)).step == "start"


async def test_a_time_edit_is_echoed_and_applied_only_on_confirm(bot_factory):
    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    admin = await create_event(bot, start="明天上午9点", offsets="2小时")
    await admin.press(texts.EVENT_BTN_TIME)
    await admin.send("昨天下午3点")
    assert admin.last_reply().text == YESTERDAY_3PM
    await admin.send("3点")
    assert admin.last_reply().html == texts.EVENT_CONFIRM_NEW_TIME.format(when="2026年11月2日（周一）15:00（北京时间）")
    await admin.press(texts.TIME_RETYPE)
    assert admin.last_reply().text == texts.EVENT_ASK_NEW_TIME
    await admin.send("后天上午10点")
    before = len(li.replies())
    assert (await bot.services.events.schedule(2001))[0].event.starts_at == datetime(2026, 11, 3, 1, tzinfo=timezone.utc)
    await admin.press(texts.TIME_CONFIRM)
    assert (await bot.services.events.schedule(2001))[0].event.starts_at == datetime(2026, 11, 4, 2, tzinfo=timezone.utc)
    assert len(li.replies()) == before + 1 and li.last_reply().text.startswith("📝")
    confirmed = admin.find_button(texts.TIME_RETYPE)
    assert confirmed is None or texts.TIME_CONFIRM not in confirmed.buttons  # the echo's buttons went
    _no_zone_ids(admin)


async def test_a_broadcast_in_half_an_hour_is_echoed_confirmed_and_sent_then(setup):  # noqa: F811
    bot, admin, (li, wang, _) = await setup()
    await compose(admin)
    await admin.press(texts.BC_SEND_LATER)
    ask = admin.last_reply().text
    assert "北京时间" in ask and "Asia" not in ask
    await admin.send("昨天下午3点")
    assert admin.last_reply().text == YESTERDAY_3PM
    await admin.send("3点")
    assert admin.last_reply().html == texts.BC_CONFIRM_TIME.format(when="2026年11月2日（周一）15:00（北京时间）")
    await admin.send("半小时后")
    echo = admin.last_reply()
    assert echo.html == texts.BC_CONFIRM_TIME.format(when="2026年11月2日（周一）09:30（北京时间）")
    assert echo.buttons == [texts.TIME_CONFIRM, texts.TIME_RETYPE]
    assert (await bot.services.broadcasts.get(1)).status == "draft"  # nothing scheduled before 确认
    await admin.press(texts.TIME_CONFIRM)
    assert "2026年11月2日（周一）09:30（北京时间）" in admin.last_reply().text and "已定时" in admin.last_reply().text
    assert (await bot.services.broadcasts.get(1)).status == "scheduled"
    await bot.advance(timedelta(minutes=29))
    assert delivered(bot, li.id) == 0
    await bot.advance(timedelta(minutes=1))
    assert delivered(bot, li.id) == 1 and delivered(bot, wang.id) == 1
    _no_zone_ids(admin)


async def test_a_broadcast_time_that_passes_before_confirm_is_asked_again(setup):  # noqa: F811
    bot, admin, (li, _, _) = await setup()
    await compose(admin)
    await admin.press(texts.BC_SEND_LATER)
    await admin.send("10分钟后")
    bot.clock.advance(timedelta(minutes=15))
    await admin.press(texts.TIME_CONFIRM)
    answer = next(c.params.get("text") for c in reversed(bot.telegram.calls) if c.method == "answerCallbackQuery")
    assert answer == texts.TIME_IN_PAST.format(when="2026年11月2日（周一）09:10")
    assert (await bot.services.broadcasts.get(1)).status == "draft"
    await admin.send("半小时后")
    await admin.press(texts.TIME_CONFIRM)
    assert (await bot.services.broadcasts.get(1)).status == "scheduled"


async def test_an_older_echo_cannot_confirm_a_newer_time(setup):  # noqa: F811
    bot, admin, _ = await setup()
    await compose(admin)
    await admin.press(texts.BC_SEND_LATER)
    await admin.send("3点")
    older = admin.last_reply()
    await admin.send("半小时后")
    await admin.press(texts.TIME_CONFIRM, on=older)
    assert (await bot.services.broadcasts.get(1)).status == "draft"
    assert bot.telegram.chats[ADMIN_ID][older.message_id].get("reply_markup") in (None, {}, {"inline_keyboard": []})
    await admin.press(texts.TIME_CONFIRM)
    draft = await bot.services.broadcasts.get(1)
    assert draft.status == "scheduled" and draft.scheduled_at == datetime(2026, 11, 2, 1, 30, tzinfo=timezone.utc)


async def test_an_older_start_echo_is_stale_in_the_form(bot_factory):
    bot = await bot_factory()
    admin = await _form_until_start(bot)
    await admin.send("3点")
    older = admin.last_reply()
    await admin.send("明早9点")
    await admin.press(texts.TIME_CONFIRM, on=older)
    assert (await bot.services.dialogs.get(ADMIN_ID)).step == "start_ok"
    await admin.press(texts.TIME_CONFIRM)
    dialog = await bot.services.dialogs.get(ADMIN_ID)
    assert dialog.step == "end" and dialog.data["start"] == "2026-11-03T01:00:00+00:00"


CHAT_SCRIPT = """@as 9001 管理员
/start
@as 2001 李四
/start
李四
> 经济界
> 经济委员会
>> 跳过
@as 9001 管理员
> 通过
/newevent
> 会议
委员座谈会
昨天下午3点
明早9点
> 确认
> 跳过
市政协三楼会议室
> 全体委员
> 完成
2小时
> 确认
> 不重复
> 发布
/broadcast
请于周五下午三点到会。
> 全体委员
> 下一步
> 不需要
> 定时发送
昨天下午3点
半小时后
> 确认
"""


def test_the_chat_session_echoes_and_confirms_both_times_and_refuses_yesterday(tmp_path):
    from tests.test_chat_session import run_chat

    result = run_chat(tmp_path, CHAT_SCRIPT, "--as", "admin")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "无法执行" not in out and "Asia/" not in out
    assert out.count("已经过去了，请输入将来的时间") == 2  # 昨天下午3点, in the form and for the notice
    assert "开始时间：" in out and "09:00（北京时间）" in out
    assert "发送时间：" in out and out.count("（北京时间）") >= 4  # start, reminder, send time, scheduled
    assert "活动已发布" in out and "已定时" in out
