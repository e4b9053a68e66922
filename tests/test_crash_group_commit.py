"""A crash right after a group transaction: the real bot process (`run_bot.py run`) SIGKILLed.

Thirty members press 已阅 at once; their updates' bookkeeping and their receipts are each
group-committed (bot/group_commit.py), and every answer is held at the fake Bot API, so the
kill lands after those commits and before any member was answered. Nothing is lost: all
thirty receipts are recorded. Nothing is doubled: when Telegram delivers the same thirty
updates again to the restarted bot, they are dropped as seen, and a new press answers
"already confirmed" without writing the receipt again.
"""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from bot import texts
from bot.clock import Clock
from bot.localchat.fakeapi import FakeTelegram
from bot.localchat.server import FakeBotApiServer
from bot.services import Services
from handlers.broadcasts.receipts import ReadReceipt
from storage.broadcasts import Broadcast, OutboxRow
from storage.db import migrate
from storage.models import Member
from tests.conftest import make_settings
from tests.test_crash_outbound import ADMIN, crash_env, kill, killable_bot
from tests.test_telegram_transport import wait_for

PEOPLE = [60000 + i for i in range(30)]


async def _notice_to_thirty(url: str, telegram: FakeTelegram) -> dict[int, int]:
    """Thirty members who got a notice with 已阅 (its rows sent, its messages in their chats): row by person."""
    await asyncio.to_thread(migrate, url)
    services = Services.build(make_settings(url, str(ADMIN)), Clock())
    try:
        async with services.db.transaction() as s:
            b = Broadcast(author_id=ADMIN, body="通知", needs_receipt=True, status="done", created_at=Clock().now())
            s.add(b)
            for tid in PEOPLE:
                telegram.user(tid, f"委员{tid}")
                s.add(Member(telegram_id=tid, name=f"委员{tid}", tg_name=f"委员{tid}", status="active",
                             chat_started=True, created_at=Clock().now()))
            await s.flush()
            rows = {tid: OutboxRow(broadcast_id=b.id, telegram_id=tid, state="sent") for tid in PEOPLE}
            s.add_all(rows.values())
            await s.flush()
            row_ids = {tid: row.id for tid, row in rows.items()}
    finally:
        await services.close()
    for tid, row_id in row_ids.items():
        telegram.handle("sendMessage", {"chat_id": tid, "text": "📢 通知", "reply_markup": {"inline_keyboard": [
            [{"text": texts.BC_READ_BUTTON, "callback_data": ReadReceipt(row_id).pack()}]]}}, {})
    return row_ids


def _press_all(telegram: FakeTelegram) -> list[dict]:
    presses = []
    for tid in PEOPLE:
        notice = telegram.bot_messages(tid)[0]
        presses.append(telegram.callback_update(tid, notice, notice["reply_markup"]["inline_keyboard"][0][0]
                                                ["callback_data"]))
    return presses


def _answered(telegram: FakeTelegram) -> set[str]:
    return {str(c.params.get("callback_query_id")) for c in telegram.calls if c.method == "answerCallbackQuery"}


async def _read_at(url: str) -> dict[int, object]:
    services = Services.build(make_settings(url, str(ADMIN)))
    try:
        async with services.db.transaction() as s:
            return dict((await s.execute(select(OutboxRow.telegram_id, OutboxRow.read_at))).all())
    finally:
        await services.close()


async def test_kill_after_the_group_commit_neither_loses_nor_doubles_a_receipt(tmp_path):
    telegram = FakeTelegram()
    telegram.updates = asyncio.Queue()
    server = await FakeBotApiServer(telegram).start()
    env = crash_env(tmp_path, server)
    await _notice_to_thirty(env["DATABASE_URL"], telegram)
    held: list[str] = []
    holding = [True]
    release = asyncio.Event()

    async def hold_the_answers(method: str, params: dict) -> None:  # noqa: ANN001
        # Sent only after the receipt's transaction committed; held until the test ends, so the
        # killed process's answers never arrive.
        if method == "answerCallbackQuery" and holding[0]:
            held.append(params["callback_query_id"])
            await release.wait()

    server.before = hold_the_answers
    try:
        async with killable_bot(env) as process:
            await wait_for(lambda: any(c.method == "getUpdates" for c in telegram.calls))
            presses = _press_all(telegram)
            await wait_for(lambda: len(held) == len(PEOPLE))
            await kill(process)
        holding[0] = False
        assert telegram.popups == []  # nobody was answered before the kill
        read = await _read_at(env["DATABASE_URL"])
        assert sorted(tid for tid, at in read.items() if at is not None) == PEOPLE  # nothing lost

        await asyncio.sleep(1.2)  # the killed process's last getUpdates (held at most 1 s by the fake) ends empty
        polls = sum(c.method == "getUpdates" for c in telegram.calls)
        async with killable_bot(env):
            await wait_for(lambda: sum(c.method == "getUpdates" for c in telegram.calls) > polls)
            for update in presses:  # Telegram delivers the unconfirmed updates again
                telegram.updates.put_nowait(update)
            again = _press_all(telegram)  # and each member presses once more, after their redelivered press
            old = {u["callback_query"]["id"] for u in presses}
            new = {u["callback_query"]["id"] for u in again}
            # A person's updates are handled in order (handlers/update_order.py): once every new
            # press is answered, every redelivered one has been handled or dropped.
            await wait_for(lambda: new <= _answered(telegram))
        assert not old & _answered(telegram)  # seen before the crash: dropped, not handled twice
        assert [text for _, text, _ in telegram.popups] == [texts.BC_READ_ALREADY] * len(PEOPLE)
        assert await _read_at(env["DATABASE_URL"]) == read  # no receipt written twice
    finally:
        release.set()
        await server.stop()
