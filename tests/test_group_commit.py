"""Group commit (bot/group_commit.py): updates in flight share one bookkeeping transaction, a
duplicate is handled once (in one process and across two), one bad item fails only its caller,
and 已阅 presses in flight share one transaction too."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import event, select

from bot.errors import PermissionDenied
from bot.group_commit import GroupCommit
from bot.updates import Sender
from storage.broadcasts import Broadcast, OutboxRow
from storage.models import Member
from tests.conftest import ADMIN_ID
from tests.test_storage import services_for


def _begun(services) -> list[int]:  # noqa: ANN001
    begun: list[int] = []

    @event.listens_for(services.db.engine.sync_engine, "begin")
    def on_begin(_conn) -> None:  # noqa: ANN001
        begun.append(1)
    return begun


def _person(i: int) -> Sender:
    return Sender(3000 + i, f"委员{i}", None, started=True, wants_dialog=True)


async def test_updates_in_flight_share_one_transaction_and_each_gets_its_own_answer(db_url):
    services = await services_for(db_url)
    try:
        await services.dialogs.set(3003, "submission", "title")
        begun = _begun(services)
        arrivals = await asyncio.gather(*(services.updates.arrive(100 + i, _person(i)) for i in range(20)))
        assert len(begun) == 1  # twenty updates, one bookkeeping transaction
        assert [a.duplicate for a in arrivals] == [False] * 20
        assert [a.member.telegram_id for a in arrivals] == [3000 + i for i in range(20)]
        assert all(a.member.tg_name == f"委员{i}" and a.member.chat_started for i, a in enumerate(arrivals))
        assert all(a.dialog_read for a in arrivals)
        assert arrivals[3].dialog.step == "title" and all(a.dialog is None for i, a in enumerate(arrivals) if i != 3)
        async with services.db.transaction() as s:  # every newcomer has a record, written once
            ids = (await s.execute(select(Member.telegram_id).where(Member.telegram_id.between(3000, 3999)))).scalars().all()
        assert sorted(ids) == [3000 + i for i in range(20)]
    finally:
        await services.close()


async def test_a_duplicate_delivered_concurrently_is_handled_once(db_url):
    services = await services_for(db_url)
    try:
        li = _person(1)
        arrivals = await asyncio.gather(*(services.updates.arrive(7, li) for _ in range(3)),
                                        services.updates.arrive(8, li))
        assert [a.duplicate for a in arrivals] == [False, True, True, False]
        assert (await services.updates.arrive(7, li)).duplicate  # and later, from the database
    finally:
        await services.close()


async def test_a_duplicate_delivered_to_two_processes_at_once_is_handled_once(db_url):
    one, two = await services_for(db_url), await services_for(db_url)
    try:
        ids = list(range(500, 540))
        firsts = await asyncio.gather(*(one.updates.arrive(i, _person(i % 5)) for i in ids),
                                      *(two.updates.arrive(i, _person(i % 5)) for i in ids))
        handled = [not a.duplicate for a in firsts]
        # Each id handled by exactly one of the two processes.
        assert [handled[k] + handled[k + len(ids)] for k in range(len(ids))] == [1] * len(ids)
    finally:
        await one.close()
        await two.close()


async def test_one_bad_item_fails_only_its_own_caller(db_url):
    services = await services_for(db_url)
    try:
        async def work(s, items):  # noqa: ANN001, ANN202
            if "bad" in items:
                raise ValueError("bad item")
            return [f"ok {item}" for item in items]

        group = GroupCommit(services.db, work)
        results = await asyncio.gather(*(group.submit(x) for x in ("a", "bad", "c")), return_exceptions=True)
        assert results[0] == "ok a" and results[2] == "ok c" and isinstance(results[1], ValueError)
        assert group.transactions == 4  # the shared one, then each alone
    finally:
        await services.close()


async def _notice_rows(services, people: list[int]) -> list[int]:  # noqa: ANN001
    async with services.db.transaction() as s:
        b = Broadcast(author_id=ADMIN_ID, body="通知", needs_receipt=True, status="done",
                      created_at=services.clock.now())
        s.add(b)
        await s.flush()
        rows = [OutboxRow(broadcast_id=b.id, telegram_id=tid, state="sent") for tid in people]
        s.add_all(rows)
        await s.flush()
        return [r.id for r in rows]


async def test_read_presses_in_flight_share_one_transaction(db_url):
    services = await services_for(db_url)
    try:
        people = [4000 + i for i in range(10)]
        rows = await _notice_rows(services, people)
        await services.broadcasts.mark_read(people[0], rows[0])  # read before
        begun = _begun(services)
        presses = [(p, r) for p, r in zip(people, rows)] + [(people[1], rows[1]), (people[2], rows[3])]
        results = await asyncio.gather(*(services.broadcasts.mark_read(p, r) for p, r in presses),
                                       return_exceptions=True)
        assert len(begun) == 1
        assert [r.already for r in results[:10]] == [True] + [False] * 9
        assert results[10].already  # the same press twice in one batch: the second finds it read
        assert isinstance(results[11], PermissionDenied)  # not the recipient of that row
        async with services.db.transaction() as s:
            read = (await s.execute(select(OutboxRow.read_at).where(OutboxRow.id.in_(rows)))).scalars().all()
        assert all(r is not None for r in read)
        with pytest.raises(PermissionDenied):
            await services.broadcasts.mark_read(people[0], 10**9)  # no such row
    finally:
        await services.close()


async def test_noting_a_new_name_keeps_the_other_members_cached(db_url):
    services = await services_for(db_url)
    try:
        cache = services.members.cache
        for update_id, i in ((1, 1), (2, 2), (3, 1), (4, 2)):  # created (the cache emptied), then read and kept
            await services.updates.arrive(update_id, _person(i))
        generation = cache.generation
        renamed = await services.updates.arrive(5, Sender(3001, "委员一（新）", None, started=True))
        assert renamed.member.tg_name == "委员一（新）"
        # The bookkeeping's own note of a name empties nothing: the others stay cached, the renamed
        # member is cached with the new name.
        assert cache.generation == generation and cache.recent(3002) is not None
        assert cache.fresh(3001, "委员一（新）", None, True).tg_name == "委员一（新）"
        await services.members.set_blocked(ADMIN_ID, 3002, True)  # any other write still empties it
        assert cache.recent(3002) is None
    finally:
        await services.close()
