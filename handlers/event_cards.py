"""How events look in a chat: the card text, the buttons members and admins press, and the
typed data those buttons carry.

Shared by the event handlers (handlers/events/) and the reminder sender, so a notice, a
reminder and the schedule show an event the same way. Button kinds: en (new-event form),
ev (admin's event view), er (member's answer / calendar), ec (check-in), el (leave decision).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo


from bot import texts
from bot.events.public import AttendanceInfo, EventInfo
from bot.events.recipient import RecipientState
from bot.timeparse import format_clock, format_when, offset_label
from handlers import menus
from handlers.buttons import ButtonData
from handlers.common import drop_buttons, esc  # noqa: F401 - drop_buttons: imported from here by the events handlers


# --- button data --------------------------------------------------------------------------------

@dataclass(frozen=True)
class NewEventButton(ButtonData):
    """A choice in the /newevent form: `action` names the step's button (k kind, ok/re start
    confirmed / retyped, skip end, eok/ere end, a audience, o default offsets, ook/ore offsets,
    r repeat, pub, x cancel); `value` and `index` what was chosen."""

    prefix = "en"
    action: str = field(metadata={"max_len": 4})
    value: str = field(default="", metadata={"max_len": 10})
    index: int | None = None


@dataclass(frozen=True)
class EventAdminButton(ButtonData):
    """The admin's event view: v view, a attendance, x export, n nudge, t time, p place,
    tk new time confirmed, tr retyped, c cancel (asks), cy cancel (confirmed)."""

    prefix = "ev"
    action: str = field(metadata={"max_len": 2})
    event_id: int


@dataclass(frozen=True)
class MemberEventButton(ButtonData):
    """A member's event: v view, a attend, l leave, i calendar file; ia (no event) all to calendar."""

    prefix = "er"
    action: str = field(metadata={"max_len": 2})
    event_id: int | None = None


@dataclass(frozen=True)
class CheckInButton(ButtonData):
    prefix = "ec"
    event_id: int


@dataclass(frozen=True)
class LeaveButton(ButtonData):
    """The decision on a leave request, pressed on the request itself or on the attendance list."""

    prefix = "el"
    attendance_id: int
    approve: bool
    from_list: bool = False


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
        [(texts.ATTEND, MemberEventButton("a", event.id).pack()),
         (texts.LEAVE, MemberEventButton("l", event.id).pack())],
        [(texts.CHECK_IN, CheckInButton(event.id).pack()),
         (texts.ADD_TO_CALENDAR, MemberEventButton("i", event.id).pack())],
    ])


def recipient_buttons(event: EventInfo, state: RecipientState):  # noqa: ANN201
    """A reminder's buttons: only the answers that change the member's current one, and 签到 only
    while it is open and not yet done."""
    att = state.attendance
    answer = att.answer if att is not None else None
    first = []
    if answer != "attend":
        first.append((texts.ATTEND, MemberEventButton("a", event.id).pack()))
    if answer != "leave":
        first.append((texts.LEAVE, MemberEventButton("l", event.id).pack()))
    second = []
    if state.checkin_open and (att is None or att.checked_in_at is None):
        second.append((texts.CHECK_IN, CheckInButton(event.id).pack()))
    second.append((texts.ADD_TO_CALENDAR, MemberEventButton("i", event.id).pack()))
    return menus.inline([first, second])


def recipient_line(state: RecipientState, tz: ZoneInfo) -> str:
    """The member's current answer, as the reminder states it ("您已报名参加")."""
    att = state.attendance
    if att is None or att.answer is None:
        return ""
    if att.answer == "leave":
        text = texts.REMINDER_YOU_LEAVE.format(decision=texts.LEAVE_DECISION_NAMES.get(att.leave_decision))
    else:
        text = texts.REMINDER_YOU_ATTEND
    if att.checked_in_at is not None:
        text += texts.EVENT_CHECKED_IN.format(time=format_clock(att.checked_in_at, tz))
    return text


def time_left(event: EventInfo, now: datetime) -> str:
    minutes = max(1, round((event.starts_at - now) / timedelta(minutes=1)))
    return offset_label(minutes)


def reminder_message(kind: str, event: EventInfo, tz: ZoneInfo, now: datetime,  # noqa: ANN201
                     state: RecipientState | None = None):
    """(text, keyboard) of a reminder row of this kind; with the recipient's `state` (read when it is
    sent) it states their current answer and offers only what changes it."""
    body = card(event, tz)
    if kind == "cancel":
        return texts.NOTICE_CANCELLED.format(card=body), None
    if state is None:
        buttons, mine = member_buttons(event), ""
    else:
        buttons, mine = recipient_buttons(event, state), recipient_line(state, tz)
    answered = bool(mine)
    if kind == "notice":
        text = (texts.NOTICE_NEW_EVENT_ANSWERED if answered else texts.NOTICE_NEW_EVENT).format(card=body)
    elif kind == "remind":
        text = texts.REMINDER_TEXT.format(left=time_left(event, now), card=body)
    elif kind == "nudge":
        text = (texts.REMINDER_NUDGE_ANSWERED if answered else texts.REMINDER_NUDGE).format(card=body)
    else:
        text = texts.NOTICE_CHANGED.format(card=body)
    return text + mine, buttons


def admin_card(event: EventInfo, tz: ZoneInfo) -> str:
    c = event.counts
    text = texts.EVENT_ADMIN_CARD.format(card=card(event, tz), attend=c.attend, leave=c.leave,
                                         none=c.unanswered, checked=c.checked_in)
    if event.cancelled:
        text += texts.EVENT_ADMIN_CANCELLED
    return text


def admin_buttons(event: EventInfo):  # noqa: ANN201
    def button(label: str, action: str) -> tuple[str, str]:
        return label, EventAdminButton(action, event.id).pack()

    rows = [[button(texts.EVENT_BTN_ATTENDANCE, "a"), button(texts.EVENT_BTN_EXPORT, "x")]]
    if not event.cancelled:
        rows += [[button(texts.EVENT_BTN_NUDGE, "n")],
                 [button(texts.EVENT_BTN_TIME, "t"), button(texts.EVENT_BTN_PLACE, "p")],
                 [button(texts.EVENT_BTN_CANCEL, "c")]]
    return menus.inline(rows)


def leave_buttons(attendance_id: int):  # noqa: ANN201
    return menus.inline([[(texts.APPROVE_LEAVE, LeaveButton(attendance_id, True).pack()),
                          (texts.REJECT_LEAVE, LeaveButton(attendance_id, False).pack())]])
