"""Admins and their events: /events, the event view's buttons (attendance list, export,
提醒未回复, time, place, cancel) and the one-step edit flow ("evedit") for time and place.

A new time is echoed with its date and zone and waits for 确认 (step "time_ok" keeps it in the
dialog) before the event is moved; 重新输入 asks again."""

from __future__ import annotations

from datetime import datetime

from telegram import InputFile, Update

from bot import texts
from bot.dialogs import Dialog
from bot.errors import NotFound, UserError
from bot.events.public import EventClosed
from bot.timeparse import TimeParseError, format_when_zoned, parse_when
from handlers import menus
from handlers.common import admin_only, answer_query, esc, reply
from handlers.context import BotContext
from handlers.event_cards import (EventAdminButton, LeaveButton, admin_buttons, admin_card, drop_buttons,
                                  when_text)
from handlers.events.sending import send_due_now
from handlers.time_echo import confirm_buttons, is_current

EDIT = "evedit"


@admin_only
async def events_command(update: Update, context: BotContext) -> None:
    services = context.services
    tz = services.settings.timezone
    events = await services.events.upcoming(update.effective_user.id)
    if not events:
        await reply(update, texts.EVENTS_EMPTY)
        return
    lines = [texts.EVENTS_LINE.format(
        n=i, kind=texts.EVENT_KIND_NAMES.get(e.kind, ""), title=esc(e.title), when=when_text(e, tz),
        place=esc(e.place), attend=e.counts.attend, leave=e.counts.leave, none=e.counts.unanswered)
        for i, e in enumerate(events, 1)]
    buttons = [[(texts.EVENTS_OPEN.format(n=i, title=e.title[:20]), EventAdminButton("v", e.id).pack())]
               for i, e in enumerate(events, 1)]
    await reply(update, texts.EVENTS_HEADER + "\n\n" + "\n".join(lines), reply_markup=menus.inline(buttons[:30]))


# --- the event view's buttons, one function per action ----------------------------------------------

async def _view(update: Update, context: BotContext, event_id: int) -> None:
    event = await context.services.events.admin_view(update.effective_user.id, event_id)
    await answer_query(update)
    await reply(update, admin_card(event, context.services.settings.timezone), reply_markup=admin_buttons(event))


async def _attendance(update: Update, context: BotContext, event_id: int) -> None:
    await answer_query(update)
    text, pending = await _attendance_text(context, event_id)
    buttons = [[(f"{texts.APPROVE_LEAVE}：{r.name}", LeaveButton(r.id, True, from_list=True).pack()),
                (f"{texts.REJECT_LEAVE}：{r.name}", LeaveButton(r.id, False, from_list=True).pack())]
               for r in pending[:20]]
    await reply(update, text, reply_markup=menus.inline(buttons) if buttons else None)


async def _export(update: Update, context: BotContext, event_id: int) -> None:
    services, user_id = context.services, update.effective_user.id
    event = await services.events.admin_view(user_id, event_id)
    data = await services.events.export_xlsx(user_id, event_id)
    await answer_query(update)
    await update.get_bot().send_document(
        update.effective_chat.id, InputFile(data, filename=services.events.attendance_filename(event)),
        caption=texts.ATTENDANCE_FILE_CAPTION.format(title=esc(event.title)))


async def _nudge(update: Update, context: BotContext, event_id: int) -> None:
    count = await context.services.events.nudge_unanswered(update.effective_user.id, event_id)
    await answer_query(update)
    await reply(update, texts.EVENT_NUDGED.format(count=count) if count else texts.EVENT_NUDGE_NONE)
    await send_due_now(context)


async def _ask_edit(update: Update, context: BotContext, event_id: int, step: str) -> None:
    services, user_id = context.services, update.effective_user.id
    await services.events.start_edit(user_id, event_id)
    await services.dialogs.set(user_id, EDIT, step, {"event": event_id})
    await answer_query(update)
    await reply(update, texts.EVENT_ASK_NEW_TIME if step == "time" else texts.EVENT_ASK_NEW_PLACE)


async def _ask_time(update: Update, context: BotContext, event_id: int) -> None:
    await _ask_edit(update, context, event_id, "time")


async def _ask_place(update: Update, context: BotContext, event_id: int) -> None:
    await _ask_edit(update, context, event_id, "place")


async def _confirm_cancel(update: Update, context: BotContext, event_id: int) -> None:
    event = await context.services.events.admin_view(update.effective_user.id, event_id)
    await answer_query(update)
    await reply(update, texts.EVENT_CANCEL_CONFIRM.format(title=esc(event.title)), reply_markup=menus.inline([[
        (texts.EVENT_CANCEL_YES, EventAdminButton("cy", event_id).pack()),
        (texts.EVENT_CANCEL_NO, EventAdminButton("v", event_id).pack())]]))


async def _cancel(update: Update, context: BotContext, event_id: int) -> None:
    event = await context.services.events.cancel(update.effective_user.id, event_id)
    await answer_query(update)
    await drop_buttons(update)
    invited = event.counts.attend + event.counts.leave + event.counts.unanswered
    await reply(update, texts.EVENT_CANCELLED_DONE.format(title=esc(event.title), count=invited))
    await send_due_now(context)


async def _confirm_time(update: Update, context: BotContext, event_id: int) -> None:
    services, user_id = context.services, update.effective_user.id
    tz = services.settings.timezone
    dialog = await services.dialogs.get(user_id)
    if (dialog is None or dialog.flow != EDIT or dialog.step != "time_ok"
            or int(dialog.data.get("event", 0)) != event_id
            or not is_current(update, _time_echo(datetime.fromisoformat(dialog.data["start"]), tz))):
        await drop_buttons(update)
        await answer_query(update, texts.EVENT_TIME_CONFIRM_STALE, alert=True)
        return
    event = await services.events.reschedule(user_id, event_id, datetime.fromisoformat(dialog.data["start"]))
    await services.dialogs.clear(user_id, EDIT)
    await answer_query(update)
    await drop_buttons(update)
    await reply(update, texts.EVENT_TIME_CHANGED.format(when=when_text(event, tz)), reply_markup=menus.menu_for(context.member))
    await reply(update, admin_card(event, tz), reply_markup=admin_buttons(event))
    await send_due_now(context)


async def _retype_time(update: Update, context: BotContext, event_id: int) -> None:
    await drop_buttons(update)
    await _ask_time(update, context, event_id)


def _time_echo(starts: datetime, tz) -> str:  # noqa: ANN001
    return texts.EVENT_CONFIRM_NEW_TIME.format(when=format_when_zoned(starts, tz))


ACTIONS = {"v": _view, "a": _attendance, "x": _export, "n": _nudge, "t": _ask_time, "tk": _confirm_time,
           "tr": _retype_time, "p": _ask_place, "c": _confirm_cancel, "cy": _cancel}


@admin_only
async def event_admin_button(update: Update, context: BotContext) -> None:
    button = EventAdminButton.parse(update.callback_query.data)
    action = ACTIONS.get(button.action) if button is not None else None
    if action is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    try:
        await action(update, context, button.event_id)
    except UserError as exc:
        await answer_query(update, exc.text, alert=True)
    except NotFound:
        await answer_query(update, texts.BUTTON_EXPIRED, alert=True)


async def _attendance_text(context: BotContext, event_id: int) -> tuple[str, list]:
    """The attendance list, and the leave requests still waiting for a decision."""
    services = context.services
    tz = services.settings.timezone
    event, rows = await services.events.attendance(context.member.telegram_id, event_id)

    def names(items) -> str:  # noqa: ANN001
        return "、".join(esc(r.name) for r in items) or texts.ATTENDANCE_EMPTY

    attend = [r for r in rows if r.answer == "attend"]
    leave = [r for r in rows if r.answer == "leave"]
    silent = [r for r in rows if r.answer is None]
    checked = [r for r in rows if r.checked_in_at is not None]
    leave_lines = "\n".join(texts.ATTENDANCE_LEAVE_LINE.format(
        name=esc(r.name), reason=esc(r.leave_reason or ""), decision=texts.LEAVE_DECISION_NAMES.get(r.leave_decision))
        for r in leave) or texts.ATTENDANCE_EMPTY
    checked_lines = "、".join(f"{esc(r.name)} {r.checked_in_at.astimezone(tz):%H:%M}" for r in checked) \
        or texts.ATTENDANCE_EMPTY
    text = (texts.ATTENDANCE_HEADER.format(title=esc(event.title))
            + texts.ATTENDANCE_ATTEND.format(count=len(attend), lines=names(attend))
            + texts.ATTENDANCE_LEAVE.format(count=len(leave), lines=leave_lines)
            + texts.ATTENDANCE_NONE.format(count=len(silent), lines=names(silent))
            + texts.ATTENDANCE_CHECKED.format(count=len(checked), lines=checked_lines))
    return text, [r for r in leave if r.leave_decision is None]


# --- the edit flow ----------------------------------------------------------------------------------

async def edit_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    services = context.services
    user_id = update.effective_user.id
    if not await services.members.is_admin(user_id):
        await services.dialogs.clear(user_id, EDIT)
        await reply(update, texts.NOT_ALLOWED)
        return
    text = (update.effective_message.text or "").strip()
    if not text:
        await reply(update, texts.NEWEVENT_NEEDS_TEXT)
        return
    tz = services.settings.timezone
    event_id = int(dialog.data["event"])
    try:
        if dialog.step in ("time", "time_ok"):
            starts = parse_when(text, services.clock.now(), tz)
            await services.dialogs.set(user_id, EDIT, "time_ok", {"event": event_id, "start": starts.isoformat()})
            await reply(update, _time_echo(starts, tz), reply_markup=confirm_buttons(
                EventAdminButton("tk", event_id).pack(), EventAdminButton("tr", event_id).pack()))
            return
        else:
            event = await services.events.move(user_id, event_id, text)
            done = texts.EVENT_PLACE_CHANGED.format(place=esc(event.place))
    except TimeParseError as exc:
        await reply(update, esc(exc.reason))
        return
    except UserError as exc:
        await reply(update, exc.text)
        if isinstance(exc, EventClosed):
            await services.dialogs.clear(user_id, EDIT)
        return
    await services.dialogs.clear(user_id, EDIT)
    await reply(update, done, reply_markup=menus.menu_for(context.member))
    await reply(update, admin_card(event, tz), reply_markup=admin_buttons(event))
    await send_due_now(context)
