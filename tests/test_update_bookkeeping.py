"""An update's bookkeeping: one transaction, the member cached, a role change seen in time."""

from __future__ import annotations

import asyncio

from sqlalchemy import event

from bot.updates import Sender
from tests.conftest import ADMIN_ID
from tests.test_storage import services_for

LI = Sender(2001, "李四", "lisi", started=True)


def _statements(services) -> list[str]:  # noqa: ANN001
    seen: list[str] = []

    @event.listens_for(services.db.engine.sync_engine, "before_cursor_execute")
    def on_execute(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        seen.append(statement.split()[0].upper())
    return seen


async def test_a_known_sender_costs_one_insert_and_a_duplicate_is_dropped(db_url):
    services = await services_for(db_url)
    try:
        first = await services.updates.arrive(1, LI)  # creates the record: not cached (members written)
        assert not first.duplicate and first.member.telegram_id == 2001 and first.member.status == "registering"
        assert (await services.updates.arrive(10, LI)).member == first.member  # read, unchanged: cached
        statements = _statements(services)
        second = await services.updates.arrive(2, LI)
        assert second.member == first.member
        assert [s for s in statements if s not in ("BEGIN", "COMMIT", "SAVEPOINT", "RELEASE")] == ["INSERT"]
        assert (await services.updates.arrive(2, LI)).duplicate
        renamed = await services.updates.arrive(3, Sender(2001, "李四（新）", "lisi", started=True))
        assert renamed.member.tg_name == "李四（新）"  # a change of name is written, not served from the cache
    finally:
        await services.close()


async def test_a_status_change_in_this_process_is_seen_at_once(db_url):
    services = await services_for(db_url)
    try:
        await services.updates.arrive(1, LI)
        await services.members.set_blocked(ADMIN_ID, 2001, True)
        assert (await services.updates.arrive(2, LI)).member.status == "blocked"
    finally:
        await services.close()


async def test_a_role_change_in_another_process_is_seen_within_the_cache_lifetime(db_url):
    here, other = await services_for(db_url), await services_for(db_url)
    try:
        here.members.cache.ttl = 0.3
        await here.updates.arrive(1, LI)
        await here.updates.arrive(2, LI)  # cached now
        await other.members.set_blocked(ADMIN_ID, 2001, True)
        await asyncio.sleep(0.35)
        assert (await here.updates.arrive(3, LI)).member.status == "blocked"
    finally:
        await here.close()
        await other.close()
