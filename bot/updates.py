"""Each update's bookkeeping in one transaction: handled once, its sender noted, their step read.

Redelivered updates are handled once: each update id is recorded before handling. The
person who sent it is noted in the same transaction (`MembersService.seen_in`), unless
the member cache already holds them unchanged, when the id's INSERT is the only write.
For a message the router will route, the person's dialog step is read in that same
transaction too (`Sender.wants_dialog`), so routing needs no second one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.exc import IntegrityError

from bot.clock import Clock
from bot.dialogs import Dialog, DialogStore
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


class UpdateLog:
    def __init__(self, db: Database, clock: Clock, members: MembersService | None = None,
                 dialogs: DialogStore | None = None) -> None:
        self.db = db
        self.clock = clock
        self.members = members
        self.dialogs = dialogs

    async def first_time(self, update_id: int) -> bool:
        """Record the id; False if another delivery (or process) already took it."""
        return not (await self.arrive(update_id, None)).duplicate

    async def arrive(self, update_id: int, sender: Sender | None) -> Arrival:
        """Record the id and note its sender, in one transaction; a duplicate writes nothing."""
        member = None
        cache = self.members.cache if self.members is not None else None
        if sender is not None and cache is not None:
            member = cache.fresh(sender.telegram_id, sender.tg_name, sender.username, sender.started)
        read_at = cache.generation if cache is not None else 0
        noted = False
        dialog_read, dialog = False, None
        try:
            async with self.db.transaction() as s:
                await q.record(s, update_id, self.clock.now())
                await s.flush()  # a second delivery fails here, before anything else is written
                if sender is not None and member is None and self.members is not None:
                    member, _ = await self.members.seen_in(s, sender.telegram_id, sender.tg_name,
                                                           sender.username, sender.started)
                    noted = True
                if sender is not None and sender.wants_dialog and self.dialogs is not None:
                    dialog = await self.dialogs.peek_in(s, sender.telegram_id)
                    dialog_read = True
        except IntegrityError:
            return Arrival(duplicate=True)
        if noted and cache is not None:
            cache.put(sender.telegram_id, member, sender.tg_name, sender.username, read_at)
        return Arrival(duplicate=False, member=member, dialog_read=dialog_read, dialog=dialog)

    async def prune(self) -> int:
        async with self.db.transaction() as s:
            return await q.delete_before(s, self.clock.now() - KEEP_FOR)
