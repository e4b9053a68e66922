"""The queries behind /healthz and /metrics: a liveness probe and the counts operators watch.

Each count is one grouped SELECT over an indexed or small column, cheap enough to run at
every scrape; none of them writes.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from storage.broadcasts import OutboxRow, SenderProcess
from storage.events import Reminder
from storage.knowledge import AskedQuestion
from storage.submissions import Submission


async def ping(s: AsyncSession) -> None:
    """A round trip to the database; raises when it does not answer."""
    await s.execute(text("SELECT 1"))


async def submissions_by_status(s: AsyncSession) -> dict[str, int]:
    rows = (await s.execute(select(Submission.status, func.count()).group_by(Submission.status))).all()
    return {status: count for status, count in rows}


async def outbox_by_state(s: AsyncSession) -> dict[str, int]:
    rows = (await s.execute(select(OutboxRow.state, func.count()).group_by(OutboxRow.state))).all()
    return {state: count for state, count in rows}


async def reminders_by_state(s: AsyncSession) -> dict[str, int]:
    rows = (await s.execute(select(Reminder.state, func.count()).group_by(Reminder.state))).all()
    return {state: count for state, count in rows}


async def questions_by_outcome(s: AsyncSession) -> dict[str, int]:
    """answered, declined (the bot said it does not know), forwarded (of the declined, handed to staff)."""
    answered, forwarded, total = (await s.execute(select(
        func.count().filter(AskedQuestion.answered.is_(True)),
        func.count().filter(AskedQuestion.forwarded.is_(True)),
        func.count()))).one()
    return {"answered": answered, "declined": total - answered, "forwarded": forwarded}


async def processes_alive(s: AsyncSession, seen_since: datetime) -> int:
    """Sender processes whose heartbeat is newer than `seen_since`."""
    return (await s.execute(select(func.count()).select_from(SenderProcess)
                            .where(SenderProcess.seen_at >= seen_since))).scalar_one()
