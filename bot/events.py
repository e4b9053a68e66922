"""Events (学习 / 视察 / 调研 / 会议), members' answers, leave, check-in and reminder rows.

The rules live here; handlers/events.py only asks and renders. Reminders are
rows with a due time: `queue_due` moves due rows into the outbox (bot/outbox.py) in
one transaction (FOR UPDATE SKIP LOCKED on PostgreSQL, BEGIN IMMEDIATE on SQLite),
where the one sender sends them, so a reminder goes out once even across restarts
and with several bot processes. A row due while the bot was down is sent if the
event has not begun and skipped (state `skipped`, reason `started`) if it has.
"""

from __future__ import annotations

import calendar as cal
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Iterable

from sqlalchemy import and_, func, or_, select, update

from bot import texts
from bot.clock import Clock
from bot.errors import NotFound, UserError
from bot.ics import calendar as ics_calendar
from bot.members import MembersService
from bot.outbox import FAILED, OUTCOME_HOOKS, REMINDER, SENT, SKIPPED, UNREACHABLE, Notice, add_notices
from bot.timeparse import format_when
from storage.db import Database
from storage.events import Attendance, Event, Reminder
from storage.models import Member

KINDS = ("study", "inspection", "survey", "meeting")
REPEATS = ("none", "weekly", "monthly")
MAX_OCCURRENCES = 60
MAX_TITLE = 100
MAX_PLACE = 100
MAX_REASON = 100
STALE_CLAIM = timedelta(minutes=10)  # a claim this old was in flight when its process died
MAX_ATTEMPTS = 3
DEFAULT_CHECKIN_CLOSE = timedelta(hours=3)  # when an event has no end time

# Which kinds of message are pointless once the event has begun.
BEFORE_START_ONLY = ("notice", "remind", "nudge", "change")


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


@dataclass(frozen=True)
class DueReminder:
    id: int
    kind: str
    event: EventInfo
    telegram_id: int
    answer: str | None
    due_at: datetime


@dataclass(frozen=True)
class Claim:
    reminders: tuple[DueReminder, ...]
    skipped: int


class EventsService:
    def __init__(self, db: Database, clock: Clock, members: MembersService, tz, sectors: Iterable[str],  # noqa: ANN001
                 committees: Iterable[str], default_offsets: Iterable[int], checkin_minutes: int) -> None:
        self.db = db
        self.clock = clock
        self.members = members
        self.tz = tz
        self.sectors = tuple(sectors)
        self.committees = tuple(committees)
        self.default_offsets = tuple(default_offsets)
        self.checkin_before = timedelta(minutes=checkin_minutes)

    # --- reading -------------------------------------------------------------------------

    def info(self, row: Event, counts: Counts | None = None, occurrences: int = 1) -> EventInfo:
        return EventInfo(
            id=row.id, kind=row.kind, title=row.title, starts_at=row.starts_at, ends_at=row.ends_at,
            place=row.place, audience=dict(row.audience or {}), organiser_tid=row.organiser_tid,
            offsets=tuple((row.offsets or {}).get("minutes", ())), repeat=row.repeat,
            repeat_until=row.repeat_until, series_id=row.series_id, status=row.status,
            counts=counts or Counts(), occurrences=occurrences)

    @staticmethod
    def _att_info(att: Attendance, member: Member) -> AttendanceInfo:
        return AttendanceInfo(
            id=att.id, event_id=att.event_id, member_id=member.id, telegram_id=member.telegram_id,
            name=member.name or member.tg_name or str(member.telegram_id), sector=member.sector,
            committee=member.special_committee, answer=att.answer, leave_reason=att.leave_reason,
            leave_decision=att.leave_decision, checked_in_at=att.checked_in_at)

    async def _counts(self, s, event_ids: list[int]) -> dict[int, Counts]:  # noqa: ANN001
        if not event_ids:
            return {}
        rows = (await s.execute(
            select(Attendance.event_id, Attendance.answer, Attendance.checked_in_at)
            .where(Attendance.event_id.in_(event_ids)))).all()
        tally: dict[int, Counter] = {i: Counter() for i in event_ids}
        for event_id, answer, checked in rows:
            tally[event_id][answer or "none"] += 1
            if checked is not None:
                tally[event_id]["checked"] += 1
        return {i: Counts(c["attend"], c["leave"], c["none"], c["checked"]) for i, c in tally.items()}

    async def _event(self, s, event_id: int) -> Event:  # noqa: ANN001
        row = await s.get(Event, event_id)
        if row is None:
            raise NotFound(event_id)
        return row

    async def get(self, event_id: int) -> EventInfo:
        async with self.db.transaction() as s:
            row = await self._event(s, event_id)
            return self.info(row, (await self._counts(s, [row.id]))[row.id])

    @staticmethod
    def _not_ended(now: datetime):  # noqa: ANN205
        return or_(Event.ends_at > now,
                   and_(Event.ends_at.is_(None), Event.starts_at > now - DEFAULT_CHECKIN_CLOSE))

    def end_of(self, event: EventInfo | Event) -> datetime:
        return event.ends_at or event.starts_at + DEFAULT_CHECKIN_CLOSE

    async def upcoming(self, admin_tid: int) -> list[EventInfo]:
        """Admins' /events: active events that have not ended, soonest first, with counts."""
        await self.members.require_admin(admin_tid)
        now = self.clock.now()
        async with self.db.transaction() as s:
            rows = [r for r in (await s.execute(
                select(Event).where(Event.status == "active", self._not_ended(now))
                .order_by(Event.starts_at, Event.id).limit(50))).scalars()]
            counts = await self._counts(s, [r.id for r in rows])
            return [self.info(r, counts[r.id]) for r in rows]

    async def admin_view(self, admin_tid: int, event_id: int) -> EventInfo:
        await self.members.require_admin(admin_tid)
        return await self.get(event_id)

    async def attendance(self, admin_tid: int, event_id: int) -> tuple[EventInfo, list[AttendanceInfo]]:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            row = await self._event(s, event_id)
            pairs = (await s.execute(
                select(Attendance, Member).join(Member, Member.id == Attendance.member_id)
                .where(Attendance.event_id == event_id).order_by(Member.name, Member.id))).all()
            counts = (await self._counts(s, [row.id]))[row.id]
            return self.info(row, counts), [self._att_info(a, m) for a, m in pairs]

    # --- audience ------------------------------------------------------------------------------

    def audience_filter(self, audience: dict[str, Any]):  # noqa: ANN201
        if audience.get("all"):
            return and_(Member.status == "active", Member.role == "member")
        committees = list(audience.get("committees") or [])
        sectors = list(audience.get("sectors") or [])
        return and_(Member.status == "active",
                    or_(Member.special_committee.in_(committees), Member.sector.in_(sectors)))

    async def audience_size(self, audience: dict[str, Any]) -> int:
        if not audience.get("all") and not audience.get("committees") and not audience.get("sectors"):
            return 0
        async with self.db.transaction() as s:
            return (await s.execute(select(func.count()).select_from(Member)
                                    .where(self.audience_filter(audience)))).scalar_one()

    def check_audience(self, audience: dict[str, Any]) -> None:
        unknown = [c for c in audience.get("committees") or [] if c not in self.committees]
        unknown += [c for c in audience.get("sectors") or [] if c not in self.sectors]
        if unknown:
            raise UserError(texts.EVENT_UNKNOWN_GROUP.format(name="、".join(unknown)))
        if not audience.get("all") and not audience.get("committees") and not audience.get("sectors"):
            raise UserError(texts.EVENT_NO_AUDIENCE)

    # --- creating ------------------------------------------------------------------------------

    def validate(self, draft: EventDraft) -> None:
        """Every rule a draft must meet; raises UserError naming the first broken one."""
        now = self.clock.now()
        if draft.kind not in KINDS:
            raise UserError(texts.EVENT_BAD_KIND)
        if not draft.title.strip() or len(draft.title) > MAX_TITLE:
            raise UserError(texts.EVENT_TITLE_INVALID.format(limit=MAX_TITLE))
        if draft.starts_at <= now:
            raise UserError(texts.TIME_IN_PAST.format(when=format_when(draft.starts_at, self.tz)))
        if draft.ends_at is not None and draft.ends_at <= draft.starts_at:
            raise UserError(texts.EVENT_END_BEFORE_START)
        if not draft.place.strip() or len(draft.place) > MAX_PLACE:
            raise UserError(texts.EVENT_PLACE_INVALID.format(limit=MAX_PLACE))
        self.check_audience(draft.audience)
        if draft.repeat not in REPEATS:
            raise UserError(texts.EVENT_BAD_REPEAT)
        if draft.repeat != "none":
            if draft.repeat_until is None or draft.repeat_until < draft.starts_at.astimezone(self.tz).date():
                raise UserError(texts.EVENT_REPEAT_UNTIL_INVALID)

    def occurrences(self, draft: EventDraft) -> list[tuple[datetime, datetime | None]]:
        """Start and end of each occurrence, in the committee's zone (a weekly 9:00 stays 9:00)."""
        start = draft.starts_at.astimezone(self.tz)
        length = draft.ends_at - draft.starts_at if draft.ends_at else None
        out = [(draft.starts_at, draft.ends_at)]
        if draft.repeat == "none":
            return out
        k = 1
        while len(out) < MAX_OCCURRENCES:
            if draft.repeat == "weekly":
                local = start + timedelta(weeks=k)
            else:
                month = start.month - 1 + k
                year, month = start.year + month // 12, month % 12 + 1
                if start.day > cal.monthrange(year, month)[1]:
                    if date(year, month, 1) > draft.repeat_until:
                        break
                    k += 1
                    continue  # no 31st this month: that month is skipped
                local = start.replace(year=year, month=month)
            if local.date() > draft.repeat_until:
                break
            local = local.replace(tzinfo=self.tz)
            begins = local.astimezone(draft.starts_at.tzinfo)
            out.append((begins, begins + length if length else None))
            k += 1
        return out

    async def publish(self, admin_tid: int, draft: EventDraft) -> list[EventInfo]:
        admin = await self.members.require_admin(admin_tid)
        self.validate(draft)
        async with self.db.transaction() as s:
            return await self.publish_in(s, admin.telegram_id, draft)

    async def publish_in(self, s, organiser_tid: int, draft: EventDraft) -> list[EventInfo]:  # noqa: ANN001
        """Create the occurrences, invite the audience, plan the notice and the reminders."""
        now = self.clock.now()
        members = (await s.execute(select(Member.id).where(self.audience_filter(draft.audience)))).scalars().all()
        until = None
        if draft.repeat != "none" and draft.repeat_until is not None:
            until = datetime.combine(draft.repeat_until, datetime.max.time(), tzinfo=self.tz)
        rows: list[Event] = []
        for begins, ends in self.occurrences(draft):
            row = Event(kind=draft.kind, title=draft.title.strip(), starts_at=begins, ends_at=ends,
                        place=draft.place.strip(), audience=dict(draft.audience), organiser_tid=organiser_tid,
                        offsets={"minutes": list(draft.offsets)}, repeat=draft.repeat, repeat_until=until,
                        status="active", created_at=now, updated_at=now)
            s.add(row)
            rows.append(row)
        await s.flush()
        for row in rows:
            row.series_id = rows[0].id if len(rows) > 1 else None
            for member_id in members:
                s.add(Attendance(event_id=row.id, member_id=member_id))
            self._plan_reminders(s, row, members, now)
        for member_id in members:  # one notice, for the first occurrence (it names the series)
            s.add(Reminder(event_id=rows[0].id, member_id=member_id, kind="notice", due_at=now, created_at=now))
        return [self.info(r, Counts(unanswered=len(members)), len(rows)) for r in rows]

    def _plan_reminders(self, s, row: Event, member_ids: Iterable[int], now: datetime) -> int:  # noqa: ANN001
        planned = 0
        for minutes in (row.offsets or {}).get("minutes", []):
            due = row.starts_at - timedelta(minutes=minutes)
            if due <= now:
                continue  # that moment has passed already (e.g. "1 day before" for an event in 2 hours)
            for member_id in member_ids:
                s.add(Reminder(event_id=row.id, member_id=member_id, kind="remind", due_at=due, created_at=now))
                planned += 1
        return planned

    # --- changing --------------------------------------------------------------------------------

    async def _invited(self, s, event_id: int) -> list[int]:  # noqa: ANN001
        return list((await s.execute(select(Attendance.member_id)
                                     .where(Attendance.event_id == event_id))).scalars())

    async def _skip_pending(self, s, event_id: int, reason: str, kinds: tuple[str, ...]) -> None:  # noqa: ANN001
        await s.execute(update(Reminder).where(
            Reminder.event_id == event_id, Reminder.state == "pending", Reminder.kind.in_(kinds))
            .values(state="skipped", skip_reason=reason))

    async def reschedule(self, admin_tid: int, event_id: int, starts_at: datetime,
                         ends_at: datetime | None = None, keep_length: bool = True) -> EventInfo:
        await self.members.require_admin(admin_tid)
        now = self.clock.now()
        async with self.db.transaction() as s:
            row = await self._editable(s, event_id)
            if starts_at <= now:
                raise UserError(texts.TIME_IN_PAST.format(when=format_when(starts_at, self.tz)))
            if ends_at is None and keep_length and row.ends_at is not None:
                ends_at = starts_at + (row.ends_at - row.starts_at)
            if ends_at is not None and ends_at <= starts_at:
                raise UserError(texts.EVENT_END_BEFORE_START)
            row.starts_at, row.ends_at, row.updated_at = starts_at, ends_at, now
            invited = await self._invited(s, row.id)
            await self._skip_pending(s, row.id, "replanned", ("remind",))
            self._plan_reminders(s, row, invited, now)
            self._tell(s, row.id, invited, "change", now)
            return self.info(row, (await self._counts(s, [row.id]))[row.id])

    async def move(self, admin_tid: int, event_id: int, place: str) -> EventInfo:
        await self.members.require_admin(admin_tid)
        place = (place or "").strip()
        if not place or len(place) > MAX_PLACE:
            raise UserError(texts.EVENT_PLACE_INVALID.format(limit=MAX_PLACE))
        now = self.clock.now()
        async with self.db.transaction() as s:
            row = await self._editable(s, event_id)
            row.place, row.updated_at = place, now
            self._tell(s, row.id, await self._invited(s, row.id), "change", now)
            return self.info(row, (await self._counts(s, [row.id]))[row.id])

    async def cancel(self, admin_tid: int, event_id: int) -> EventInfo:
        await self.members.require_admin(admin_tid)
        now = self.clock.now()
        async with self.db.transaction() as s:
            row = await self._editable(s, event_id)
            row.status, row.updated_at = "cancelled", now
            await self._skip_pending(s, row.id, "cancelled", BEFORE_START_ONLY)
            self._tell(s, row.id, await self._invited(s, row.id), "cancel", now)
            return self.info(row, (await self._counts(s, [row.id]))[row.id])

    async def _editable(self, s, event_id: int) -> Event:  # noqa: ANN001
        row = await self._event(s, event_id)
        if row.status == "cancelled":
            raise UserError(texts.EVENT_IS_CANCELLED)
        if row.starts_at <= self.clock.now():
            raise UserError(texts.EVENT_ALREADY_STARTED)
        return row

    def _tell(self, s, event_id: int, member_ids: Iterable[int], kind: str, now: datetime) -> None:  # noqa: ANN001
        for member_id in member_ids:
            s.add(Reminder(event_id=event_id, member_id=member_id, kind=kind, due_at=now, created_at=now))

    async def nudge_unanswered(self, admin_tid: int, event_id: int) -> int:
        """提醒未回复: a reminder now to everyone who has not answered; returns how many."""
        await self.members.require_admin(admin_tid)
        now = self.clock.now()
        async with self.db.transaction() as s:
            row = await self._editable(s, event_id)
            silent = list((await s.execute(select(Attendance.member_id).where(
                Attendance.event_id == row.id, Attendance.answer.is_(None)))).scalars())
            self._tell(s, row.id, silent, "nudge", now)
            return len(silent)

    # --- members' answers -------------------------------------------------------------------------

    async def _mine(self, s, telegram_id: int, event_id: int) -> tuple[Event, Attendance, Member]:  # noqa: ANN001
        found = (await s.execute(
            select(Event, Attendance, Member).join(Attendance, Attendance.event_id == Event.id)
            .join(Member, Member.id == Attendance.member_id)
            .where(Event.id == event_id, Member.telegram_id == telegram_id))).first()
        if found is None:
            raise UserError(texts.EVENT_NOT_FOR_YOU)
        return found[0], found[1], found[2]

    async def schedule(self, telegram_id: int) -> list[MyEvent]:
        """The member's events that have not ended, with their own answer."""
        await self.members.require_active(telegram_id)
        now = self.clock.now()
        async with self.db.transaction() as s:
            found = (await s.execute(
                select(Event, Attendance, Member).join(Attendance, Attendance.event_id == Event.id)
                .join(Member, Member.id == Attendance.member_id)
                .where(Member.telegram_id == telegram_id, Event.status == "active", self._not_ended(now))
                .order_by(Event.starts_at, Event.id).limit(30))).all()
            return [MyEvent(self.info(e), self._att_info(a, m)) for e, a, m in found]

    async def my_event(self, telegram_id: int, event_id: int) -> MyEvent:
        await self.members.require_active(telegram_id)
        async with self.db.transaction() as s:
            event, att, member = await self._mine(s, telegram_id, event_id)
            return MyEvent(self.info(event), self._att_info(att, member))

    def _answerable(self, event: Event) -> None:
        now = self.clock.now()
        if event.status == "cancelled":
            raise UserError(texts.EVENT_IS_CANCELLED)
        if self.end_of(event) <= now:
            raise UserError(texts.EVENT_ENDED)
        if event.starts_at <= now:
            raise UserError(texts.EVENT_ANSWER_CLOSED)

    async def can_answer(self, telegram_id: int, event_id: int) -> MyEvent:
        """Before asking for a leave reason: may this member still answer? (raises UserError)"""
        await self.members.require_active(telegram_id)
        async with self.db.transaction() as s:
            event, att, member = await self._mine(s, telegram_id, event_id)
            self._answerable(event)
            return MyEvent(self.info(event), self._att_info(att, member))

    async def attend(self, telegram_id: int, event_id: int) -> MyEvent:
        await self.members.require_active(telegram_id)
        async with self.db.transaction() as s:
            event, att, member = await self._mine(s, telegram_id, event_id)
            self._answerable(event)
            att.answer, att.answered_at = "attend", self.clock.now()
            att.leave_reason = att.leave_decision = att.decided_by = att.decided_at = None
            return MyEvent(self.info(event), self._att_info(att, member))

    async def request_leave(self, telegram_id: int, event_id: int, reason: str) -> MyEvent:
        await self.members.require_active(telegram_id)
        reason = " ".join((reason or "").split())
        if len(reason) < 2:
            raise UserError(texts.LEAVE_REASON_REQUIRED)
        if len(reason) > MAX_REASON:
            raise UserError(texts.LEAVE_REASON_TOO_LONG.format(limit=MAX_REASON))
        async with self.db.transaction() as s:
            event, att, member = await self._mine(s, telegram_id, event_id)
            self._answerable(event)
            att.answer, att.answered_at, att.leave_reason = "leave", self.clock.now(), reason
            att.leave_decision = att.decided_by = att.decided_at = None
            return MyEvent(self.info(event), self._att_info(att, member))

    async def decide_leave(self, admin_tid: int, attendance_id: int, approve: bool) -> LeaveDecision:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            att = await s.get(Attendance, attendance_id)
            if att is None:
                raise NotFound(attendance_id)
            event = await self._event(s, att.event_id)
            member = await s.get(Member, att.member_id)
            if att.answer != "leave" or att.leave_decision is not None:
                return LeaveDecision(self.info(event), self._att_info(att, member), changed=False)
            att.leave_decision = "approved" if approve else "rejected"
            att.decided_by, att.decided_at = admin_tid, self.clock.now()
            return LeaveDecision(self.info(event), self._att_info(att, member), changed=True)

    async def check_in(self, telegram_id: int, event_id: int) -> CheckIn:
        await self.members.require_active(telegram_id)
        now = self.clock.now()
        async with self.db.transaction() as s:
            event, att, _ = await self._mine(s, telegram_id, event_id)
            info = self.info(event)
            opens = event.starts_at - self.checkin_before
            if event.status == "cancelled":
                raise UserError(texts.EVENT_IS_CANCELLED)
            if att.checked_in_at is not None:
                return CheckIn("already", info, opens)
            if now < opens:
                return CheckIn("early", info, opens)
            if now >= self.end_of(event):
                return CheckIn("closed", info, opens)
            att.checked_in_at = now
            if att.answer != "attend":  # being there answers the question
                att.answer, att.answered_at = "attend", now
            return CheckIn("ok", info, opens)

    async def record(self, telegram_id: int) -> dict[str, int]:
        """A member's attendance so far (for the later 履职 summary): attended, leave, absent."""
        now = self.clock.now()
        async with self.db.transaction() as s:
            rows = (await s.execute(
                select(Event, Attendance).join(Attendance, Attendance.event_id == Event.id)
                .join(Member, Member.id == Attendance.member_id)
                .where(Member.telegram_id == telegram_id, Event.status == "active", Event.starts_at <= now))).all()
        tally = Counter()
        for _, att in rows:
            tally["attended" if att.checked_in_at else "leave" if att.answer == "leave" else "absent"] += 1
        return {"attended": tally["attended"], "leave": tally["leave"], "absent": tally["absent"]}

    # --- files ---------------------------------------------------------------------------------------

    async def ics_for(self, telegram_id: int, event_id: int | None = None) -> bytes:
        """One event of the member's, or all their upcoming ones, as an .ics file."""
        if event_id is not None:
            mine = [await self.my_event(telegram_id, event_id)]
        else:
            mine = await self.schedule(telegram_id)
        descriptions = {m.event.id: texts.EVENT_KIND_NAMES.get(m.event.kind, "") for m in mine}
        return ics_calendar([m.event for m in mine], self.clock.now(), description=descriptions)

    async def export_xlsx(self, admin_tid: int, event_id: int) -> bytes:
        from openpyxl import Workbook

        event, rows = await self.attendance(admin_tid, event_id)
        book = Workbook()
        sheet = book.active
        sheet.title = texts.ATTENDANCE_SHEET
        sheet.append([texts.EVENT_KIND_NAMES.get(event.kind, ""), _cell(event.title),
                      format_when(event.starts_at, self.tz), _cell(event.place)])
        sheet.append(list(texts.ATTENDANCE_COLUMNS))
        for row in rows:
            sheet.append([
                _cell(row.name), _cell(row.sector or ""), _cell(row.committee or ""),
                texts.ANSWER_NAMES.get(row.answer, texts.ANSWER_NONE), _cell(row.leave_reason or ""),
                texts.LEAVE_DECISION_NAMES.get(row.leave_decision, "") if row.answer == "leave" else "",
                row.checked_in_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M") if row.checked_in_at else "",
            ])
        for column, width in zip("ABCDEFG", (12, 14, 18, 8, 30, 8, 18)):
            sheet.column_dimensions[column].width = width
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()

    # --- the reminder dispatcher --------------------------------------------------------------------

    async def queue_due(self, limit: int = 200) -> tuple[int, int]:
        """Move due reminders into the outbox in one transaction; returns (queued, skipped).

        Each row due now becomes `queued` with a 'reminder' outbox notice (rendered at send
        time, its outcome written back by `reminder_outcome`), or `skipped` by the rules.
        The rows are locked (FOR UPDATE SKIP LOCKED), so two processes never queue one twice,
        and the notice commits with the row's new state, so a crash cannot lose or double it.
        """
        now = self.clock.now()
        async with self.db.transaction() as s:
            due, skipped = await self._take_due(s, limit, now)
            notices = []
            for row, event, member, _answer, occurrences in due:
                row.state = "queued"
                notices.append(Notice(REMINDER, member.telegram_id, {
                    "reminder_id": row.id, "kind": row.kind, "event_id": event.id, "occurrences": occurrences},
                    dedupe_key=f"reminder:{row.id}"))
            await add_notices(s, notices, now)
            return len(due), skipped

    async def claim_due(self, worker: str, limit: int = 50) -> Claim:
        """Claim up to `limit` due rows for `worker` (and skip the pointless ones) in one transaction."""
        now = self.clock.now()
        async with self.db.transaction() as s:
            due, skipped = await self._take_due(s, limit, now)
            claimed = []
            for row, event, member, answer, occurrences in due:
                row.state, row.claimed_at, row.claimed_by = "claimed", now, worker[:64]
                row.attempts += 1
                claimed.append(DueReminder(row.id, row.kind, self.info(event, occurrences=occurrences),
                                           member.telegram_id, answer, row.due_at))
            return Claim(tuple(claimed), skipped)

    async def _take_due(self, s, limit: int, now: datetime) -> tuple[list, int]:  # noqa: ANN001
        """Lock up to `limit` due rows, mark the pointless ones skipped; the rest with event, member,
        answer and (for a notice of a series) the number of occurrences."""
        stmt = (select(Reminder).where(or_(
            and_(Reminder.state == "pending", Reminder.due_at <= now),
            and_(Reminder.state == "claimed", Reminder.claimed_at < now - STALE_CLAIM)))
            .order_by(Reminder.due_at, Reminder.id).limit(limit))
        rows = list((await s.execute(self.db.for_update(stmt))).scalars())
        if not rows:
            return [], 0
        events = {e.id: e for e in (await s.execute(
            select(Event).where(Event.id.in_({r.event_id for r in rows})))).scalars()}
        members = {m.id: m for m in (await s.execute(
            select(Member).where(Member.id.in_({r.member_id for r in rows})))).scalars()}
        series = {e.series_id for e in events.values() if e.series_id}
        sizes = dict((await s.execute(select(Event.series_id, func.count()).where(
            Event.series_id.in_(series)).group_by(Event.series_id))).all()) if series else {}
        answers = {(a.event_id, a.member_id): a.answer for a in (await s.execute(
            select(Attendance).where(Attendance.event_id.in_(events),
                                     Attendance.member_id.in_(members)))).scalars()}
        due, skipped = [], 0
        for row in rows:
            event, member = events[row.event_id], members[row.member_id]
            answer = answers.get((row.event_id, row.member_id))
            reason = self._skip_reason(row, event, member, answer, now)
            if reason is not None:
                row.state, row.skip_reason = "skipped", reason
                skipped += 1
                continue
            occurrences = sizes.get(event.series_id, 1) if row.kind == "notice" else 1
            due.append((row, event, member, answer, occurrences))
        return due, skipped

    @staticmethod
    def still_relevant(kind: str, event: EventInfo, now: datetime) -> bool:
        """At send time: a queued reminder of an event cancelled or begun since is not sent."""
        if event.cancelled and kind != "cancel":
            return False
        return not (kind in BEFORE_START_ONLY and event.starts_at <= now)

    @staticmethod
    def _skip_reason(row: Reminder, event: Event, member: Member, answer: str | None,
                     now: datetime) -> str | None:
        if row.attempts >= MAX_ATTEMPTS:
            return "attempts"
        if event.status == "cancelled" and row.kind != "cancel":
            return "cancelled"
        if row.kind in BEFORE_START_ONLY and event.starts_at <= now:
            return "started"
        if row.kind in ("remind", "nudge") and answer == "leave":
            return "leave"
        if row.kind == "nudge" and answer is not None:
            return "answered"
        if member.status != "active" or not member.chat_started or not member.reachable:
            return "unreachable"
        return None

    async def finish(self, sent: Iterable[int] = (), failed: Iterable[int] = (), retry: Iterable[int] = ()) -> None:
        """Record what happened to claimed rows: sent, failed for good, or to be tried again."""
        now = self.clock.now()
        sent, failed, retry = list(sent), list(failed), list(retry)
        async with self.db.transaction() as s:
            if sent:
                await s.execute(update(Reminder).where(Reminder.id.in_(sent)).values(state="sent", sent_at=now))
            if failed:
                await s.execute(update(Reminder).where(Reminder.id.in_(failed))
                                .values(state="failed", skip_reason="unreachable"))
            if retry:
                await s.execute(update(Reminder).where(Reminder.id.in_(retry)).values(state="pending"))

    async def next_due_at(self) -> datetime | None:
        async with self.db.transaction() as s:
            return (await s.execute(select(func.min(Reminder.due_at))
                                    .where(Reminder.state == "pending"))).scalar_one()

    async def reminder_states(self, event_id: int | None = None) -> dict[str, int]:
        """How many rows are in each state (`skipped:started` etc. for skips) — for tests and the log."""
        async with self.db.transaction() as s:
            stmt = select(Reminder.state, Reminder.skip_reason, func.count()).group_by(
                Reminder.state, Reminder.skip_reason)
            if event_id is not None:
                stmt = stmt.where(Reminder.event_id == event_id)
            out: dict[str, int] = {}
            for state, reason, count in (await s.execute(stmt)).all():
                out[state] = out.get(state, 0) + count
                if reason:
                    out[f"{state}:{reason}"] = count
            return out


async def reminder_outcome(s, payload: dict[str, Any], state: str, now: datetime) -> None:  # noqa: ANN001
    """A reminder's outbox row got its outcome: the reminder row follows (reminder_states counts these)."""
    values: dict[str, Any] | None = None
    if state == SENT:
        values = {"state": "sent", "sent_at": now}
    elif state in (UNREACHABLE, FAILED):
        values = {"state": "failed", "skip_reason": "unreachable"}
    elif state == SKIPPED:
        values = {"state": "skipped", "skip_reason": "stale"}
    if values is not None:
        await s.execute(update(Reminder).where(Reminder.id == payload.get("reminder_id")).values(**values))


OUTCOME_HOOKS[REMINDER] = reminder_outcome


def _cell(value: str) -> str:
    """Spreadsheet cells that start with = + - @ would run as formulas: neutralise them."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
