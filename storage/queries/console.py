"""Queries of the admin console: its login links and the overview's figures.

Everything else the console shows is read through the feature services (the same
queries the bot uses); only what no bot command needs lives here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.console import ConsoleLoginToken
from storage.knowledge import AskedQuestion, ForwardedQuestion
from storage.submissions import Submission


async def add_login_token(s: AsyncSession, token_hash: str, telegram_id: int, now: datetime,
                          expires_at: datetime) -> None:
    s.add(ConsoleLoginToken(token_hash=token_hash, telegram_id=telegram_id, created_at=now, expires_at=expires_at))


async def login_token(s: AsyncSession, token_hash: str) -> ConsoleLoginToken | None:
    return await s.get(ConsoleLoginToken, token_hash)


async def use_login_token(s: AsyncSession, token_hash: str, now: datetime) -> int | None:
    """Mark an unused, unexpired link used; its admin's Telegram id, or None when it was not
    (one UPDATE: of two requests racing with one link, exactly one wins)."""
    result = await s.execute(
        update(ConsoleLoginToken)
        .where(ConsoleLoginToken.token_hash == token_hash, ConsoleLoginToken.used_at.is_(None),
               ConsoleLoginToken.expires_at > now)
        .values(used_at=now).returning(ConsoleLoginToken.telegram_id))
    return result.scalar_one_or_none()


async def filed_statuses_since(s: AsyncSession, since: datetime) -> dict[str, int]:
    """Filed items (drafts excluded) filed at or after `since`, counted by their status now."""
    rows = await s.execute(select(Submission.status, func.count()).where(
        Submission.status != "draft", Submission.filed_at >= since).group_by(Submission.status))
    return {status: count for status, count in rows.all()}


async def filed_times_since(s: AsyncSession, since: datetime) -> Sequence[datetime]:
    """When each item filed since `since` was filed (the service buckets them into weeks)."""
    rows = await s.execute(select(Submission.filed_at).where(
        Submission.status != "draft", Submission.filed_at >= since))
    return [r for (r,) in rows.all()]


async def forwarded_questions(s: AsyncSession, limit: int) -> Sequence[tuple[ForwardedQuestion, AskedQuestion]]:
    """Questions members handed to staff, unanswered first, newest first."""
    rows = await s.execute(
        select(ForwardedQuestion, AskedQuestion).join(AskedQuestion, AskedQuestion.id == ForwardedQuestion.question_id)
        .order_by(ForwardedQuestion.replied_at.is_not(None), ForwardedQuestion.created_at.desc()).limit(limit))
    return [(f, q) for f, q in rows.all()]


async def declined_questions(s: AsyncSession, limit: int) -> Sequence[AskedQuestion]:
    """The newest questions the bot declined to answer."""
    rows = await s.execute(select(AskedQuestion).where(AskedQuestion.answered.is_(False))
                           .order_by(AskedQuestion.created_at.desc()).limit(limit))
    return list(rows.scalars().all())


async def past_event_ids(s: AsyncSession, now: datetime, limit: int) -> list[int]:
    """Events that began before `now`, the latest first (the console's 已结束 list)."""
    from storage.events import Event

    rows = await s.execute(select(Event.id).where(Event.starts_at < now).order_by(Event.starts_at.desc()).limit(limit))
    return [r for (r,) in rows.all()]
