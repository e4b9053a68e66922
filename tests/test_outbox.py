"""The outbox and its pace without Telegram: claims on SQLite and PostgreSQL, sharing the rate, send times."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.timeparse import format_when, parse_when
from bot.clock import FrozenClock
from bot.outbox import Outcome
from bot.pacing import Pacer
from bot.services import Services
from storage.broadcasts import Broadcast, OutboxRow
from tests.conftest import START, make_settings

TZ = ZoneInfo("Asia/Shanghai")


async def _sending_broadcast(services: Services, recipients: int) -> int:
    async with services.db.transaction() as s:
        b = Broadcast(author_id=9001, step="done", status="sending", kind="text", body="通知", audience={"all": True},
                      created_at=START)
        s.add(b)
        await s.flush()
        for tid in range(5000, 5000 + recipients):
            s.add(OutboxRow(broadcast_id=b.id, telegram_id=tid, state="pending"))
        return b.id


async def test_two_processes_claim_disjoint_rows(db_url):
    clock = FrozenClock(START)
    one, two = Services.build(make_settings(db_url), clock), Services.build(make_settings(db_url), clock)
    try:
        await _sending_broadcast(one, 40)
        claimed: dict[str, list[int]] = {"one": [], "two": []}

        async def worker(name: str, services: Services) -> None:
            while jobs := await services.outbox.claim(name, 3):
                claimed[name] += [j.row_id for j in jobs]
                for job in jobs:
                    await services.outbox.record(name, job, Outcome("sent", message_id=1))
                await asyncio.sleep(0)

        await asyncio.gather(worker("one", one), worker("two", two))
        everything = claimed["one"] + claimed["two"]
        assert len(everything) == 40 and len(set(everything)) == 40
    finally:
        await one.close()
        await two.close()


async def test_a_claim_is_not_taken_over_before_its_lease_ends(db_url):
    clock = FrozenClock(START)
    services = Services.build(make_settings(db_url), clock)
    try:
        await _sending_broadcast(services, 2)
        assert len(await services.outbox.claim("dead", 10)) == 2
        assert await services.outbox.claim("alive", 10) == []
        clock.advance(timedelta(seconds=61))
        taken = await services.outbox.claim("alive", 10)
        assert len(taken) == 2 and all(j.attempts == 2 for j in taken)
        # the dead process cannot record over the new claim
        assert await services.outbox.record("dead", taken[0], Outcome("sent", message_id=1)) is False
    finally:
        await services.close()


async def test_live_processes_share_the_overall_rate(sqlite_url):
    clock = FrozenClock(START)
    services = Services.build(make_settings(sqlite_url), clock)
    try:
        assert await services.outbox.heartbeat("a") == 1
        assert await services.outbox.heartbeat("b") == 2
        services.pacer.share(2)
        assert services.pacer.rate == services.settings.rate_limits.overall_per_second / 2
        clock.advance(timedelta(seconds=11))  # b stops beating
        assert await services.outbox.heartbeat("a") == 1
    finally:
        await services.close()


@pytest.mark.timing  # measures real time: runs alone
async def test_per_chat_pacing_spaces_one_chat_but_not_others():
    pacer = Pacer(overall_per_second=1000, per_chat_per_second=10)
    started = time.monotonic()
    for chat in (1, 2, 3):
        async with pacer.slot(chat):
            pass
    assert time.monotonic() - started < 0.09  # different chats: no wait (chat 1 next free at 0.1 s)
    for _ in range(3):
        async with pacer.slot(1):
            pass
    assert time.monotonic() - started >= 0.25  # the same chat: 1/10 s apart


@pytest.mark.parametrize("typed, expected", [
    ("2026-12-03 14:30", "2026年12月3日（周四）14:30"),
    ("12月3日 14:30", "2026年12月3日（周四）14:30"),
    ("2026年12月3日 14:30", "2026年12月3日（周四）14:30"),
    ("明天 9:00", "2026年11月3日（周二）09:00"),
    ("明天下午3点半", "2026年11月3日（周二）15:30"),
    ("1月5日 8:00", "2027年1月5日（周二）08:00"),  # a month-day without a year: the nearest one
    ("12月3日 下午3点", "2026年12月3日（周四）15:00"),
    ("2026年12月3日上午9点半", "2026年12月3日（周四）09:30"),
])
def test_send_times_are_read_in_the_committee_zone(typed, expected):
    when = parse_when(typed, START, TZ)
    assert when.tzinfo is not None and format_when(when, TZ) == expected


@pytest.mark.parametrize("typed", ["明天", "2026-13-01 10:00", "25:00", "下周"])
def test_what_is_not_a_time_is_refused(typed):
    with pytest.raises(ValueError):
        parse_when(typed, START, TZ)


def test_send_time_is_utc():
    assert parse_when("2026-12-03 14:30", START, TZ) == datetime(2026, 12, 3, 6, 30, tzinfo=timezone.utc)
