"""Broadcasts through the real Application: composing, sending at pace, progress, report, 已阅, restarts."""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bot import texts
from bot.localchat.fakeapi import Fault
from bot.localchat.limits import TelegramLimits
from storage.broadcasts import OutboxRow
from storage.models import Member
from tests.conftest import ADMIN_ID, register

FAST = """
[rate_limits]
overall_per_second = 1000
per_chat_per_second = 1000
[broadcasts]
progress_seconds = {progress}
max_retries = 3
batch_size = {batch}
lease_seconds = 60
"""


@pytest.fixture
def fast_config(tmp_path):
    def write(batch: int = 50, progress: int = 3) -> str:
        path = tmp_path / f"fast{batch}-{progress}.toml"
        path.write_text(FAST.format(batch=batch, progress=progress))
        return str(path)

    return write


@pytest.fixture
async def setup(bot_factory, fast_config):
    """A bot with three members: 李四 and 王五 in 经济委员会, 赵六 in 提案委员会."""

    async def make(batch: int = 50, database_url: str | None = None, progress: int = 3):  # noqa: ANN202
        bot = await bot_factory(database_url=database_url, BOT_CONFIG=fast_config(batch, progress))
        admin = bot.member(ADMIN_ID, "管理员")
        people = [await register(bot, 2001, "李四"), await register(bot, 2002, "王五"),
                  await register(bot, 2003, "赵六", sector="教育界", committee="提案委员会")]
        return bot, admin, people

    return make


def notices(person) -> list:  # noqa: ANN001
    return [r for r in person.replies() if r.text.startswith("📢")]


async def compose(admin, text: str = "<b>关于召开经济委员会学习会的通知</b>\n请于周五下午三点到会。",  # noqa: ANN001
                  groups=("经济委员会",), receipt: bool = True) -> None:
    await admin.send("/broadcast")
    await admin.send(text)
    for group in groups:
        await admin.press(group)
    await admin.press(texts.BC_NEXT)
    await admin.press(texts.BC_RECEIPT_YES if receipt else texts.BC_RECEIPT_NO)


async def test_admin_sends_notice_with_receipt_to_one_committee(setup):
    bot, admin, (li, wang, zhao) = await setup()
    await admin.send("/broadcast")
    assert admin.last_reply().text == texts.BC_ASK_CONTENT.replace("<b>", "").replace("</b>", "")
    # Bold typed in Telegram arrives as an entity; the notice keeps it.
    await admin.other(text="关于召开学习会的通知\n请于周五下午三点到会。",
                      entities=[{"type": "bold", "offset": 0, "length": 10}])
    await admin.press("经济委员会")
    assert "收件人：2 人" in admin.last_reply().text
    assert "✅ 经济委员会" in admin.last_reply().buttons
    await admin.press(texts.BC_NEXT)
    await admin.press(texts.BC_RECEIPT_YES)
    preview = admin.replies()[-2]
    assert preview.text.startswith("📢 通知") and preview.buttons == [texts.BC_READ_BUTTON]
    assert "共 2 人" in admin.last_reply().text
    await admin.press(texts.BC_SEND_NOW)
    progress = admin.last_reply()
    assert "已发送 0 / 2" in progress.text and progress.buttons == [texts.BC_PAUSE, texts.BC_CANCEL]
    await bot.run_due()
    for person in (li, wang):
        [notice] = notices(person)
        assert "关于召开学习会的通知" in notice.text and notice.buttons == [texts.BC_READ_BUTTON]
        assert {"type": "bold", "offset": 7, "length": 10} in notice.raw["entities"]  # formatting kept
    assert notices(zhao) == []
    final = bot.telegram.chats[ADMIN_ID][progress.message_id]
    assert "发送完毕" in final["text"] and "已发送 2 / 2" in final["text"]
    report = admin.last_reply()
    assert "发送报告" in report.text and "已送达 2 人" in report.text and texts.BC_DOWNLOAD in report.buttons

    await li.press(texts.BC_READ_BUTTON)
    assert li.last_reply().text.endswith("✅ 已阅")
    assert li.last_reply().buttons == []  # the choice is made: the button goes
    await admin.send("/broadcasts")
    assert "已阅 1 / 2" in admin.last_reply().text
    await admin.press(texts.BC_UNREAD_BUTTON)
    assert "王五" in admin.last_reply().text and "李四" not in admin.last_reply().text
    await admin.press(texts.BC_REMIND_BUTTON)
    assert admin.last_reply().text == texts.BC_REMIND_STARTED.format(count=1)
    await bot.run_due()
    reminder = wang.last_reply()
    assert reminder.text.startswith("⏰") and reminder.buttons == [texts.BC_READ_BUTTON]
    assert not any(r.text.startswith("⏰") for r in li.replies())
    await wang.press(texts.BC_READ_BUTTON, on=reminder)
    await admin.send("/broadcasts")
    assert "已阅 2 / 2" in admin.last_reply().text


async def add_members(bot, first_id: int, count: int, committee: str = "经济委员会", started: bool = True):  # noqa: ANN001, ANN201
    """Many approved members at once (straight into the database: registration is tested elsewhere)."""
    people = []
    async with bot.services.db.transaction() as s:
        for tid in range(first_id, first_id + count):
            s.add(Member(telegram_id=tid, name=f"委员{tid}", sector="经济界", special_committee=committee,
                         status="active", chat_started=started, created_at=bot.clock.now()))
            people.append(bot.member(tid, f"委员{tid}"))
    return people


async def outbox_rows(bot) -> list[OutboxRow]:  # noqa: ANN001
    """The broadcasts' rows (notices such as the admins' registration cards share the table)."""
    async with bot.services.db.transaction() as s:
        return list((await s.execute(select(OutboxRow).where(OutboxRow.broadcast_id.is_not(None))
                                     .order_by(OutboxRow.id))).scalars())


def delivered(bot, chat_id: int) -> int:  # noqa: ANN001
    """Notices that reached this chat (as the fake recorded them)."""
    return sum(1 for m in bot.telegram.bot_messages(chat_id) if (m.get("text") or m.get("caption") or "").startswith("📢 通知"))


def last_answer(bot) -> str:  # noqa: ANN001
    return next(c.params.get("text") for c in reversed(bot.telegram.calls) if c.method == "answerCallbackQuery")


async def test_photo_and_file_notices_keep_their_caption(setup):
    bot, admin, (li, wang, _) = await setup()
    await admin.send("/broadcast")
    await admin.photo(b"PNG-bytes", caption="会议座位图")
    await admin.press("经济委员会")
    await admin.press(texts.BC_NEXT)
    await admin.press(texts.BC_RECEIPT_NO)
    await admin.press(texts.BC_SEND_NOW)
    await admin.send("/broadcast")
    await admin.file(b"%PDF-1.4", "议程.pdf", caption="会议议程")
    await admin.press("经济委员会")
    await admin.press(texts.BC_NEXT)
    await admin.press(texts.BC_RECEIPT_YES)
    await admin.press(texts.BC_SEND_NOW)
    await bot.run_due()
    photo, document = li.replies()[-2:]
    assert photo.raw.get("photo") and "会议座位图" in photo.text and photo.buttons == []
    assert document.document["file_name"] == "议程.pdf" and "会议议程" in document.text
    assert document.buttons == [texts.BC_READ_BUTTON]
    await li.press(texts.BC_READ_BUTTON, on=document)
    assert li.last_reply().text.endswith("✅ 已阅")


async def test_sticker_as_content_is_asked_again_and_cancel_drops_the_draft(setup):
    bot, admin, _ = await setup()
    await admin.send("/broadcast")
    await admin.sticker()
    assert admin.last_reply().text == texts.BC_CONTENT_INVALID
    await admin.send("一条草稿")
    await admin.send("/cancel")
    assert admin.last_reply().text == texts.BC_DISCARDED
    await bot.run_due()
    assert await outbox_rows(bot) == []


async def test_audience_counts_and_lists_members_who_cannot_receive(setup):
    bot, admin, (li, wang, zhao) = await setup()
    await add_members(bot, 3001, 1, started=False)  # never pressed /start
    bot.telegram.blocked_chats.add(wang.id)  # blocked the bot: Telegram answers 403
    await admin.send("/broadcast")
    await admin.send("全体通知")
    await admin.press(texts.BC_ALL)
    text = admin.last_reply().text
    assert "收件人：4 人" in text and "其中 1 人暂时无法接收" in text and "委员3001" in text  # 4 members, not the staff admin
    assert texts.AUDIENCE_RULE_NOTE in text
    await admin.press(texts.BC_NEXT)
    await admin.press(texts.BC_RECEIPT_NO)
    await admin.press(texts.BC_SEND_NOW)
    await bot.run_due()
    assert delivered(bot, li.id) == 1 and delivered(bot, zhao.id) == 1 and delivered(bot, wang.id) == 0
    assert (await bot.services.members.get(wang.id)).reachable is False
    report = admin.last_reply().text
    assert "已送达 2 人" in report and "无法送达 2 人：王五、委员3001" in report and "发送失败 0 人" in report
    assert not [c for c in bot.telegram.calls if c.method == "sendMessage" and int(c.params["chat_id"]) == 3001]


async def test_only_me_sends_a_test_copy_to_the_admin(setup):
    bot, admin, (li, _, _) = await setup()
    await compose(admin, "测试通知", groups=(texts.BC_ONLY_ME,), receipt=False)
    await admin.press(texts.BC_SEND_NOW)
    await bot.run_due()
    assert delivered(bot, ADMIN_ID) == 2  # the preview and the test copy
    assert delivered(bot, li.id) == 0


async def test_429_retry_after_is_obeyed(setup):
    bot, admin, (li, wang, _) = await setup()
    throttled = []

    def once_429(method, params):  # noqa: ANN001, ANN202
        if method == "sendMessage" and int(params["chat_id"]) == wang.id and not throttled:
            throttled.append(method)
            return Fault(429, "Too Many Requests: retry after 5", retry_after=5)
        return None

    await compose(admin, receipt=False)
    bot.telegram.fault_hook = once_429
    await admin.press(texts.BC_SEND_NOW)
    await bot.run_due()
    assert delivered(bot, li.id) == 1 and delivered(bot, wang.id) == 0
    await bot.advance(timedelta(seconds=4))
    assert delivered(bot, wang.id) == 0  # not before retry_after
    await bot.advance(timedelta(seconds=1))
    assert delivered(bot, wang.id) == 1
    row = next(r for r in await outbox_rows(bot) if r.telegram_id == wang.id)
    assert row.state == "sent" and row.attempts == 1  # a 429 is not a failed attempt


async def test_timeouts_are_retried_with_backoff_then_reported_as_failed(setup):
    bot, admin, (li, wang, _) = await setup()
    bot.telegram.fault_hook = lambda m, p: Fault(0) if m == "sendMessage" and int(p["chat_id"]) == wang.id else None
    await compose(admin, receipt=False)
    await admin.press(texts.BC_SEND_NOW)
    await bot.run_due()
    assert delivered(bot, li.id) == 1
    tries = lambda: sum(1 for c in bot.telegram.calls if c.method == "sendMessage"  # noqa: E731
                        and int(c.params["chat_id"]) == wang.id and c.params["text"].startswith("📢"))
    assert tries() == 1
    await bot.advance(timedelta(seconds=1))
    assert tries() == 1  # backoff: 2 s after the first attempt
    await bot.advance(timedelta(seconds=1))
    assert tries() == 2
    await bot.advance(timedelta(seconds=4))
    assert tries() == 3  # max_retries = 3: now it is failed
    await bot.advance(timedelta(seconds=60))
    assert tries() == 3
    report = admin.last_reply().text
    assert "发送失败 1 人" in report and "王五" in report and "Timed out" in report
    assert (await bot.services.members.get(wang.id)).reachable is True


async def test_pause_resume_and_cancel(setup):
    bot, admin, (li, wang, _) = await setup()
    await compose(admin)
    await admin.press(texts.BC_SEND_NOW)
    await admin.press(texts.BC_PAUSE)
    assert last_answer(bot) == texts.BC_PAUSED
    assert "已暂停" in admin.last_reply().text and texts.BC_RESUME in admin.last_reply().buttons
    await bot.run_due()
    assert delivered(bot, li.id) == 0
    await admin.press(texts.BC_RESUME)
    await bot.run_due()
    assert delivered(bot, li.id) == 1 and delivered(bot, wang.id) == 1
    done = next(r for r in admin.replies() if "发送完毕" in r.text)
    await admin.press_data(done.button_data(texts.BC_DOWNLOAD).replace("xlsx", "pause"), on=done)  # a stale button
    assert "已完成" in last_answer(bot)

    await compose(admin, "第二条")
    await admin.press(texts.BC_SEND_NOW)
    await admin.press(texts.BC_CANCEL)
    assert "通知已取消" in admin.replies()[-2].text
    assert "已取消，未发送 2 人" in admin.last_reply().text
    await bot.run_due()
    assert delivered(bot, li.id) == 1


async def test_progress_message_is_edited_while_sending(setup):
    bot, admin, _ = await setup(batch=1, progress=0)
    await add_members(bot, 3001, 4)
    await compose(admin, receipt=False)
    await admin.press(texts.BC_SEND_NOW)
    await bot.run_due()
    edits = [c.params["text"] for c in bot.telegram.calls if c.method == "editMessageText"]
    import re
    shown = [re.search(r"已发送 (\d) / 6", t)[1] for t in edits if "已发送" in t]
    assert any(0 < int(n) < 6 for n in shown), shown  # counts seen mid-way
    assert all("预计剩余" in t for t in edits if "发送中" in t)
    assert "已发送 6 / 6" in edits[-1] and "发送完毕" in edits[-1]


def test_progress_numbers_and_time_left_read_naturally():
    from handlers.broadcasts.wiring import _count, eta_text

    assert _count(1200) == "1 200" and _count(3000) == "3 000"
    assert eta_text(62) == "1 分 2 秒" and eta_text(5) == "5 秒"


async def test_report_and_xlsx_list_every_recipient(setup):
    bot, admin, (li, wang, zhao) = await setup()
    bot.telegram.blocked_chats.add(wang.id)
    await compose(admin, groups=("经济委员会", "提案委员会"))
    await admin.press(texts.BC_SEND_NOW)
    await bot.run_due()
    await admin.press(texts.BC_DOWNLOAD)
    document = admin.last_reply().document
    assert document["file_name"].endswith(".xlsx")
    sheet = load_workbook(io.BytesIO(bot.telegram.files[document["file_id"]][0])).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == texts.BC_XLSX_HEADER
    outcome = {r[0]: r[4] for r in rows[1:]}
    assert outcome == {"李四": "已送达", "王五": "无法送达", "赵六": "已送达"}


async def test_member_cannot_reach_any_broadcast_command_or_button(setup):
    bot, admin, (li, wang, _) = await setup()
    await compose(admin)
    await admin.press(texts.BC_SEND_NOW)
    await bot.run_due()
    notice = notices(wang)[-1]
    rows = await outbox_rows(bot)
    bid = rows[0].broadcast_id
    for command in ("/broadcast", "/broadcasts"):
        await li.send(command)
        assert li.last_reply().text == texts.NOT_ALLOWED
    on = notices(li)[-1]
    for data in (f"bc:{bid}:go", f"bc:{bid}:t:all", f"bp:{bid}:cancel", f"bp:{bid}:xlsx", f"bl:{bid}:r",
                 f"bl:{bid}:u"):
        await li.press_data(data, on=on)
        assert last_answer(bot) == texts.NO_PERMISSION_BUTTON
    wang_row = next(r for r in rows if r.telegram_id == wang.id)
    await li.press_data(f"br:{wang_row.id}", on=on)
    assert last_answer(bot) == texts.BC_READ_NOT_YOURS
    assert (await bot.services.broadcasts.progress(bid)).read == 0
    assert not [d for d in li.replies() if d.document]
    await wang.press(texts.BC_READ_BUTTON, on=notice)
    assert (await bot.services.broadcasts.progress(bid)).read == 1


async def test_service_refuses_members_too(setup):
    from bot.errors import PermissionDenied

    bot, _, (li, _, _) = await setup()
    with pytest.raises(PermissionDenied):
        await bot.services.broadcasts.begin(li.id)
    with pytest.raises(PermissionDenied):
        await bot.services.broadcasts.recent(li.id)


async def test_scheduled_notice_goes_out_at_its_time_after_a_restart(setup):
    bot, admin, (li, wang, _) = await setup()
    await compose(admin)
    await admin.press(texts.BC_SEND_LATER)
    await admin.send("明天")
    assert admin.last_reply().text == texts.TIME_NO_CLOCK
    await admin.send("2026-11-02 10:00")
    assert "2026年11月2日（周一）10:00（北京时间）" in admin.last_reply().text
    await admin.press(texts.TIME_CONFIRM)
    assert "2026年11月2日（周一）10:00" in admin.last_reply().text
    await bot.restart()
    await bot.advance(timedelta(minutes=59))
    assert delivered(bot, li.id) == 0
    await bot.advance(timedelta(minutes=1))
    assert delivered(bot, li.id) == 1 and delivered(bot, wang.id) == 1
    assert "发送报告" in admin.last_reply().text


async def test_restart_mid_broadcast_skips_and_repeats_no_one(setup):
    bot, admin, _ = await setup(batch=2)
    people = await add_members(bot, 3001, 6)
    await compose(admin, receipt=False)
    await admin.press(texts.BC_SEND_NOW)
    from handlers.broadcasts.wiring import sender

    stop_after = [3]

    def stop_listener(method, params):  # noqa: ANN001, ANN202
        if method == "sendMessage" and str(params.get("text", "")).startswith("📢"):
            stop_after[0] -= 1
            if stop_after[0] == 0:
                sender(bot.app).request_stop()

    bot.telegram.listeners.append(stop_listener)
    await bot.run_due()
    everyone = [*people, bot.member(2001, "李四"), bot.member(2002, "王五")]
    first_round = sum(delivered(bot, p.id) for p in everyone)
    assert 3 <= first_round < 8
    bot.telegram.listeners.clear()
    await bot.restart()
    await bot.run_due()
    for person in everyone:
        assert delivered(bot, person.id) == 1, person.name


async def test_crash_mid_broadcast_is_taken_over_after_the_lease(setup, monkeypatch):
    bot, admin, _ = await setup(batch=3)
    people = await add_members(bot, 3001, 6)
    await compose(admin, receipt=False)
    await admin.press(texts.BC_SEND_NOW)
    from handlers.broadcasts.wiring import sender

    async def dead(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - a dead process records nothing
        return False

    def crash(method, params):  # noqa: ANN001, ANN202
        if method == "sendMessage" and str(params.get("text", "")).startswith("📢"):
            crash.sent += 1
            if crash.sent == 2:  # the process dies: its claimed rows stay claimed, unrecorded
                monkeypatch.setattr(bot.services.outbox, "record", dead)
                monkeypatch.setattr(bot.services.outbox, "release", dead)
                sender(bot.app).request_stop()

    crash.sent = 0
    bot.telegram.listeners.append(crash)
    await bot.run_due()
    bot.telegram.listeners.clear()
    in_flight = sum(1 for r in await outbox_rows(bot) if r.state == "claimed")
    assert in_flight >= 1
    await bot.restart()
    everyone = [*people, bot.member(2001, "李四"), bot.member(2002, "王五")]
    await bot.run_due()
    assert sum(delivered(bot, p.id) == 0 for p in everyone) >= 1  # the dead claims still hold
    await bot.advance(timedelta(seconds=61))  # the lease ends: another sender takes them over
    counts = [delivered(bot, p.id) for p in everyone]
    assert all(c >= 1 for c in counts)  # no one skipped
    assert sum(c - 1 for c in counts) <= in_flight  # duplicates only among the rows in flight at the crash


async def _race(bot, clock) -> None:  # noqa: ANN001
    from bot.localchat.driver import LocalBot
    from handlers.broadcasts.wiring import sender

    other = LocalBot(bot.settings, clock=clock, telegram=bot.telegram)
    await other.start(migrate_first=False)
    try:
        people = await add_members(bot, 3001, 10)
        admin = bot.member(ADMIN_ID, "管理员")
        await compose(admin, receipt=False)
        await admin.press(texts.BC_SEND_NOW)
        await asyncio.gather(sender(bot.app).drain(), sender(other.app).drain())
        for person in [*people, bot.member(2001, "李四"), bot.member(2002, "王五")]:
            sends = [c for c in bot.telegram.calls if c.method == "sendMessage"
                     and int(c.params["chat_id"]) == person.id and c.params["text"].startswith("📢")]
            assert len(sends) == 1, person.name
        assert sum(1 for r in await outbox_rows(bot) if r.state == "sent") == 12
    finally:
        await other.stop()


async def test_two_senders_never_send_a_row_twice_sqlite(setup, clock):
    bot, _, _ = await setup(batch=2)
    await _race(bot, clock)


async def test_two_senders_never_send_a_row_twice_postgresql(setup, clock, pg_url):
    bot, _, _ = await setup(batch=2, database_url=pg_url)
    await _race(bot, clock)


async def test_pacing_stays_within_telegram_limits(bot_factory, tmp_path):
    config = tmp_path / "paced.toml"
    config.write_text("[rate_limits]\noverall_per_second = 40\nper_chat_per_second = 1\n"
                      "[broadcasts]\nbatch_size = 50\n")
    bot = await bot_factory(BOT_CONFIG=str(config))
    limits = TelegramLimits(overall=50, per_chat=1)
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    people = await add_members(bot, 3001, 12)
    await compose(admin, receipt=False)
    await admin.press(texts.BC_SEND_NOW)
    bot.telegram.fault_hook = limits
    started = asyncio.get_running_loop().time()
    await bot.run_due()
    elapsed = asyncio.get_running_loop().time() - started
    assert all(delivered(bot, p.id) == 1 for p in people)
    assert limits.throttled == [] and elapsed >= 11 / 40 * 0.9


async def test_one_chat_gets_at_most_one_message_a_second(bot_factory, tmp_path):
    config = tmp_path / "paced.toml"
    config.write_text("[rate_limits]\noverall_per_second = 40\nper_chat_per_second = 1\n")
    bot = await bot_factory(BOT_CONFIG=str(config))
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/start")
    people = await add_members(bot, 3001, 2)
    for text in ("第一条通知", "第二条通知"):
        await compose(admin, text, receipt=False)
        await admin.press(texts.BC_SEND_NOW)
    limits = TelegramLimits(overall=50, per_chat=1)
    bot.telegram.fault_hook = limits
    started = asyncio.get_running_loop().time()
    await bot.run_due()
    elapsed = asyncio.get_running_loop().time() - started
    assert all(delivered(bot, p.id) == 2 for p in people), ([delivered(bot, p.id) for p in people], limits.throttled, elapsed)
    # The second message to each member waited its turn. (The admin's two reports, ordinary
    # sends that are not paced, may meet Telegram's per-chat limit: the next tick resends.)
    assert [t for t in limits.throttled if t[1] != ADMIN_ID] == [] and elapsed >= 0.9


async def test_a_scheduled_notice_can_be_cancelled_from_the_list(setup):
    bot, admin, (li, _, _) = await setup()
    await compose(admin)
    await admin.press(texts.BC_SEND_LATER)
    await admin.send("12月3日 14:30")
    assert "2026年12月3日（周四）14:30" in admin.last_reply().text
    await admin.press(texts.TIME_CONFIRM)
    await admin.send("/broadcasts")
    assert "已定时" in admin.last_reply().text
    await admin.press(texts.BC_CANCEL_SCHEDULED)
    await bot.advance(timedelta(days=32))
    assert delivered(bot, li.id) == 0
    assert (await bot.services.broadcasts.get(1)).status == "cancelled"


async def test_a_time_in_the_past_is_refused(setup):
    bot, admin, _ = await setup()
    await compose(admin)
    await admin.press(texts.BC_SEND_LATER)
    await admin.send("2026-11-01 10:00")
    assert admin.last_reply().text == texts.TIME_IN_PAST.format(when="2026年11月1日（周日）10:00")


async def test_a_claimed_row_never_waits_near_its_lease(bot_factory, tmp_path):
    config = tmp_path / "lease.toml"
    config.write_text("[rate_limits]\noverall_per_second = 29.4\n[broadcasts]\nbatch_size = 500\nlease_seconds = 5\n")
    bot = await bot_factory(BOT_CONFIG=str(config))
    from handlers.broadcasts.wiring import sender

    # 36 rows take 1.2 s to send: a quarter of the lease, so the sender's own rows are never retaken.
    assert sender(bot.app)._batch() == 36


async def test_a_server_error_is_retried_and_then_delivered(setup):
    bot, admin, (li, wang, _) = await setup()
    failures = []

    def once_502(method, params):  # noqa: ANN001, ANN202
        if method == "sendMessage" and int(params["chat_id"]) == wang.id and not failures:
            failures.append(method)
            return Fault(502, "Bad Gateway")
        return None

    bot.telegram.fault_hook = once_502
    await compose(admin, receipt=False)
    await admin.press(texts.BC_SEND_NOW)
    await bot.run_due()
    assert delivered(bot, wang.id) == 0
    await bot.advance(timedelta(seconds=2))
    assert delivered(bot, wang.id) == 1 and delivered(bot, li.id) == 1
    assert "已送达 2 人" in admin.last_reply().text
