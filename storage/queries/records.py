"""Database access of the 履职档案: the facts of a year read from the features' tables, and the
manual entries.

A fact is a plain tuple (member id, moment or day, category, kind, outcome, title, ref), one
per thing a member did or missed; bot/records/ turns facts into counts and points. These
queries only read the events, submissions, broadcasts and Q&A tables (their own modules stay
untouched) and write only `record_entries`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Iterable, NamedTuple

from sqlalchemy import and_, case, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.broadcasts import Broadcast, OutboxRow
from storage.events import Attendance, Event
from storage.issues import CompilationIssue, CompilationItem
from storage.knowledge import ForwardedQuestion
from storage.models import Member
from storage.records import RecordEntry
from storage.submissions import Submission, SubmissionCosigner, SubmissionEvent, SubmissionSecond

ADOPTION_STATUSES = ("adopted_city", "adopted_prov", "adopted_nat", "instructed")


class FactRow(NamedTuple):
    member_id: int
    when: datetime | date
    category: str  # event | submission | cosign | second | adoption | issue | notice | question | manual
    kind: str  # event type, adoption status, manual type …
    outcome: str  # attended | leave_approved | leave | absent | read | unread | ""
    title: str
    ref: int | None  # the manual entry's id; the submission's id otherwise (None for notices)


def _members_filter(stmt, member_col, member_ids: Iterable[int] | None):  # noqa: ANN001, ANN202
    if member_ids is None:
        return stmt
    return stmt.where(member_col.in_(list(member_ids)))


async def record_members(s: AsyncSession, committee: str | None = None, sector: str | None = None,
                         member_id: int | None = None) -> list[Member]:
    """The members a committee's record lists: approved members (not staff), by name."""
    stmt = select(Member)
    if member_id is not None:
        stmt = stmt.where(Member.id == member_id)
    else:
        stmt = stmt.where(Member.status == "active", Member.role == "member")
    if committee:
        stmt = stmt.where(Member.special_committee == committee)
    if sector:
        stmt = stmt.where(Member.sector == sector)
    return list((await s.execute(stmt.order_by(Member.name, Member.id))).scalars())


async def facts(s: AsyncSession, since: datetime, until: datetime, now: datetime,
                member_ids: Iterable[int] | None = None, day_since: date | None = None,
                day_until: date | None = None) -> list[FactRow]:
    """Every fact of [since, until) (events only once begun, i.e. before `now`), for some members or all."""
    ids = None if member_ids is None else list(member_ids)
    out: list[FactRow] = []
    outcome = case(
        (or_(Attendance.checked_in_at.is_not(None), Attendance.answer == "attend"), "attended"),
        (and_(Attendance.answer == "leave", Attendance.leave_decision == "approved"), "leave_approved"),
        (Attendance.answer == "leave", "leave"),
        else_="absent")
    stmt = (select(Attendance.member_id, Event.starts_at, Event.kind, outcome, Event.title, Event.id)
            .join(Event, Event.id == Attendance.event_id)
            .where(Event.status == "active", Event.starts_at >= since, Event.starts_at < min(until, now)))
    for row in (await s.execute(_members_filter(stmt, Attendance.member_id, ids))).all():
        out.append(FactRow(row[0], row[1], "event", row[2], row[3], row[4], row[5]))

    stmt = (select(Submission.member_id, Submission.filed_at, Submission.category, Submission.title, Submission.id)
            .where(Submission.filed_at.is_not(None), Submission.filed_at >= since, Submission.filed_at < until))
    for row in (await s.execute(_members_filter(stmt, Submission.member_id, ids))).all():
        out.append(FactRow(row[0], row[1], "submission", row[2] or "", "", row[3], row[4]))

    stmt = (select(SubmissionCosigner.member_id, SubmissionCosigner.answered_at, Submission.title, Submission.id)
            .join(Submission, Submission.id == SubmissionCosigner.submission_id)
            .where(SubmissionCosigner.state == "agreed", Submission.filed_at.is_not(None),
                   SubmissionCosigner.answered_at >= since, SubmissionCosigner.answered_at < until))
    for row in (await s.execute(_members_filter(stmt, SubmissionCosigner.member_id, ids))).all():
        out.append(FactRow(row[0], row[1], "cosign", "", "", row[2], row[3]))

    stmt = (select(SubmissionSecond.member_id, SubmissionSecond.created_at, Submission.title, Submission.id)
            .join(Submission, Submission.id == SubmissionSecond.submission_id)
            .where(SubmissionSecond.created_at >= since, SubmissionSecond.created_at < until))
    for row in (await s.execute(_members_filter(stmt, SubmissionSecond.member_id, ids))).all():
        out.append(FactRow(row[0], row[1], "second", "", "", row[2], row[3]))

    stmt = (select(Submission.member_id, SubmissionEvent.created_at, SubmissionEvent.to_status, Submission.title,
                   Submission.id)
            .join(Submission, Submission.id == SubmissionEvent.submission_id)
            .where(SubmissionEvent.kind == "status", SubmissionEvent.to_status.in_(ADOPTION_STATUSES),
                   SubmissionEvent.created_at >= since, SubmissionEvent.created_at < until))
    for row in (await s.execute(_members_filter(stmt, Submission.member_id, ids))).all():
        out.append(FactRow(row[0], row[1], "adoption", row[2], "", row[3], row[4]))

    stmt = (select(Submission.member_id, CompilationIssue.published_at, CompilationIssue.year,
                   CompilationIssue.number, Submission.title, Submission.id)
            .select_from(CompilationItem)
            .join(CompilationIssue, CompilationIssue.id == CompilationItem.issue_id)
            .join(Submission, Submission.id == CompilationItem.submission_id)
            .where(CompilationIssue.status == "published", CompilationIssue.published_at >= since,
                   CompilationIssue.published_at < until))
    for row in (await s.execute(_members_filter(stmt, Submission.member_id, ids))).all():
        out.append(FactRow(row[0], row[1], "issue", f"{row[2]}-{row[3]}", "", row[4], row[5]))

    read = case((OutboxRow.read_at.is_not(None), "read"), else_="unread")
    stmt = (select(Member.id, OutboxRow.sent_at, read, Broadcast.body)
            .join(Broadcast, Broadcast.id == OutboxRow.broadcast_id)
            .join(Member, Member.telegram_id == OutboxRow.telegram_id)
            .where(Broadcast.needs_receipt.is_(True), Broadcast.kind != "reminder", OutboxRow.state == "sent",
                   OutboxRow.sent_at >= since, OutboxRow.sent_at < until))
    for row in (await s.execute(_members_filter(stmt, Member.id, ids))).all():
        out.append(FactRow(row[0], row[1], "notice", "", row[2], row[3] or "", None))

    stmt = (select(Member.id, ForwardedQuestion.created_at, ForwardedQuestion.id)
            .join(Member, Member.telegram_id == ForwardedQuestion.telegram_id)
            .where(ForwardedQuestion.created_at >= since, ForwardedQuestion.created_at < until))
    for row in (await s.execute(_members_filter(stmt, Member.id, ids))).all():
        out.append(FactRow(row[0], row[1], "question", "", "", "", row[2]))

    if day_since is not None and day_until is not None:
        stmt = (select(RecordEntry).where(RecordEntry.deleted.is_(False), RecordEntry.day >= day_since,
                                          RecordEntry.day < day_until))
        for entry in (await s.execute(_members_filter(stmt, RecordEntry.member_id, ids))).scalars():
            out.append(FactRow(entry.member_id, entry.day, "manual", entry.kind, "", entry.note, entry.id))
    return out


# --- manual entries --------------------------------------------------------------------------------

async def add_entry(s: AsyncSession, **columns: Any) -> RecordEntry:
    entry = RecordEntry(**columns)
    s.add(entry)
    await s.flush()
    return entry


async def get_entry(s: AsyncSession, entry_id: int) -> RecordEntry | None:
    return await s.get(RecordEntry, entry_id)


async def entries_of(s: AsyncSession, member_id: int, day_since: date, day_until: date,
                     with_deleted: bool = False) -> list[RecordEntry]:
    stmt = select(RecordEntry).where(RecordEntry.member_id == member_id, RecordEntry.day >= day_since,
                                     RecordEntry.day < day_until)
    if not with_deleted:
        stmt = stmt.where(RecordEntry.deleted.is_(False))
    return list((await s.execute(stmt.order_by(RecordEntry.day.desc(), RecordEntry.id.desc()))).scalars())
