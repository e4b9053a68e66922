"""Lists only the console shows: past events, questions handed to staff, declined questions.

Each is read for an admin (checked here, as in every service) and returned as plain values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.clock import Clock
from bot.events.models import EventInfo
from bot.members import MembersService
from storage.db import Database
from storage.queries import console as q

LIST_LIMIT = 50


@dataclass(frozen=True)
class HandedQuestion:
    forward_id: int
    question: str
    telegram_id: int
    asked_at: datetime
    reply: str | None
    replied_at: datetime | None


@dataclass(frozen=True)
class DeclinedQuestion:
    question: str
    telegram_id: int
    asked_at: datetime


class ConsoleLists:
    def __init__(self, db: Database, clock: Clock, members: MembersService, events) -> None:  # noqa: ANN001
        self.db = db
        self.clock = clock
        self.members = members
        self.events = events

    async def past_events(self, admin_tid: int, limit: int = 20) -> list[EventInfo]:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            ids = await q.past_event_ids(s, self.clock.now(), limit)
        return [await self.events.get(i) for i in ids]

    async def handed_questions(self, admin_tid: int) -> list[HandedQuestion]:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            return [HandedQuestion(f.id, a.question, f.telegram_id, f.created_at, f.reply, f.replied_at)
                    for f, a in await q.forwarded_questions(s, LIST_LIMIT)]

    async def declined_questions(self, admin_tid: int) -> list[DeclinedQuestion]:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            return [DeclinedQuestion(a.question, a.telegram_id, a.created_at)
                    for a in await q.declined_questions(s, LIST_LIMIT)]
