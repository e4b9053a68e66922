"""Crash tests of the one outbound path: the real bot process (`run_bot.py run`) killed with SIGKILL.

The bot polls the fake Bot API over HTTP (bot/localchat/server.py), whose `before` /
`after` hooks hold or slow a method so the kill lands at the chosen moment:
  (a) after a registration approval is committed, before its notice went out:
      after a restart the member gets the notice exactly once;
  (b) in the middle of sending 40 due reminders: after a restart every reminder
      arrives, and none twice beyond the sends in flight at the kill;
  (c) after a filing, once the member has the tracking number: after a restart the
      admins get the 新的社情民意 card exactly once;
  (d) between an admin's 受理 commit and the member's status notice: after a restart
      the member gets it exactly once.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import AsyncIterator

from sqlalchemy import select

from bot import texts
from bot.clock import Clock
from bot.events.public import EventDraft
from bot.localchat.fakeapi import FakeTelegram
from bot.outbox import REMINDER, SENT
from bot.localchat.server import FakeBotApiServer
from bot.services import Services
from storage.broadcasts import OutboxRow
from storage.db import migrate
from storage.models import Member
from tests.conftest import make_settings
from tests.test_telegram_transport import ROOT, bot_env, press, press_when_shown, register_over_http, wait_for

ADMIN = 9001
# A short lease, so that a restart retakes the dead process's rows within seconds. No per-chat
# pacing: each reply to a member counts a second against their chat's bulk bucket, so after a
# dozen steps of a dialogue the notice under test would wait a dozen seconds for its turn. These
# tests are about what survives a kill; the pacing has tests of its own (tests/test_pacing.py).
FAST_LEASE = """
[broadcasts]
lease_seconds = 3
heartbeat_seconds = 2
[rate_limits]
overall_per_second = 10
per_chat_per_second = 0
"""


@asynccontextmanager
async def killable_bot(env: dict[str, str]) -> AsyncIterator[asyncio.subprocess.Process]:
    """`run_bot.py run` in a child process; SIGKILLed by the test, or stopped with SIGINT at the end."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "run_bot.py", "run", cwd=ROOT, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    try:
        yield process
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGINT)
            try:
                await asyncio.wait_for(process.wait(), 20)
            except asyncio.TimeoutError:
                process.kill()
                await process.wait()


async def kill(process: asyncio.subprocess.Process) -> None:
    process.send_signal(signal.SIGKILL)
    await process.wait()


def texts_to(telegram: FakeTelegram, chat_id: int, fragment: str) -> int:
    return sum(fragment in m.get("text", "") for m in telegram.bot_messages(chat_id))


def crash_env(tmp_path: Path, server: FakeBotApiServer) -> dict[str, str]:
    config = tmp_path / "crash.toml"
    config.write_text(FAST_LEASE, encoding="utf-8")
    return bot_env(tmp_path, server, BOT_CONFIG=str(config))


async def test_kill_after_an_approval_is_committed_the_member_is_told_once_after_restart(tmp_path):
    telegram = FakeTelegram()
    telegram.updates = asyncio.Queue()
    server = await FakeBotApiServer(telegram).start()
    held = asyncio.Event()
    release = asyncio.Event()

    async def hold_the_card_edit(method: str, params: dict) -> None:  # noqa: ANN001
        # The decision handler edits the admin's card after the commit and before it sends the
        # notice: held here, the process dies between the two.
        if method == "editMessageText" and int(params.get("chat_id", 0)) == ADMIN:
            held.set()
            await release.wait()

    env = crash_env(tmp_path, server)
    try:
        async with killable_bot(env) as process:
            telegram.user(ADMIN, "管理员")
            telegram.user(2001, "李四")
            telegram.text_update(ADMIN, "/start")
            await wait_for(lambda: telegram.bot_messages(ADMIN))
            telegram.text_update(2001, "/start")
            await wait_for(lambda: telegram.bot_messages(2001))
            telegram.text_update(2001, "李四")
            await wait_for(lambda: "界别" in telegram.bot_messages(2001)[-1].get("text", ""))
            press(telegram, 2001, "经济界")
            await wait_for(lambda: "专委会" in telegram.bot_messages(2001)[-1].get("text", ""))
            press(telegram, 2001, "无")
            await wait_for(lambda: "手机" in telegram.bot_messages(2001)[-1].get("text", ""))
            telegram.text_update(2001, "跳过")
            await wait_for(lambda: texts_to(telegram, ADMIN, "新的注册申请") == 1)
            server.before = hold_the_card_edit
            press(telegram, ADMIN, "通过")
            await wait_for(held.is_set)
            await kill(process)
        server.before = None
        release.set()
        # Killed with the card edit held; the outbox's own tick may still have delivered the notice
        # before the kill on a loaded machine (it is queued with the decision), so at most one so far.
        before_restart = texts_to(telegram, 2001, "通过审核")
        assert before_restart <= 1
        services = Services.build(make_settings(env["DATABASE_URL"], str(ADMIN)))
        try:
            assert (await services.members.get(2001)).status == "active"  # the decision was committed
        finally:
            await services.close()
        async with killable_bot(env):
            await wait_for(lambda: texts_to(telegram, 2001, "通过审核") >= 1)
            await asyncio.sleep(1.5)  # a second copy would come within the next ticks
        assert texts_to(telegram, 2001, "通过审核") == 1
    finally:
        release.set()
        await server.stop()


async def _forty_due_reminders(url: str, telegram: FakeTelegram) -> list[int]:
    await asyncio.to_thread(migrate, url)
    services = Services.build(make_settings(url, str(ADMIN)), Clock())
    await services.start()
    people = [50000 + i for i in range(40)]
    try:
        async with services.db.transaction() as s:
            for tid in people:
                telegram.user(tid, f"委员{tid}")
                s.add(Member(telegram_id=tid, name=f"委员{tid - 50000}", status="active", role="member",
                             chat_started=True, sector="经济界", created_at=services.clock.now()))
        draft = EventDraft("study", "学习会", services.clock.now() + timedelta(hours=3), None, "会议室",
                           {"all": True}, (120,))
        await services.events.publish(ADMIN, draft)  # one notice per member, due now
        async with services.db.transaction() as s:
            assert len((await s.execute(select(Member.id))).all()) == 41
    finally:
        await services.close()
    return people


async def _recorded_as_sent(url: str) -> int:
    services = Services.build(make_settings(url, str(ADMIN)))
    try:
        async with services.db.transaction() as s:
            return len((await s.execute(select(OutboxRow.id).where(
                OutboxRow.kind == REMINDER, OutboxRow.state == SENT))).all())
    finally:
        await services.close()


async def _until_recorded_as_sent(url: str, count: int, timeout: float = 25.0) -> None:
    """Wait (polling the database) until `count` reminders are recorded as sent."""
    deadline = asyncio.get_running_loop().time() + timeout
    while await _recorded_as_sent(url) < count:
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("the bot process did not record every reminder as sent in time")
        await asyncio.sleep(0.1)


async def test_kill_in_the_middle_of_a_reminder_batch_repeats_only_the_sends_in_flight(tmp_path):
    await _kill_mid_batch(tmp_path, None)


async def test_kill_mid_batch_on_postgresql(tmp_path, pg_url):
    await _kill_mid_batch(tmp_path, pg_url)


async def _kill_mid_batch(tmp_path: Path, database_url: str | None) -> None:
    telegram = FakeTelegram()
    telegram.updates = asyncio.Queue()
    server = await FakeBotApiServer(telegram).start()
    env = crash_env(tmp_path, server)
    if database_url is not None:
        env["DATABASE_URL"] = database_url
    people = await _forty_due_reminders(env["DATABASE_URL"], telegram)

    async def answer_slowly(method: str, params: dict) -> None:  # noqa: ANN001
        if method == "sendMessage":  # delivered, but the bot hears of it 0.4 s later
            await asyncio.sleep(0.4)

    def delivered() -> list[int]:
        return [texts_to(telegram, tid, "学习会") for tid in people]

    server.after = answer_slowly
    try:
        async with killable_bot(env) as process:
            await wait_for(lambda: sum(delivered()) >= 12)
            await kill(process)
        await asyncio.sleep(1.0)  # the requests the dead process had already made reach the fake
        # In flight at the kill: delivered, but the dead process never recorded them as sent.
        in_flight = sum(delivered()) - await _recorded_as_sent(env["DATABASE_URL"])
        assert sum(delivered()) < 40 and 0 <= in_flight <= 10
        async with killable_bot(env):
            await wait_for(lambda: all(delivered()), timeout=25)
            # Every row recorded as sent: nothing is left to send again, so the copies counted below
            # are all there will be. This includes the rows in flight at the kill, retaken once their
            # lease ran out, which can come after every member already has the reminder once.
            await _until_recorded_as_sent(env["DATABASE_URL"], len(people))
        counts = delivered()
        assert all(c >= 1 for c in counts)
        assert sum(c - 1 for c in counts) <= in_flight, (counts, in_flight)
    finally:
        await server.stop()


# --- 社情民意: the admins' card after a filing, the member's status notice after 受理 ----------------

async def _step(telegram: FakeTelegram, act) -> str:  # noqa: ANN001
    """Do one thing as 李四 (2001) and wait for the bot's next message to him; returns its text."""
    count = len(telegram.bot_messages(2001))
    act()
    await wait_for(lambda: len(telegram.bot_messages(2001)) > count)
    return telegram.bot_messages(2001)[-1].get("text", "")


async def _write_a_draft_to_its_preview(telegram: FakeTelegram) -> None:
    """李四, registered over HTTP, writes an item until the 提交 button is shown."""
    await register_over_http(telegram)
    await _step(telegram, lambda: telegram.text_update(2001, "/submit"))
    await _step(telegram, lambda: telegram.text_update(2001, "关于老旧小区加装电梯的建议"))
    await press_when_shown(telegram, 2001, "民生关切")
    await wait_for(lambda: "民生关切" not in str(telegram.bot_messages(2001)[-1].get("reply_markup")))
    for part in ("我市老旧小区多建于上世纪九十年代，普遍没有电梯，老年居民上下楼十分困难。",
                 "加装电梯需要全体业主同意，低层住户担心采光和噪音，资金分摊也缺少统一标准。",
                 "建议市住建局出台资金分摊指导意见，设立专项补贴，并由街道组织协商化解分歧。"):
        await _step(telegram, lambda part=part: telegram.text_update(2001, part))
    await press_when_shown(telegram, 2001, texts.DONE)
    await press_when_shown(telegram, 2001, texts.SKIP)
    for _ in range(3):  # the phone and the unit, when registration left them out
        await wait_for(lambda: _last_buttons(telegram) or "手机" in _last_text(telegram) or "单位" in _last_text(telegram))
        if texts.SUB_CHECK_CONFIRM in _last_buttons(telegram):
            break
        answer = "13800000000" if "手机" in _last_text(telegram) else "青岛大学"
        await _step(telegram, lambda answer=answer: telegram.text_update(2001, answer))
    await press_when_shown(telegram, 2001, texts.SUB_CHECK_CONFIRM)
    await wait_for(lambda: texts.SUB_SUBMIT in _last_buttons(telegram))


def _last_text(telegram: FakeTelegram) -> str:
    return telegram.bot_messages(2001)[-1].get("text", "")


def _last_buttons(telegram: FakeTelegram) -> list[str]:
    markup = telegram.bot_messages(2001)[-1].get("reply_markup") or {}
    return [b["text"] for row in markup.get("inline_keyboard", []) for b in row]


async def _restart_and_count(env: dict[str, str], telegram: FakeTelegram, chat_id: int, fragment: str) -> int:
    async with killable_bot(env):
        await wait_for(lambda: texts_to(telegram, chat_id, fragment) >= 1)
        await asyncio.sleep(1.5)  # a second copy would come within the next ticks
    return texts_to(telegram, chat_id, fragment)


async def test_kill_after_a_filing_the_admins_get_the_new_item_card_once_after_restart(tmp_path):
    telegram = FakeTelegram()
    telegram.updates = asyncio.Queue()
    server = await FakeBotApiServer(telegram).start()
    held, release = asyncio.Event(), asyncio.Event()

    async def hold_after_the_number(method: str, params: dict) -> None:  # noqa: ANN001
        # The member has the tracking number: the process dies before the handler goes on.
        if method == "sendMessage" and int(params.get("chat_id", 0)) == 2001 and "SQMY-" in params.get("text", ""):
            held.set()
            await release.wait()

    async def hold_the_card(method: str, params: dict) -> None:  # noqa: ANN001
        if method == "sendMessage" and int(params.get("chat_id", 0)) == ADMIN and "新的社情民意" in params.get("text", ""):
            await release.wait()  # a background drain's send is lost with the process
            raise ConnectionResetError("the process that sent it was killed")

    env = crash_env(tmp_path, server)
    try:
        async with killable_bot(env) as process:
            await _write_a_draft_to_its_preview(telegram)
            server.after, server.before = hold_after_the_number, hold_the_card
            press(telegram, 2001, texts.SUB_SUBMIT)
            await wait_for(held.is_set)
            await kill(process)
        server.after = server.before = None
        release.set()
        assert texts_to(telegram, 2001, "SQMY-2026-0001") == 1
        assert texts_to(telegram, ADMIN, "新的社情民意") == 0
        assert await _restart_and_count(env, telegram, ADMIN, "新的社情民意") == 1
    finally:
        release.set()
        await server.stop()


async def test_kill_between_an_acceptance_and_its_notice_the_member_is_told_once_after_restart(tmp_path):
    telegram = FakeTelegram()
    telegram.updates = asyncio.Queue()
    server = await FakeBotApiServer(telegram).start()
    held, release = asyncio.Event(), asyncio.Event()
    accepted = texts.SUB_STATUS_NAMES["accepted"]

    async def hold_the_status_notice(method: str, params: dict) -> None:  # noqa: ANN001
        # 受理 is committed; its notice to the member is held on its way, and the process dies.
        if method == "sendMessage" and int(params.get("chat_id", 0)) == 2001 and accepted in params.get("text", ""):
            held.set()
            await release.wait()
            raise ConnectionResetError("the process that sent it was killed")  # never reaches the chat

    env = crash_env(tmp_path, server)
    try:
        async with killable_bot(env) as process:
            await _write_a_draft_to_its_preview(telegram)
            press(telegram, 2001, texts.SUB_SUBMIT)
            await wait_for(lambda: texts_to(telegram, ADMIN, "新的社情民意") == 1)
            press(telegram, ADMIN, texts.SUB_ACTION_NAMES["accepted"])
            await wait_for(lambda: any(texts.SUB_REVIEW_NO_NOTE == b["text"] for m in telegram.bot_messages(ADMIN)
                                       for row in (m.get("reply_markup") or {}).get("inline_keyboard", [])
                                       for b in row))
            server.before = hold_the_status_notice
            press(telegram, ADMIN, texts.SUB_REVIEW_NO_NOTE)
            await wait_for(held.is_set)
            await kill(process)
        server.before = None
        release.set()
        services = Services.build(make_settings(env["DATABASE_URL"], str(ADMIN)))
        try:  # the change was committed before the kill
            assert [r.status async for r in services.submissions.iter_filed()] == [accepted]
        finally:
            await services.close()
        assert texts_to(telegram, 2001, "状态更新") == 0
        assert await _restart_and_count(env, telegram, 2001, "状态更新") == 1
    finally:
        release.set()
        await server.stop()
