"""How events look in a chat: the card text and the buttons members and admins press.

Shared by the event handlers and the reminder sender, so a notice, a reminder and
the schedule show an event the same way.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot import texts
from bot.events import AttendanceInfo, EventInfo
from bot.timeparse import format_clock, format_when, offset_label
from handlers import callbacks, menus
from handlers.common import esc


def when_text(event: EventInfo, tz: ZoneInfo) -> str:
    text = format_when(event.starts_at, tz)
    if event.ends_at is not None:
        same_day = event.ends_at.astimezone(tz).date() == event.starts_at.astimezone(tz).date()
        text += texts.EVENT_CARD_END.format(end=format_clock(event.ends_at, tz) if same_day
                                            else format_when(event.ends_at, tz))
    return text


def card(event: EventInfo, tz: ZoneInfo) -> str:
    text = texts.EVENT_CARD.format(kind=texts.EVENT_KIND_NAMES.get(event.kind, ""), title=esc(event.title),
                                   when=when_text(event, tz), place=esc(event.place))
    if event.occurrences > 1:
        text += texts.EVENT_SERIES_NOTE.format(repeat=texts.REPEAT_NAMES[event.repeat], count=event.occurrences)
    return text


def answer_line(att: AttendanceInfo | None, tz: ZoneInfo) -> str:
    if att is None:
        return ""
    if att.answer == "leave":
        text = texts.EVENT_MY_LEAVE.format(reason=esc(att.leave_reason or ""),
                                           decision=texts.LEAVE_DECISION_NAMES.get(att.leave_decision))
    else:
        text = texts.EVENT_MY_ANSWER.format(answer=texts.ANSWER_NAMES.get(att.answer, texts.ANSWER_NONE))
    if att.checked_in_at is not None:
        text += texts.EVENT_CHECKED_IN.format(time=format_clock(att.checked_in_at, tz))
    return text


def answer_name(answer: str | None) -> str:
    return texts.ANSWER_NAMES.get(answer, texts.ANSWER_NONE)


def member_buttons(event: EventInfo):  # noqa: ANN201
    return menus.inline([
        [(texts.ATTEND, callbacks.make("er", "a", event.id)), (texts.LEAVE, callbacks.make("er", "l", event.id))],
        [(texts.CHECK_IN, callbacks.make("ec", event.id)),
         (texts.ADD_TO_CALENDAR, callbacks.make("er", "i", event.id))],
    ])


def time_left(event: EventInfo, now: datetime) -> str:
    minutes = max(1, round((event.starts_at - now) / timedelta(minutes=1)))
    return offset_label(minutes)


def reminder_message(kind: str, event: EventInfo, tz: ZoneInfo, now: datetime):  # noqa: ANN201
    """(text, keyboard) of a reminder row of this kind."""
    body = card(event, tz)
    if kind == "notice":
        return texts.NOTICE_NEW_EVENT.format(card=body), member_buttons(event)
    if kind == "remind":
        return texts.REMINDER_TEXT.format(left=time_left(event, now), card=body), member_buttons(event)
    if kind == "nudge":
        return texts.REMINDER_NUDGE.format(card=body), member_buttons(event)
    if kind == "change":
        return texts.NOTICE_CHANGED.format(card=body), member_buttons(event)
    return texts.NOTICE_CANCELLED.format(card=body), None


def admin_card(event: EventInfo, tz: ZoneInfo) -> str:
    c = event.counts
    text = texts.EVENT_ADMIN_CARD.format(card=card(event, tz), attend=c.attend, leave=c.leave,
                                         none=c.unanswered, checked=c.checked_in)
    if event.cancelled:
        text += texts.EVENT_ADMIN_CANCELLED
    return text


def admin_buttons(event: EventInfo):  # noqa: ANN201
    rows = [[(texts.EVENT_BTN_ATTENDANCE, callbacks.make("ev", "a", event.id)),
             (texts.EVENT_BTN_EXPORT, callbacks.make("ev", "x", event.id))]]
    if not event.cancelled:
        rows += [[(texts.EVENT_BTN_NUDGE, callbacks.make("ev", "n", event.id))],
                 [(texts.EVENT_BTN_TIME, callbacks.make("ev", "t", event.id)),
                  (texts.EVENT_BTN_PLACE, callbacks.make("ev", "p", event.id))],
                 [(texts.EVENT_BTN_CANCEL, callbacks.make("ev", "c", event.id))]]
    return menus.inline(rows)


def leave_buttons(attendance_id: int):  # noqa: ANN201
    return menus.inline([[(texts.APPROVE_LEAVE, callbacks.make("el", attendance_id, "y")),
                          (texts.REJECT_LEAVE, callbacks.make("el", attendance_id, "n"))]])
