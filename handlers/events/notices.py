"""The messages the events feature sends on its own to someone other than the person who
pressed: to the organiser about leave, to the member about the decision. One function each,
so the outbox rework can convert them in one place."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot import texts
from bot.events import AttendanceInfo, EventInfo, LeaveDecision
from handlers.common import esc, send_to
from handlers.context import BotContext
from handlers.event_cards import card, leave_buttons, when_text


async def tell_organiser_leave_withdrawn(context: BotContext, event: EventInfo, att: AttendanceInfo) -> None:
    await send_to(context, event.organiser_tid, texts.LEAVE_WITHDRAWN_TO_ORGANISER.format(
        name=esc(att.name), title=esc(event.title)))


async def tell_organiser_leave_request(context: BotContext, event: EventInfo, att: AttendanceInfo,
                                       tz: ZoneInfo) -> None:
    await send_to(context, event.organiser_tid, texts.LEAVE_REQUEST_TO_ORGANISER.format(
        name=esc(att.name), sector=esc(att.sector or texts.NONE_CHOICE), card=card(event, tz),
        reason=esc(att.leave_reason)), reply_markup=leave_buttons(att.id))


async def tell_member_leave_decision(context: BotContext, decision: LeaveDecision, tz: ZoneInfo) -> None:
    approved = decision.attendance.leave_decision == "approved"
    notice = texts.LEAVE_APPROVED_NOTICE if approved else texts.LEAVE_REJECTED_NOTICE
    await send_to(context, decision.attendance.telegram_id, notice.format(
        title=esc(decision.event.title), when=when_text(decision.event, tz)))
