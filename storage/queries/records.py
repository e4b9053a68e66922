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

from sqlalchemy import Date, Integer, String, and_, case, cast, literal, null, or_, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from storage.base import UtcDateTime
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


def _text(value: str):  # noqa: ANN202
    return literal(value, String)


def _none(kind):  # noqa: ANN001, ANN202
    return cast(null(), kind)


async def facts(s: AsyncSession, since: datetime, until: datetime, now: datetime,
                member_ids: Iterable[int] | None = None, day_since: date | None = None,
                day_until: date | None = None) -> list[FactRow]:
    """Every fact of [since, until) (events only once begun, i.e. before `now`), for some members or all.

    One UNION ALL, one round trip: a member's /record waits for the database once, not ten times
    (on a loaded machine each round trip through aiosqlite's thread waits for a core).
    """
    ids = None if member_ids is None else list(member_ids)
    outcome = case(
        (or_(Attendance.checked_in_at.is_not(None), Attendance.answer == "attend"), "attended"),
        (and_(Attendance.answer == "leave", Attendance.leave_decision == "approved"), "leave_approved"),
        (Attendance.answer == "leave", "leave"),
        else_="absent")
    parts = [
        # The first part fixes the column types of the union (UtcDateTime, Date …).
        _members_filter(
            select(Attendance.member_id.label("member_id"), Event.starts_at.label("at"), _none(Date).label("day"),
                   _text("event").label("category"), Event.kind.label("kind"), outcome.label("outcome"),
                   Event.title.label("title"), Event.id.label("ref"))
            .join(Event, Event.id == Attendance.event_id)
            .where(Event.status == "active", Event.starts_at >= since, Event.starts_at < min(until, now)),
            Attendance.member_id, ids),
        _members_filter(
            select(Submission.member_id, Submission.filed_at, _none(Date), _text("submission"), Submission.category,
                   _text(""), Submission.title, Submission.id)
            .where(Submission.filed_at.is_not(None), Submission.filed_at >= since, Submission.filed_at < until),
            Submission.member_id, ids),
        _members_filter(
            select(SubmissionCosigner.member_id, SubmissionCosigner.answered_at, _none(Date), _text("cosign"),
                   _text(""), _text(""), Submission.title, Submission.id)
            .join(Submission, Submission.id == SubmissionCosigner.submission_id)
            .where(SubmissionCosigner.state == "agreed", Submission.filed_at.is_not(None),
                   SubmissionCosigner.answered_at >= since, SubmissionCosigner.answered_at < until),
            SubmissionCosigner.member_id, ids),
        _members_filter(
            select(SubmissionSecond.member_id, SubmissionSecond.created_at, _none(Date), _text("second"), _text(""),
                   _text(""), Submission.title, Submission.id)
            .join(Submission, Submission.id == SubmissionSecond.submission_id)
            .where(SubmissionSecond.created_at >= since, SubmissionSecond.created_at < until),
            SubmissionSecond.member_id, ids),
        _members_filter(
            select(Submission.member_id, SubmissionEvent.created_at, _none(Date), _text("adoption"),
                   SubmissionEvent.to_status, _text(""), Submission.title, Submission.id)
            .join(Submission, Submission.id == SubmissionEvent.submission_id)
            .where(SubmissionEvent.kind == "status", SubmissionEvent.to_status.in_(ADOPTION_STATUSES),
                   SubmissionEvent.created_at >= since, SubmissionEvent.created_at < until),
            Submission.member_id, ids),
        _members_filter(
            select(Submission.member_id, CompilationIssue.published_at, _none(Date), _text("issue"),
                   cast(CompilationIssue.year, String).concat("-").concat(cast(CompilationIssue.number, String)),
                   _text(""), Submission.title, Submission.id)
            .select_from(CompilationItem)
            .join(CompilationIssue, CompilationIssue.id == CompilationItem.issue_id)
            .join(Submission, Submission.id == CompilationItem.submission_id)
            .where(CompilationIssue.status == "published", CompilationIssue.published_at >= since,
                   CompilationIssue.published_at < until),
            Submission.member_id, ids),
        _members_filter(
            select(Member.id, OutboxRow.sent_at, _none(Date), _text("notice"), _text(""),
                   case((OutboxRow.read_at.is_not(None), "read"), else_="unread"), Broadcast.body,
                   _none(Integer))
            .join(Broadcast, Broadcast.id == OutboxRow.broadcast_id)
            .join(Member, Member.telegram_id == OutboxRow.telegram_id)
            .where(Broadcast.needs_receipt.is_(True), Broadcast.kind != "reminder", OutboxRow.state == "sent",
                   OutboxRow.sent_at >= since, OutboxRow.sent_at < until),
            Member.id, ids),
        _members_filter(
            select(Member.id, ForwardedQuestion.created_at, _none(Date), _text("question"), _text(""), _text(""),
                   _text(""), ForwardedQuestion.id)
            .join(Member, Member.telegram_id == ForwardedQuestion.telegram_id)
            .where(ForwardedQuestion.created_at >= since, ForwardedQuestion.created_at < until),
            Member.id, ids),
    ]
    if day_since is not None and day_until is not None:
        parts.append(_members_filter(
            select(RecordEntry.member_id, _none(UtcDateTime()), RecordEntry.day, _text("manual"), RecordEntry.kind,
                   _text(""), RecordEntry.note, RecordEntry.id)
            .where(RecordEntry.deleted.is_(False), RecordEntry.day >= day_since, RecordEntry.day < day_until),
            RecordEntry.member_id, ids))
    rows = (await s.execute(union_all(*parts))).all()
    return [FactRow(r[0], r[1] if r[1] is not None else r[2], r[3], r[4] or "", r[5] or "", r[6] or "", r[7])
            for r in rows]


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
