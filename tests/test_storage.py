"""Storage on SQLite and PostgreSQL: migrations, aware times, concurrent invite use, dialogs."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import text

from bot.clock import FrozenClock
from bot.services import Services
from tests.conftest import START, make_settings


async def services_for(url: str, clock=None) -> Services:
    services = Services.build(make_settings(url), clock or FrozenClock(START))
    await services.start()
    return services


async def test_migrations_made_the_schema_and_times_are_aware_utc(db_url):
    services = await services_for(db_url)
    try:
        admin = await services.members.get(9001)
        assert admin.is_admin and admin.created_at == START and admin.created_at.utcoffset() == timedelta(0)
        async with services.db.transaction() as s:
            version = (await s.execute(text("SELECT version_num FROM alembic_version"))).scalars().all()
        from alembic.script import ScriptDirectory

        from storage.db import alembic_config

        heads = ScriptDirectory.from_config(alembic_config(db_url)).get_heads()
        assert sorted(version) == sorted(heads)  # every feature head applied (0001 sits under them)
    finally:
        await services.close()


async def test_sqlite_runs_in_wal_mode(sqlite_url):
    services = await services_for(sqlite_url)
    try:
        async with services.db.transaction() as s:
            assert (await s.execute(text("PRAGMA journal_mode"))).scalar_one().lower() == "wal"
    finally:
        await services.close()


async def test_an_invite_is_never_used_more_than_allowed_under_concurrency(db_url):
    services = await services_for(db_url)
    try:
        invite = await services.members.create_invite(9001, uses=3, days=1)

        async def redeem() -> bool:
            async with services.db.transaction() as s:
                return await services.members.redeem_invite_in(s, invite.code) is not None

        results = await asyncio.gather(*(redeem() for _ in range(10)))
        assert sum(results) == 3
    finally:
        await services.close()


async def test_dialog_state_survives_a_new_engine(db_url):
    services = await services_for(db_url)
    await services.dialogs.set(2001, "register", "sector", {"invite": "abc"})
    await services.close()
    again = await services_for(db_url)
    try:
        dialog = await again.dialogs.get(2001)
        assert (dialog.flow, dialog.step, dialog.data) == ("register", "sector", {"invite": "abc"})
    finally:
        await again.close()


def test_migrations_have_one_head():
    """A second head means a new migration forgot its parent: `upgrade head` would refuse."""
    from alembic.script import ScriptDirectory

    from storage.db import alembic_config

    heads = ScriptDirectory.from_config(alembic_config("sqlite+aiosqlite:///unused.db")).get_heads()
    assert len(heads) == 1, heads


async def test_sqlite_transactions_of_one_process_take_their_turn_in_order(sqlite_url):
    """SQLite's busy handler polls with growing sleeps, so a waiter could lose the write lock again
    and again under a stream of short writes (a reminder held for seconds). The process's
    transactions queue first come, first served instead."""
    services = await services_for(sqlite_url)
    entered: list[int] = []
    try:
        async def write(i: int) -> None:
            async with services.db.transaction() as s:
                await s.execute(text("SELECT 1"))  # BEGIN IMMEDIATE: the write lock is ours from here
                entered.append(i)
                await asyncio.sleep(0.002)  # holds the write lock, as a real unit of work does

        tasks = []
        for i in range(30):
            tasks.append(asyncio.ensure_future(write(i)))
            await asyncio.sleep(0)  # each asks before the next
        await asyncio.gather(*tasks)
        assert entered == list(range(30))
    finally:
        await services.close()
