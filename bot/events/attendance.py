"""Members and their events: 活动日程, 参加 / 请假 with a reason, the organiser's leave decision,
签到, and the attendance record."""

from __future__ import annotations

from collections import Counter

from bot import texts
from bot.errors import NotFound, UserError
from bot.events.models import (DEFAULT_CHECKIN_CLOSE, MAX_REASON, CheckIn, EventClosed, LeaveDecision, MyEvent,
                               attendance_info)
from storage.events import Attendance, Event
from bot.outbox import LEAVE_DECISION, LEAVE_REQUEST, LEAVE_WITHDRAWN, Notice, add_notices
from storage.models import Member
from storage.queries import events as q
from storage.queries import members as member_queries


class AttendanceMixin:
    async def _tell(self, s, telegram_id: int, kind: str, payload: dict) -> None:  # noqa: ANN001
        """Queue a notice with this change, unless its recipient is known to be out of reach."""
        row = await member_queries.by_telegram_id(s, telegram_id)
        if row is None or self.members.info(row).can_receive:
            await add_notices(s, [Notice(kind, telegram_id, payload)], self.clock.now())

    async def _mine(self, s, telegram_id: int, event_id: int) -> tuple[Event, Attendance, Member]:  # noqa: ANN001
        found = await q.member_attendance(s, telegram_id, event_id)
        if found is None:
            raise EventClosed(texts.EVENT_NOT_FOR_YOU)
        return found

    def _my_event(self, event: Event, att: Attendance, member: Member) -> MyEvent:
        return MyEvent(self.info(event), attendance_info(att, member))

    async def schedule(self, telegram_id: int) -> list[MyEvent]:
        """The member's events that have not ended, with their own answer."""
        await self.members.require_active(telegram_id)
        now = self.clock.now()
        async with self.db.transaction() as s:
            found = await q.member_schedule(s, telegram_id, now, DEFAULT_CHECKIN_CLOSE, limit=30)
            return [self._my_event(e, a, m) for e, a, m in found]

    async def my_event(self, telegram_id: int, event_id: int) -> MyEvent:
        await self.members.require_active(telegram_id)
        async with self.db.transaction() as s:
            return self._my_event(*await self._mine(s, telegram_id, event_id))

    def _answerable(self, event: Event) -> None:
        now = self.clock.now()
        if event.status == "cancelled":
            raise EventClosed(texts.EVENT_IS_CANCELLED)
        if self.end_of(event) <= now:
            raise EventClosed(texts.EVENT_ENDED)
        if event.starts_at <= now:
            raise EventClosed(texts.EVENT_ANSWER_CLOSED)

    async def can_answer(self, telegram_id: int, event_id: int) -> MyEvent:
        """Before asking for a leave reason: may this member still answer? (raises UserError)"""
        await self.members.require_active(telegram_id)
        async with self.db.transaction() as s:
            event, att, member = await self._mine(s, telegram_id, event_id)
            self._answerable(event)
            return self._my_event(event, att, member)

    async def attend(self, telegram_id: int, event_id: int) -> MyEvent:
        await self.members.require_active(telegram_id)
        async with self.db.transaction() as s:
            event, att, member = await self._mine(s, telegram_id, event_id)
            self._answerable(event)
            if att.answer == "leave":  # the organiser saw the leave request: it is withdrawn
                await self._tell(s, event.organiser_tid, LEAVE_WITHDRAWN, {
                    "event_id": event.id, "name": attendance_info(att, member).name})
            att.answer, att.answered_at = "attend", self.clock.now()
            att.leave_reason = att.leave_decision = att.decided_by = att.decided_at = None
            return self._my_event(event, att, member)

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
            info = attendance_info(att, member)
            await self._tell(s, event.organiser_tid, LEAVE_REQUEST, {
                "event_id": event.id, "attendance_id": att.id, "name": info.name, "sector": info.sector,
                "reason": reason})
            return self._my_event(event, att, member)

    async def decide_leave(self, admin_tid: int, attendance_id: int, approve: bool) -> LeaveDecision:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            att = await q.get_attendance(s, attendance_id)
            if att is None:
                raise NotFound(attendance_id)
            event = await self._event(s, att.event_id)
            member = await q.get_member(s, att.member_id)
            if att.answer != "leave" or att.leave_decision is not None:
                return LeaveDecision(self.info(event), attendance_info(att, member), changed=False)
            att.leave_decision = "approved" if approve else "rejected"
            att.decided_by, att.decided_at = admin_tid, self.clock.now()
            await self._tell(s, member.telegram_id, LEAVE_DECISION, {"event_id": event.id, "approved": approve})
            return LeaveDecision(self.info(event), attendance_info(att, member), changed=True)

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
            rows = await q.member_past_attendance(s, telegram_id, now)
        tally = Counter()
        for att in rows:
            tally["attended" if att.checked_in_at else "leave" if att.answer == "leave" else "absent"] += 1
        return {"attended": tally["attended"], "leave": tally["leave"], "absent": tally["absent"]}
