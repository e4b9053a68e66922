"""Each update's bookkeeping, group-committed: handled once, its sender noted, their step read.

Redelivered updates are handled once: each update id is recorded before handling. The
person who sent it is noted (`MembersService.seen_many_in`), unless the member cache
already holds them unchanged; for a message the router will route, the person's dialog
step is read too (`Sender.wants_dialog`), so routing needs no transaction of its own.
The updates in flight share the work (bot/group_commit.py): one transaction inserts all
their ids (INSERT … ON CONFLICT DO NOTHING RETURNING: the ids not returned are
duplicates, here or in another process), notes their senders in one SELECT and one
UPDATE, reads their steps in one SELECT, and commits before any of them is handled.
"Noted" is coarse on purpose: a member's record is written only when their names or
chat state changed, and not at all while the member cache holds them unchanged (3 s).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Sequence

from bot.clock import Clock
from bot.dialogs import Dialog, DialogStore
from bot.group_commit import GroupCommit
from bot.members import MembersService, MemberInfo
from storage.db import Database
from storage.queries import updates as q

KEEP_FOR = timedelta(days=3)


@dataclass(frozen=True)
class Sender:
    telegram_id: int
    tg_name: str
    username: str | None
    started: bool  # wrote in the private chat: the bot may message them from now on
    wants_dialog: bool = False  # a message for the router: read their dialog step as well


@dataclass(frozen=True)
class Arrival:
    duplicate: bool
    member: MemberInfo | None = None
    dialog_read: bool = False  # `dialog` is the step read in this transaction (None: in no flow)
    dialog: Dialog | None = None


@dataclass(frozen=True)
class _Item:
    update_id: int
    sender: Sender | None
    cached: MemberInfo | None  # the member as the cache holds them: not noted again


@dataclass(frozen=True)
class _Outcome:
    arrival: Arrival
    noted: bool  # the member was read (and written) in the transaction: cache them after it
    read_at: int  # the cache generation when the batch began


class UpdateLog:
    def __init__(self, db: Database, clock: Clock, members: MembersService | None = None,
                 dialogs: DialogStore | None = None) -> None:
        self.db = db
        self.clock = clock
        self.members = members
        self.dialogs = dialogs
        self.group: GroupCommit[_Item, _Outcome] = GroupCommit(db, self._work)

    async def first_time(self, update_id: int) -> bool:
        """Record the id; False if another delivery (or process) already took it."""
        return not (await self.arrive(update_id, None)).duplicate

    async def arrive(self, update_id: int, sender: Sender | None) -> Arrival:
        """Record the id and note its sender (in the transaction shared with the updates in flight);
        returns once that transaction has committed. A duplicate writes nothing."""
        cache = self.members.cache if self.members is not None else None
        cached = None
        if sender is not None and cache is not None:
            cached = cache.fresh(sender.telegram_id, sender.tg_name, sender.username, sender.started)
        outcome = await self.group.submit(_Item(update_id, sender, cached))
        if outcome.noted and cache is not None:
            member = outcome.arrival.member
            cache.put(sender.telegram_id, member, sender.tg_name, sender.username, outcome.read_at)
        return outcome.arrival

    async def _work(self, s, items: Sequence[_Item]) -> list[_Outcome]:  # noqa: ANN001
        cache = self.members.cache if self.members is not None else None
        read_at = cache.generation if cache is not None else 0
        inserted = await q.record_new(s, [item.update_id for item in items], self.clock.now())
        first: list[bool] = []
        for item in items:  # the same id twice in one batch: the first is handled, the second dropped
            first.append(item.update_id in inserted)
            inserted.discard(item.update_id)
        new = [item for item, ok in zip(items, first) if ok and item.sender is not None]
        to_note = {i.sender.telegram_id: (i.sender.telegram_id, i.sender.tg_name, i.sender.username,
                                          i.sender.started) for i in new if i.cached is None}
        noted = (await self.members.seen_many_in(s, list(to_note.values()))
                 if to_note and self.members is not None else {})
        wanted = [i.sender.telegram_id for i in new if i.sender.wants_dialog]
        dialogs = await self.dialogs.peek_many_in(s, wanted) if wanted and self.dialogs is not None else {}
        outcomes = []
        for item, ok in zip(items, first):
            if not ok:
                outcomes.append(_Outcome(Arrival(duplicate=True), False, read_at))
                continue
            sender = item.sender
            tid = sender.telegram_id if sender is not None else None
            member = item.cached if item.cached is not None else noted.get(tid)
            read = sender is not None and sender.wants_dialog and self.dialogs is not None
            outcomes.append(_Outcome(Arrival(False, member, read, dialogs.get(tid) if read else None),
                                     tid in noted, read_at))
        return outcomes

    async def prune(self) -> int:
        async with self.db.transaction() as s:
            return await q.delete_before(s, self.clock.now() - KEEP_FOR)
