"""The database reads and writes of the 社情民意 feature: plain async functions over a session.

The submissions service holds the rules and the transactions; everything that names a
table, a join or a dialect (the sqlite / postgresql upsert of the yearly counter) is here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Member
from storage.submissions import (Submission, SubmissionAttachment, SubmissionCosigner, SubmissionCounter,
                                 SubmissionEvent, SubmissionSecond)


@dataclass(frozen=True)
class Where:
    """Which filed items a read covers (the service's SubmissionFilters, as columns)."""

    since: datetime | None = None
    until: datetime | None = None
    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    special_committees: tuple[str, ...] = ()
    member_telegram_id: int | None = None
    reached: tuple[str, ...] = ()   # ever at one of these statuses: now, or in the item's history
    text: str = ""                  # a substring of the number, the title or the body


def _is_postgres(s: AsyncSession) -> bool:
    return s.get_bind().dialect.name == "postgresql"


def _clauses(where: Where) -> list:
    clauses = [Submission.status != "draft"]
    if where.since is not None:
        clauses.append(Submission.filed_at >= where.since)
    if where.until is not None:
        clauses.append(Submission.filed_at < where.until)
    if where.statuses:
        clauses.append(Submission.status.in_(where.statuses))
    if where.categories:
        clauses.append(Submission.category.in_(where.categories))
    if where.sectors:
        clauses.append(Member.sector.in_(where.sectors))
    if where.special_committees:
        clauses.append(Member.special_committee.in_(where.special_committees))
    if where.member_telegram_id is not None:
        clauses.append(Member.telegram_id == where.member_telegram_id)
    if where.reached:
        clauses.append(reached_any(where.reached))
    if where.text:
        clauses.append(or_(*(column.contains(where.text, autoescape=True) for column in (
            Submission.number, Submission.title, Submission.situation, Submission.problem, Submission.suggestion))))
    return clauses


def reached_any(statuses: tuple[str, ...]):  # noqa: ANN201 (a SQL boolean clause)
    """The item is at one of `statuses` now or was at one before (a status change in its history)."""
    history = exists().where(SubmissionEvent.submission_id == Submission.id, SubmissionEvent.kind == "status",
                             SubmissionEvent.to_status.in_(statuses))
    return or_(Submission.status.in_(statuses), history)


# --- single rows ---------------------------------------------------------------------------------

async def member_by_telegram_id(s: AsyncSession, telegram_id: int) -> Member | None:
    return (await s.execute(select(Member).where(Member.telegram_id == telegram_id))).scalar_one_or_none()


async def submission(s: AsyncSession, sid: int, lock: bool = False) -> Submission | None:
    """One item; `lock` holds the row until commit on PostgreSQL (SQLite locks the whole database anyway)."""
    stmt = select(Submission).where(Submission.id == sid)
    if lock and _is_postgres(s):
        stmt = stmt.with_for_update()
    return (await s.execute(stmt)).scalar_one_or_none()


async def latest_draft(s: AsyncSession, member_id: int) -> Submission | None:
    return (await s.execute(select(Submission).where(
        Submission.member_id == member_id, Submission.status == "draft")
        .order_by(Submission.updated_at.desc()).limit(1))).scalar_one_or_none()


@dataclass(frozen=True)
class Parts:
    """Everything hanging off one item, for its view."""

    author: Member
    attachments: list[SubmissionAttachment]
    cosigners: list[tuple[SubmissionCosigner, Member]]
    seconders: list[str]
    events: list[SubmissionEvent]


async def parts(s: AsyncSession, row: Submission) -> Parts:
    author = await s.get(Member, row.member_id)
    attachments = (await s.execute(select(SubmissionAttachment).where(
        SubmissionAttachment.submission_id == row.id).order_by(SubmissionAttachment.id))).scalars().all()
    cosigners = (await s.execute(
        select(SubmissionCosigner, Member).join(Member, Member.id == SubmissionCosigner.member_id)
        .where(SubmissionCosigner.submission_id == row.id).order_by(SubmissionCosigner.id))).all()
    seconders = (await s.execute(
        select(Member.name).join(SubmissionSecond, SubmissionSecond.member_id == Member.id)
        .where(SubmissionSecond.submission_id == row.id).order_by(SubmissionSecond.id))).scalars().all()
    events = (await s.execute(select(SubmissionEvent).where(SubmissionEvent.submission_id == row.id)
                              .order_by(SubmissionEvent.id))).scalars().all()
    return Parts(author, list(attachments), [tuple(c) for c in cosigners], list(seconders), list(events))


async def count_attachments(s: AsyncSession, sid: int) -> int:
    return (await s.execute(select(func.count()).select_from(SubmissionAttachment).where(
        SubmissionAttachment.submission_id == sid))).scalar_one()


async def cosigners_of(s: AsyncSession, sid: int) -> Sequence[SubmissionCosigner]:
    return (await s.execute(select(SubmissionCosigner).where(
        SubmissionCosigner.submission_id == sid))).scalars().all()


async def agreed_cosigners(s: AsyncSession, sid: int) -> Sequence[Member]:
    """The members who agreed to co-sign an item, in the order they were invited."""
    return (await s.execute(select(Member).join(SubmissionCosigner, SubmissionCosigner.member_id == Member.id).where(
        SubmissionCosigner.submission_id == sid, SubmissionCosigner.state == "agreed")
        .order_by(SubmissionCosigner.id))).scalars().all()


async def has_seconded(s: AsyncSession, sid: int, member_id: int) -> bool:
    return (await s.execute(select(SubmissionSecond.id).where(
        SubmissionSecond.submission_id == sid, SubmissionSecond.member_id == member_id))).scalar_one_or_none() \
        is not None


# --- filing ----------------------------------------------------------------------------------------

async def similar_candidates(s: AsyncSession, since: datetime, exclude_id: int) -> Sequence:
    """Filed items since `since` (but `exclude_id`), with the columns the likeness compares."""
    return (await s.execute(
        select(Submission.id, Submission.number, Submission.title, Submission.situation,
               Submission.problem, Submission.suggestion, Submission.author_name, Submission.status,
               Submission.member_id)
        .where(Submission.status != "draft", Submission.filed_at >= since, Submission.id != exclude_id))).all()


async def next_sequence(s: AsyncSession, year: int) -> int:
    """The year's next sequence number; the counter row stays locked until the filing commits."""
    # The session's own dialect's INSERT (ON CONFLICT), imported when first used: not both dialects
    # in every process (the other one's package is 2.4 MB).
    insert = importlib.import_module(f"sqlalchemy.dialects.{s.get_bind().dialect.name}").insert
    await s.execute(insert(SubmissionCounter).values(year=year, last=0)
                    .on_conflict_do_nothing(index_elements=["year"]))
    return (await s.execute(update(SubmissionCounter).where(SubmissionCounter.year == year)
                            .values(last=SubmissionCounter.last + 1)
                            .returning(SubmissionCounter.last))).scalar_one()


async def update_if_unchanged(s: AsyncSession, row: Submission, was: str, **values: object) -> bool:
    """Update the row only if it is still at status `was` and its revision: False when someone was first."""
    result = await s.execute(update(Submission).where(
        Submission.id == row.id, Submission.status == was, Submission.rev == row.rev).values(**values))
    return result.rowcount == 1


async def set_filing_details(s: AsyncSession, sid: int, **values: object) -> None:
    await s.execute(update(Submission).where(Submission.id == sid).values(**values))


# --- lists -------------------------------------------------------------------------------------------

async def count_filed(s: AsyncSession, where: Where) -> int:
    return (await s.execute(select(func.count()).select_from(Submission)
                            .join(Member, Member.id == Submission.member_id).where(*_clauses(where)))).scalar_one()


async def filed_page(s: AsyncSession, where: Where, page: int, per_page: int) -> Sequence[Submission]:
    """One page of filed items, newest first."""
    return (await s.execute(
        select(Submission).join(Member, Member.id == Submission.member_id).where(*_clauses(where))
        .order_by(Submission.filed_at.desc(), Submission.id.desc())
        .offset((page - 1) * per_page).limit(per_page))).scalars().all()


async def filed_after(s: AsyncSession, where: Where, after: tuple[datetime, int] | None,
                      limit: int) -> Sequence[tuple[Submission, Member]]:
    """Filed items with their authors in filing order, after the key (filed_at, id) of the last page."""
    clauses = _clauses(where)
    if after is not None:
        filed_at, last_id = after
        clauses.append(or_(Submission.filed_at > filed_at,
                           and_(Submission.filed_at == filed_at, Submission.id > last_id)))
    return (await s.execute(
        select(Submission, Member).join(Member, Member.id == Submission.member_id).where(*clauses)
        .order_by(Submission.filed_at, Submission.id).limit(limit))).all()


async def filed_by_ids(s: AsyncSession, ids: list[int]) -> Sequence[tuple[Submission, Member]]:
    return (await s.execute(
        select(Submission, Member).join(Member, Member.id == Submission.member_id)
        .where(Submission.id.in_(ids), Submission.status != "draft"))).all()


@dataclass(frozen=True)
class RecordDetails:
    """What the export records of several items need beyond their rows, by item id."""

    cosigners: dict[int, list[str]]
    seconders: dict[int, list[str]]
    attachments: dict[int, int]
    events: list[SubmissionEvent]


async def record_details(s: AsyncSession, ids: list[int]) -> RecordDetails:
    cosigners: dict[int, list[str]] = {i: [] for i in ids}
    for sid, name in (await s.execute(
            select(SubmissionCosigner.submission_id, Member.name)
            .join(Member, Member.id == SubmissionCosigner.member_id)
            .where(SubmissionCosigner.submission_id.in_(ids), SubmissionCosigner.state == "agreed")
            .order_by(SubmissionCosigner.id))).all():
        cosigners[sid].append(name)
    seconders: dict[int, list[str]] = {i: [] for i in ids}
    for sid, name in (await s.execute(
            select(SubmissionSecond.submission_id, Member.name)
            .join(Member, Member.id == SubmissionSecond.member_id)
            .where(SubmissionSecond.submission_id.in_(ids)).order_by(SubmissionSecond.id))).all():
        seconders[sid].append(name)
    attachments = dict((await s.execute(
        select(SubmissionAttachment.submission_id, func.count())
        .where(SubmissionAttachment.submission_id.in_(ids))
        .group_by(SubmissionAttachment.submission_id))).all())
    events = (await s.execute(select(SubmissionEvent).where(SubmissionEvent.submission_id.in_(ids))
                              .order_by(SubmissionEvent.id))).scalars().all()
    return RecordDetails(cosigners, seconders, {k: int(v) for k, v in attachments.items()}, list(events))


async def submissions_by_ids(s: AsyncSession, ids: list[int]) -> Sequence[Submission]:
    return (await s.execute(select(Submission).where(Submission.id.in_(ids)))).scalars().all()


# --- the member's own list -------------------------------------------------------------------------

async def count_own_filed(s: AsyncSession, member_id: int, start: datetime | None = None,
                          end: datetime | None = None) -> int:
    clauses = [Submission.member_id == member_id, Submission.status != "draft"]
    if start is not None:
        clauses += [Submission.filed_at >= start, Submission.filed_at < end]
    return (await s.execute(select(func.count()).select_from(Submission).where(*clauses))).scalar_one()


async def own_status_events(s: AsyncSession, member_id: int, start: datetime, end: datetime) -> Sequence:
    """(submission_id, level, to_status) of the status changes of the member's items in [start, end)."""
    return (await s.execute(
        select(SubmissionEvent.submission_id, SubmissionEvent.level, SubmissionEvent.to_status)
        .join(Submission, Submission.id == SubmissionEvent.submission_id)
        .where(Submission.member_id == member_id, SubmissionEvent.kind == "status",
               SubmissionEvent.created_at >= start, SubmissionEvent.created_at < end))).all()


async def own_page(s: AsyncSession, member_id: int, page: int, per_page: int) -> Sequence[Submission]:
    return (await s.execute(select(Submission).where(Submission.member_id == member_id, Submission.status != "draft")
                            .order_by(Submission.filed_at.desc(), Submission.id.desc())
                            .offset((page - 1) * per_page).limit(per_page))).scalars().all()


# --- old drafts ----------------------------------------------------------------------------------------

def _for_update(stmt, s: AsyncSession):  # noqa: ANN001, ANN202
    return stmt.with_for_update(skip_locked=True) if _is_postgres(s) else stmt


async def claim_idle_drafts(s: AsyncSession, idle_since: datetime, limit: int) -> Sequence[Submission]:
    """Drafts untouched since `idle_since` and not yet reminded (skipped when another process holds them)."""
    return (await s.execute(_for_update(select(Submission).where(
        Submission.status == "draft", Submission.updated_at <= idle_since,
        Submission.reminded_at.is_(None)).order_by(Submission.id).limit(limit), s))).scalars().all()


async def draft_idle_times(s: AsyncSession) -> list[tuple[datetime, datetime | None]]:
    """(last change, reminded at) of every draft: when its reminder and its clearing fall due."""
    return [(r.updated_at, r.reminded_at) for r in (await s.execute(select(
        Submission.updated_at, Submission.reminded_at).where(Submission.status == "draft"))).all()]


async def claim_expired_drafts(s: AsyncSession, idle_since: datetime, reminded_before: datetime,
                               limit: int) -> Sequence[Submission]:
    """Drafts untouched since `idle_since` whose reminder went out before `reminded_before`."""
    return (await s.execute(_for_update(select(Submission).where(
        Submission.status == "draft", Submission.updated_at <= idle_since,
        Submission.reminded_at.is_not(None), Submission.reminded_at <= reminded_before)
        .order_by(Submission.id).limit(limit), s))).scalars().all()
