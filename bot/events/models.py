"""What the events feature hands out: plain dataclasses, the feature's limits, and the
converters from database rows to them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from bot.errors import UserError
from storage.events import Attendance, Event
from storage.models import Member

KINDS = ("study", "inspection", "survey", "meeting")
REPEATS = ("none", "weekly", "monthly")
MAX_OCCURRENCES = 60
MAX_TITLE = 100
MAX_PLACE = 100
MAX_REASON = 100
DEFAULT_CHECKIN_CLOSE = timedelta(hours=3)  # when an event has no end time

# Which kinds of message are pointless once the event has begun.
BEFORE_START_ONLY = ("notice", "remind", "nudge", "change")


class EventClosed(UserError):
    """The event can no longer take this change from this person (cancelled, begun, ended, or
    not theirs): a flow waiting for their next message about it should end."""


@dataclass(frozen=True)
class Counts:
    attend: int = 0
    leave: int = 0
    unanswered: int = 0
    checked_in: int = 0


@dataclass(frozen=True)
class EventInfo:
    id: int
    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    audience: dict[str, Any]
    organiser_tid: int
    offsets: tuple[int, ...]
    repeat: str
    repeat_until: datetime | None
    series_id: int | None
    status: str
    counts: Counts = field(default_factory=Counts)
    occurrences: int = 1

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"


@dataclass(frozen=True)
class EventDraft:
    """What /newevent or an import collects before publishing."""

    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    audience: dict[str, Any]
    offsets: tuple[int, ...]
    repeat: str = "none"
    repeat_until: date | None = None


@dataclass(frozen=True)
class AttendanceInfo:
    id: int
    event_id: int
    member_id: int
    telegram_id: int
    name: str
    sector: str | None
    committee: str | None
    answer: str | None
    leave_reason: str | None
    leave_decision: str | None
    checked_in_at: datetime | None


@dataclass(frozen=True)
class MyEvent:
    event: EventInfo
    attendance: AttendanceInfo


@dataclass(frozen=True)
class LeaveDecision:
    event: EventInfo
    attendance: AttendanceInfo
    changed: bool


@dataclass(frozen=True)
class CheckIn:
    state: str  # ok | already | early | closed
    event: EventInfo
    opens_at: datetime


def event_info(row: Event, counts: Counts | None = None, occurrences: int = 1) -> EventInfo:
    return EventInfo(
        id=row.id, kind=row.kind, title=row.title, starts_at=row.starts_at, ends_at=row.ends_at,
        place=row.place, audience=dict(row.audience or {}), organiser_tid=row.organiser_tid,
        offsets=tuple((row.offsets or {}).get("minutes", ())), repeat=row.repeat,
        repeat_until=row.repeat_until, series_id=row.series_id, status=row.status,
        counts=counts or Counts(), occurrences=occurrences)


def attendance_info(att: Attendance, member: Member) -> AttendanceInfo:
    return AttendanceInfo(
        id=att.id, event_id=att.event_id, member_id=member.id, telegram_id=member.telegram_id,
        name=member.name or member.tg_name or str(member.telegram_id), sector=member.sector,
        committee=member.special_committee, answer=att.answer, leave_reason=att.leave_reason,
        leave_decision=att.leave_decision, checked_in_at=att.checked_in_at)
