"""The one outbound path: notices commit with their change, render at send time, go out once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import func, select

from bot.clock import FrozenClock
from bot.outbox import NEW_MEMBER, REMINDER, Notice, add_notices
from bot.services import Services
from storage.broadcasts import OutboxRow
from storage.events import Reminder
from tests.conftest import ADMIN_ID, START, make_settings, register
from tests.test_events_flow import create_event
from tests.test_reminders import _members_and_event


async def notice_rows(services: Services, kind: str) -> list[OutboxRow]:
    async with services.db.transaction() as s:
        return list((await s.execute(select(OutboxRow).where(OutboxRow.kind == kind)
                                     .order_by(OutboxRow.id))).scalars())


async def test_two_processes_queue_each_due_reminder_once(db_url):
    clock = FrozenClock(START)
    one = Services.build(make_settings(db_url), clock)
    two = Services.build(make_settings(db_url), clock)
    await one.start()
    try:
        await _members_and_event(one, 60)
        clock.advance(timedelta(hours=1, minutes=1))  # the notices and the 2-hour reminders are due

        async def queue(services: Services) -> int:
            total = 0
            while True:
                queued, skipped = await services.events.queue_due(limit=7)
                if not queued and not skipped:
                    return total
                total += queued

        counts = await asyncio.gather(queue(one), queue(two), queue(one), queue(two))
        assert sum(counts) == 120
        rows = await notice_rows(one, REMINDER)
        assert len(rows) == len({r.payload["reminder_id"] for r in rows}) == 120
        async with one.db.transaction() as s:
            states = dict((await s.execute(select(Reminder.state, func.count()).group_by(Reminder.state))).all())
        assert states == {"queued": 120}
    finally:
        await one.close()
        await two.close()


async def test_a_dedupe_key_queues_a_notice_once(db_url):
    services = Services.build(make_settings(db_url), FrozenClock(START))
    await services.start()
    try:
        notice = Notice(NEW_MEMBER, ADMIN_ID, {"member_id": 1, "telegram_id": 2001}, dedupe_key="new:1")
        async with services.db.transaction() as s:
            assert await add_notices(s, [notice, notice], services.clock.now()) == 1
        assert await services.outbox.queue([notice]) == 0
        assert len(await notice_rows(services, NEW_MEMBER)) == 1
    finally:
        await services.close()


async def test_the_admins_card_is_queued_with_the_request_and_skipped_once_decided(bot_factory):
    bot = await bot_factory()
    await register(bot, 2001, "李四", approve=False)
    admin = bot.member(ADMIN_ID, "管理员")
    cards = [r for r in admin.replies() if "用户ID：2001" in r.text]
    assert len(cards) == 1
    [row] = await notice_rows(bot.services, NEW_MEMBER)
    assert row.state == "sent" and row.telegram_id == ADMIN_ID
    await admin.press("通过", on=cards[0])
    assert "通过审核" in bot.member(2001, "李四").last_reply().text
    # The same card queued again after the decision: no longer relevant, recorded as skipped.
    await bot.services.outbox.queue([Notice(NEW_MEMBER, ADMIN_ID, dict(row.payload))])
    await bot.run_due()
    assert [r for r in admin.replies() if "用户ID：2001" in r.text] == cards
    assert [r.state for r in await notice_rows(bot.services, NEW_MEMBER)] == ["sent", "skipped"]


async def test_a_queued_reminder_of_an_event_cancelled_meanwhile_is_skipped(bot_factory):
    from bot.localchat.fakeapi import Fault

    bot = await bot_factory()
    li = await register(bot, 2001, "李四")
    faults = iter([Fault(0)])  # the new event's notice times out once: it stays queued
    bot.telegram.fault_hook = lambda method, params: next(faults, None) if method == "sendMessage" \
        and params.get("chat_id") == 2001 else None
    await create_event(bot, start="明天上午9点")
    assert not any(r.text.startswith("📢") for r in li.replies())
    [row] = await notice_rows(bot.services, REMINDER)
    await bot.services.events.cancel(ADMIN_ID, row.payload["event_id"])
    await bot.run_due()
    assert not any(r.text.startswith("📢") for r in li.replies())
    assert any(r.text.startswith("❌") for r in li.replies())  # the cancellation itself goes out
    states = await bot.services.events.reminder_states()
    assert states["skipped:stale"] == 1
    assert [r.state for r in await notice_rows(bot.services, REMINDER)] == ["skipped", "sent"]
