"""What operators watch: is the database answering, and the numbers behind /metrics.

handlers/web.py serves these over HTTP; this module holds no transport.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.qa import QaService
from storage.db import Database
from storage.queries import health as health_q
from storage.queries import members as members_q
from storage.queries import updates as updates_q


@dataclass(frozen=True)
class Health:
    ok: bool
    error: str | None = None  # the exception's type name when the database did not answer


@dataclass(frozen=True)
class Metrics:
    members_by_status: dict[str, int]
    recent_updates: int  # updates in the deduplication window (bot/updates.py KEEP_FOR)
    questions: int


class Monitoring:
    def __init__(self, db: Database, qa: QaService) -> None:
        self.db = db
        self.qa = qa

    async def health(self) -> Health:
        try:
            async with self.db.transaction() as s:
                await health_q.ping(s)
        except Exception as exc:  # noqa: BLE001 - any database failure means unhealthy
            return Health(ok=False, error=type(exc).__name__)
        return Health(ok=True)

    async def metrics(self) -> Metrics:
        async with self.db.transaction() as s:
            by_status = await members_q.counts_by_status(s)
            updates = await updates_q.count(s)
        return Metrics(members_by_status=by_status, recent_updates=updates, questions=await self.qa.question_count())
