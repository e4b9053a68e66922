"""The database reads and writes of 《社情民意》 issues (编报): plain async functions over a session."""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.issues import CompilationIssue, CompilationItem
from storage.models import Member
from storage.submissions import Submission


async def items_with_submissions(s: AsyncSession, iid: int) -> Sequence[tuple[CompilationItem, Submission, Member]]:
    """The issue's items in print order, each with its submission and author."""
    return (await s.execute(
        select(CompilationItem, Submission, Member)
        .join(Submission, Submission.id == CompilationItem.submission_id)
        .join(Member, Member.id == Submission.member_id)
        .where(CompilationItem.issue_id == iid)
        .order_by(CompilationItem.position, CompilationItem.id))).all()


async def issue(s: AsyncSession, iid: int, lock: bool = False) -> CompilationIssue | None:
    """One issue; `lock` holds the row until commit on PostgreSQL."""
    stmt = select(CompilationIssue).where(CompilationIssue.id == iid)
    if lock and s.get_bind().dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    return (await s.execute(stmt)).scalar_one_or_none()


async def issue_by_number(s: AsyncSession, year: int, number: int) -> CompilationIssue | None:
    return (await s.execute(select(CompilationIssue).where(
        CompilationIssue.year == year, CompilationIssue.number == number))).scalar_one_or_none()


async def recent_issues(s: AsyncSession, limit: int) -> Sequence[CompilationIssue]:
    """Newest first: by year, then number."""
    return (await s.execute(select(CompilationIssue).order_by(
        CompilationIssue.year.desc(), CompilationIssue.number.desc()).limit(limit))).scalars().all()


async def last_number(s: AsyncSession, year: int) -> tuple[int | None, int]:
    """The highest issue number of the year and how many issues it has."""
    last, count = (await s.execute(select(func.max(CompilationIssue.number), func.count()).where(
        CompilationIssue.year == year))).one()
    return last, count


async def issue_holding(s: AsyncSession, sid: int) -> CompilationIssue | None:
    """The issue the submission is in already, if any."""
    return (await s.execute(
        select(CompilationIssue).join(CompilationItem, CompilationItem.issue_id == CompilationIssue.id)
        .where(CompilationItem.submission_id == sid))).scalar_one_or_none()


async def last_position(s: AsyncSession, iid: int) -> int:
    return (await s.execute(select(func.max(CompilationItem.position)).where(
        CompilationItem.issue_id == iid))).scalar_one() or 0


async def submission_id_by_number(s: AsyncSession, number: str) -> int | None:
    return (await s.execute(select(Submission.id).where(Submission.number == number))).scalar_one_or_none()


async def items(s: AsyncSession, iid: int) -> list[CompilationItem]:
    return list((await s.execute(select(CompilationItem).where(CompilationItem.issue_id == iid)
                                 .order_by(CompilationItem.position, CompilationItem.id))).scalars())


async def mark_published(s: AsyncSession, iid: int, draft: str, published: str, now: datetime,
                         admin_tid: int) -> bool:
    """Publish the issue only if it is still a draft: False when someone was first."""
    result = await s.execute(update(CompilationIssue).where(
        CompilationIssue.id == iid, CompilationIssue.status == draft)
        .values(status=published, published_at=now, published_by=admin_tid))
    return result.rowcount == 1
