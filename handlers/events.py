"""Events, Telegram side: /newevent, /events and the event view (admins); 活动日程, answers,
leave, check-in and calendar files (members); the reminder ticker.

/newevent's steps and rules are in bot/event_form.py (the step lives in the dialog
store, so a restart continues the form); this module asks and renders. Edits of an
event's time or place and a member's leave reason are one-step flows ("evedit",
"evleave"). Callback kinds: en (new-event form), ev (admin's event view),
er (member's answer / calendar), ec (check-in), el (leave decision).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from telegram import InputFile, Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot import texts
from handlers.context import BotContext
from bot.dialogs import Dialog
from bot.errors import NotFound, UserError
from bot import event_form as form
from bot.event_form import StaleButton
from bot.events import KINDS, MAX_REASON, MAX_TITLE, EventInfo
from bot.timeparse import TimeParseError, format_when, offset_label, parse_when
from handlers import callbacks, jobs, menus, router
from handlers.common import admin_only, answer_query, esc, member_only, reply, send_to
from handlers.event_cards import (admin_buttons, admin_card, answer_line, answer_name, card, leave_buttons,
                                  member_buttons, when_text)
from handlers.reminder_sender import dispatch_due

log = logging.getLogger(__name__)

NEW, EDIT, LEAVE_FLOW = form.FLOW, "evedit", "evleave"
IDLE_WAIT_SECONDS = 0.5


# --- sending what is due ---------------------------------------------------------------------

async def reminders_ticker(application: Application) -> None:
    """Woken every second. A running bot keeps one dispatcher loop per process; tests and
    the scripted chat session (no running JobQueue) dispatch right here and wait for it."""
    if not application.running:
        await dispatch_due(application)
        return
    task = application.bot_data.get("reminder_loop")
    if task is None or task.done():
        application.bot_data["reminder_wake"] = asyncio.Event()
        application.bot_data["reminder_loop"] = application.create_task(_dispatch_loop(application))
    else:  # e.g. the chat session's @advance moved the clock: look again now
        application.bot_data["reminder_wake"].set()


async def _dispatch_loop(application: Application) -> None:
    services = application.bot_data["services"]
    wake: asyncio.Event = application.bot_data["reminder_wake"]
    while application.running:
        try:
            await dispatch_due(application)
            next_due = await services.events.next_due_at()
        except Exception:  # noqa: BLE001 - keep the loop alive; the next round tries again
            log.exception("reminder dispatch failed")
            next_due = None
        wait = IDLE_WAIT_SECONDS
        if next_due is not None:
            wait = min(IDLE_WAIT_SECONDS, max(0.0, (next_due - services.clock.now()).total_seconds()))
        wake.clear()
        try:
            await asyncio.wait_for(wake.wait(), timeout=wait)
        except asyncio.TimeoutError:
            pass


async def send_due_now(context: BotContext) -> None:
    """After a publish, edit or 提醒未回复: the new rows go out at once."""
    application = context.application
    if application.running:
        wake = application.bot_data.get("reminder_wake")
        if wake is not None:
            wake.set()
        else:
            await reminders_ticker(application)
        return
    await dispatch_due(application)


# --- /newevent -------------------------------------------------------------------------------------

def _kind_buttons():  # noqa: ANN202
    return menus.inline([[(texts.EVENT_KIND_NAMES[k], callbacks.make("en", "k", k)) for k in KINDS]])


def _audience_label(audience: dict) -> str:
    if audience.get("all"):
        return texts.NEWEVENT_AUDIENCE_ALL
    names = list(audience.get("committees") or []) + list(audience.get("sectors") or [])
    return "、".join(esc(n) for n in names) or texts.NEWEVENT_AUDIENCE_NONE


async def _audience_prompt(context: BotContext, data: dict) -> tuple[str, object]:
    settings = context.services.settings
    audience = form.audience_of(data)
    count = await context.services.events.audience_size(audience)
    mark = "✅ "
    rows = [[((mark if data.get("all") else "") + texts.NEWEVENT_AUDIENCE_ALL, callbacks.make("en", "a", "all"))]]
    committees = [((mark if c in data.get("committees", []) else "") + c, callbacks.make("en", "a", "c", i))
                  for i, c in enumerate(settings.special_committees)]
    sectors = [((mark if c in data.get("sectors", []) else "") + c, callbacks.make("en", "a", "s", i))
               for i, c in enumerate(settings.sectors)]
    rows += menus.grid(committees, 2) + menus.grid(sectors, 3)
    rows.append([(texts.DONE, callbacks.make("en", "a", "done"))])
    text = texts.NEWEVENT_ASK_AUDIENCE.format(chosen=_audience_label(audience), count=count)
    return text, menus.inline(rows)


async def _ask(update: Update, context: BotContext, step: str, data: dict) -> None:
    tz = context.services.settings.timezone
    if step == form.KIND:
        await reply(update, texts.NEWEVENT_ASK_KIND, reply_markup=_kind_buttons())
    elif step == form.TITLE:
        await reply(update, texts.NEWEVENT_ASK_TITLE.format(limit=MAX_TITLE))
    elif step == form.START:
        await reply(update, texts.NEWEVENT_ASK_START)
    elif step == form.START_OK:
        when = format_when(datetime.fromisoformat(data["start"]), tz)
        await reply(update, texts.NEWEVENT_CONFIRM_START.format(when=when), reply_markup=menus.inline([[
            (texts.NEWEVENT_START_OK, callbacks.make("en", "ok")),
            (texts.NEWEVENT_START_RETYPE, callbacks.make("en", "re"))]]))
    elif step == form.END:
        await reply(update, texts.NEWEVENT_ASK_END,
                    reply_markup=menus.inline([[(texts.SKIP, callbacks.make("en", "skip"))]]))
    elif step == form.PLACE:
        await reply(update, texts.NEWEVENT_ASK_PLACE)
    elif step == form.AUDIENCE:
        text, markup = await _audience_prompt(context, data)
        await reply(update, text, reply_markup=markup)
    elif step == form.OFFSETS:
        default = "、".join(offset_label(m) for m in context.services.events.default_offsets)
        await reply(update, texts.NEWEVENT_ASK_OFFSETS.format(default=default),
                    reply_markup=menus.inline([[(texts.NEWEVENT_USE_DEFAULT, callbacks.make("en", "o", "def"))]]))
    elif step == form.REPEAT:
        await reply(update, texts.NEWEVENT_ASK_REPEAT, reply_markup=menus.inline([[
            (texts.REPEAT_NAMES[r], callbacks.make("en", "r", r)) for r in ("none", "weekly", "monthly")]]))
    elif step == form.UNTIL:
        await reply(update, texts.NEWEVENT_ASK_UNTIL)
    elif step == form.PREVIEW:
        await _preview(update, context, data)


async def _preview(update: Update, context: BotContext, data: dict) -> None:
    services = context.services
    tz = services.settings.timezone
    draft = form.draft_of(data)
    preview_event = EventInfo(0, draft.kind, draft.title, draft.starts_at, draft.ends_at, draft.place,
                              draft.audience, 0, draft.offsets, draft.repeat, None, None, "active")
    count = await services.events.audience_size(draft.audience)
    text = texts.NEWEVENT_PREVIEW.format(
        card=card(preview_event, tz), audience=_audience_label(draft.audience), count=count,
        offsets="、".join(offset_label(m) for m in draft.offsets) or texts.NONE_CHOICE,
        repeat=texts.REPEAT_NAMES[draft.repeat])
    if draft.repeat != "none":
        dates = services.events.occurrences(draft)
        text += texts.NEWEVENT_PREVIEW_SERIES.format(count=len(dates), first=format_when(dates[0][0], tz),
                                                     last=format_when(dates[-1][0], tz))
    await reply(update, text, reply_markup=menus.inline([[
        (texts.NEWEVENT_PUBLISH, callbacks.make("en", "pub")), (texts.CANCEL, callbacks.make("en", "x"))]]))


@admin_only
async def newevent(update: Update, context: BotContext) -> None:
    state = await context.services.event_form.begin(update.effective_user.id)
    await _ask(update, context, state.step, state.data)


async def newevent_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    if not await context.services.members.is_admin(update.effective_user.id):  # demoted mid-form
        await context.services.dialogs.clear(update.effective_user.id, NEW)
        await reply(update, texts.NOT_ALLOWED)
        return
    message = update.effective_message
    if message.text is None:
        await reply(update, texts.NEWEVENT_NEEDS_TEXT)
        await _ask(update, context, dialog.step, dict(dialog.data))
        return
    state = await context.services.event_form.answer(update.effective_user.id, message.text)
    if state.error:
        await reply(update, esc(state.error))  # form errors are plain sentences, some quoting what was typed
        return
    if state.step is not None:
        await _ask(update, context, state.step, state.data)


async def newevent_cancel(update: Update, context: BotContext, dialog: Dialog) -> None:
    await reply(update, texts.NEWEVENT_CANCELLED, reply_markup=menus.main_menu())


@admin_only
async def newevent_button(update: Update, context: BotContext) -> None:
    _, parts = callbacks.parse(update.callback_query.data)
    action = parts[0] if parts else ""
    try:
        state = await context.services.event_form.choose(update.effective_user.id, action, parts[1:])
    except StaleButton:
        await answer_query(update, texts.NEWEVENT_STALE, alert=True)
        return
    if state.error:
        await answer_query(update, state.error, alert=True)
        if state.step == form.START:
            await _ask(update, context, state.step, state.data)
        return
    await answer_query(update)
    if action == "x":
        await reply(update, texts.NEWEVENT_CANCELLED, reply_markup=menus.main_menu())
    elif action == "a" and state.step == form.AUDIENCE:
        text, markup = await _audience_prompt(context, state.data)
        await update.callback_query.message.edit_text(text, reply_markup=markup)
    elif action == "pub":
        await _published(update, context, state)
    else:
        await _ask(update, context, state.step, state.data)


async def _published(update: Update, context: BotContext, state: form.FormState) -> None:
    await _drop_buttons(update)
    first = state.events[0]
    if len(state.events) > 1:
        done = texts.NEWEVENT_PUBLISHED_SERIES.format(occurrences=len(state.events), count=state.invited)
    else:
        done = texts.NEWEVENT_PUBLISHED.format(count=state.invited)
    await reply(update, done, reply_markup=menus.main_menu())
    await reply(update, admin_card(first, context.services.settings.timezone), reply_markup=admin_buttons(first))
    await send_due_now(context)


async def _drop_buttons(update: Update) -> None:
    """Remove the buttons of the pressed message (already gone: nothing to do)."""
    message = update.callback_query.message
    if message is None or message.reply_markup is None:
        return
    try:
        await message.edit_reply_markup(None)
    except BadRequest:
        pass


# --- /events and the admin's event view -------------------------------------------------------------

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
    buttons = [[(texts.EVENTS_OPEN.format(n=i, title=e.title[:20]), callbacks.make("ev", "v", e.id))]
               for i, e in enumerate(events, 1)]
    await reply(update, texts.EVENTS_HEADER + "\n\n" + "\n".join(lines), reply_markup=menus.inline(buttons[:30]))


@admin_only
async def event_admin_button(update: Update, context: BotContext) -> None:
    services = context.services
    tz = services.settings.timezone
    user_id = update.effective_user.id
    _, parts = callbacks.parse(update.callback_query.data)
    action, event_id = (parts[0] if parts else ""), callbacks.int_part(parts, 1)
    if event_id is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    try:
        if action == "v":
            event = await services.events.admin_view(user_id, event_id)
            await answer_query(update)
            await reply(update, admin_card(event, tz), reply_markup=admin_buttons(event))
        elif action == "a":
            await answer_query(update)
            text, pending = await _attendance_text(context, event_id)
            buttons = [[(f"{texts.APPROVE_LEAVE}：{r.name}", callbacks.make("el", r.id, "y", "l")),
                        (f"{texts.REJECT_LEAVE}：{r.name}", callbacks.make("el", r.id, "n", "l"))]
                       for r in pending[:20]]
            await reply(update, text, reply_markup=menus.inline(buttons) if buttons else None)
        elif action == "x":
            event = await services.events.admin_view(user_id, event_id)
            data = await services.events.export_xlsx(user_id, event_id)
            await answer_query(update)
            await update.get_bot().send_document(
                update.effective_chat.id, InputFile(data, filename=f"attendance-{event_id}.xlsx"),
                caption=texts.ATTENDANCE_FILE_CAPTION.format(title=esc(event.title)))
        elif action == "n":
            count = await services.events.nudge_unanswered(user_id, event_id)
            await answer_query(update)
            await reply(update, texts.EVENT_NUDGED.format(count=count) if count else texts.EVENT_NUDGE_NONE)
            await send_due_now(context)
        elif action in ("t", "p"):
            event = await services.events.admin_view(user_id, event_id)
            if event.cancelled:
                raise UserError(texts.EVENT_IS_CANCELLED)
            await services.dialogs.set(user_id, EDIT, "time" if action == "t" else "place", {"event": event_id})
            await answer_query(update)
            await reply(update, texts.EVENT_ASK_NEW_TIME if action == "t" else texts.EVENT_ASK_NEW_PLACE)
        elif action == "c":
            event = await services.events.admin_view(user_id, event_id)
            await answer_query(update)
            await reply(update, texts.EVENT_CANCEL_CONFIRM.format(title=esc(event.title)), reply_markup=menus.inline([[
                (texts.EVENT_CANCEL_YES, callbacks.make("ev", "cy", event_id)),
                (texts.EVENT_CANCEL_NO, callbacks.make("ev", "v", event_id))]]))
        elif action == "cy":
            event = await services.events.cancel(user_id, event_id)
            await answer_query(update)
            await _drop_buttons(update)
            invited = event.counts.attend + event.counts.leave + event.counts.unanswered
            await reply(update, texts.EVENT_CANCELLED_DONE.format(title=esc(event.title), count=invited))
            await send_due_now(context)
        else:
            await answer_query(update, texts.BUTTON_EXPIRED)
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
        if dialog.step == "time":
            starts = parse_when(text, services.clock.now(), tz)
            event = await services.events.reschedule(user_id, event_id, starts)
            done = texts.EVENT_TIME_CHANGED.format(when=when_text(event, tz))
        else:
            event = await services.events.move(user_id, event_id, text)
            done = texts.EVENT_PLACE_CHANGED.format(place=esc(event.place))
    except TimeParseError as exc:
        await reply(update, esc(exc.reason))
        return
    except UserError as exc:
        await reply(update, exc.text)
        if exc.text in (texts.EVENT_IS_CANCELLED, texts.EVENT_ALREADY_STARTED):
            await services.dialogs.clear(user_id, EDIT)
        return
    await services.dialogs.clear(user_id, EDIT)
    await reply(update, done, reply_markup=menus.main_menu())
    await reply(update, admin_card(event, tz), reply_markup=admin_buttons(event))
    await send_due_now(context)


# --- members ---------------------------------------------------------------------------------------------

@member_only
async def schedule(update: Update, context: BotContext) -> None:
    services = context.services
    tz = services.settings.timezone
    mine = await services.events.schedule(update.effective_user.id)
    if not mine:
        await reply(update, texts.SCHEDULE_EMPTY, reply_markup=menus.main_menu())
        return
    lines = [texts.SCHEDULE_LINE.format(
        n=i, kind=texts.EVENT_KIND_NAMES.get(m.event.kind, ""), title=esc(m.event.title),
        when=when_text(m.event, tz), place=esc(m.event.place), answer=answer_name(m.attendance.answer))
        for i, m in enumerate(mine, 1)]
    buttons = [[(texts.EVENTS_OPEN.format(n=i, title=m.event.title[:20]), callbacks.make("er", "v", m.event.id))]
               for i, m in enumerate(mine, 1)]
    buttons.append([(texts.ALL_TO_CALENDAR, callbacks.make("er", "ia"))])
    await reply(update, texts.SCHEDULE_HEADER + "\n\n" + "\n".join(lines), reply_markup=menus.inline(buttons))


async def _show_mine(update: Update, context: BotContext, event_id: int) -> None:
    tz = context.services.settings.timezone
    mine = await context.services.events.my_event(update.effective_user.id, event_id)
    await reply(update, card(mine.event, tz) + answer_line(mine.attendance, tz),
                reply_markup=member_buttons(mine.event))


@member_only
async def member_button(update: Update, context: BotContext) -> None:
    services = context.services
    user_id = update.effective_user.id
    _, parts = callbacks.parse(update.callback_query.data)
    action, event_id = (parts[0] if parts else ""), callbacks.int_part(parts, 1)
    try:
        if action == "ia":
            data = await services.events.ics_for(user_id)
            await answer_query(update)
            await _send_ics(update, data, "events.ics")
            return
        if event_id is None:
            await answer_query(update, texts.BUTTON_EXPIRED)
            return
        if action == "v":
            await answer_query(update)
            await _show_mine(update, context, event_id)
        elif action == "a":
            before = await services.events.my_event(user_id, event_id)
            mine = await services.events.attend(user_id, event_id)
            await services.dialogs.clear(user_id, LEAVE_FLOW)  # a half-typed leave reason no longer applies
            await answer_query(update, texts.ANSWER_SAVED_ATTEND.format(title=mine.event.title))
            await reply(update, texts.ANSWER_SAVED_ATTEND.format(title=esc(mine.event.title)))
            if before.attendance.answer == "leave":
                await send_to(context, mine.event.organiser_tid, texts.LEAVE_WITHDRAWN_TO_ORGANISER.format(
                    name=esc(mine.attendance.name), title=esc(mine.event.title)))
        elif action == "l":
            await services.events.can_answer(user_id, event_id)
            await services.dialogs.set(user_id, LEAVE_FLOW, "reason", {"event": event_id})
            await answer_query(update)
            await reply(update, texts.ASK_LEAVE_REASON.format(limit=MAX_REASON))
        elif action == "i":
            data = await services.events.ics_for(user_id, event_id)
            await answer_query(update)
            await _send_ics(update, data, f"event-{event_id}.ics")
        else:
            await answer_query(update, texts.BUTTON_EXPIRED)
    except UserError as exc:
        await answer_query(update, exc.text, alert=True)
    except NotFound:
        await answer_query(update, texts.EVENT_NOT_FOR_YOU, alert=True)


async def _send_ics(update: Update, data: bytes, name: str) -> None:
    if b"BEGIN:VEVENT" not in data:
        await reply(update, texts.ICS_EMPTY)
        return
    await update.get_bot().send_document(update.effective_chat.id, InputFile(data, filename=name),
                                         caption=texts.ICS_CAPTION)


async def leave_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    services = context.services
    user_id = update.effective_user.id
    tz = services.settings.timezone
    text = update.effective_message.text
    if text is None:
        await reply(update, texts.ASK_LEAVE_REASON.format(limit=MAX_REASON))
        return
    event_id = int(dialog.data["event"])
    try:
        mine = await services.events.request_leave(user_id, event_id, text)
    except UserError as exc:
        await reply(update, exc.text)
        if exc.text in (texts.EVENT_IS_CANCELLED, texts.EVENT_ENDED, texts.EVENT_ANSWER_CLOSED,
                        texts.EVENT_NOT_FOR_YOU):
            await services.dialogs.clear(user_id, LEAVE_FLOW)
        return
    await services.dialogs.clear(user_id, LEAVE_FLOW)
    att = mine.attendance
    await reply(update, texts.LEAVE_SENT.format(reason=esc(att.leave_reason)), reply_markup=menus.main_menu())
    await send_to(context, mine.event.organiser_tid, texts.LEAVE_REQUEST_TO_ORGANISER.format(
        name=esc(att.name), sector=esc(att.sector or texts.NONE_CHOICE), card=card(mine.event, tz),
        reason=esc(att.leave_reason)), reply_markup=leave_buttons(att.id))


async def leave_cancel(update: Update, context: BotContext, dialog: Dialog) -> None:
    await reply(update, texts.LEAVE_CANCELLED, reply_markup=menus.main_menu())


@admin_only
async def leave_decision(update: Update, context: BotContext) -> None:
    services = context.services
    tz = services.settings.timezone
    _, parts = callbacks.parse(update.callback_query.data)
    attendance_id = callbacks.int_part(parts, 0)
    if attendance_id is None or parts[1:2] not in (["y"], ["n"]):
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    approve = parts[1] == "y"
    try:
        decision = await services.events.decide_leave(update.effective_user.id, attendance_id, approve)
    except NotFound:
        await answer_query(update, texts.BUTTON_EXPIRED, alert=True)
        return
    if not decision.changed:
        await answer_query(update, texts.LEAVE_ALREADY_DECIDED, alert=True)
        await _drop_buttons(update)
        return
    message = update.callback_query.message
    label = texts.LEAVE_DECISION_NAMES[decision.attendance.leave_decision]
    await answer_query(update, texts.LEAVE_DECIDED_SHORT.format(name=decision.attendance.name, decision=label))
    if parts[2:3] != ["l"]:  # pressed on the request itself (not on the attendance list)
        await message.edit_text(message.text_html + texts.LEAVE_DECIDED_BY.format(
            decision=label, admin=esc(context.member.display_name)))
    else:
        await _drop_buttons(update)
    notice = texts.LEAVE_APPROVED_NOTICE if approve else texts.LEAVE_REJECTED_NOTICE
    await send_to(context, decision.attendance.telegram_id, notice.format(
        title=esc(decision.event.title), when=when_text(decision.event, tz)))


@member_only
async def check_in(update: Update, context: BotContext) -> None:
    services = context.services
    tz = services.settings.timezone
    _, parts = callbacks.parse(update.callback_query.data)
    event_id = callbacks.int_part(parts, 0)
    if event_id is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    try:
        result = await services.events.check_in(update.effective_user.id, event_id)
    except UserError as exc:
        await answer_query(update, exc.text, alert=True)
        return
    if result.state == "ok":
        text = texts.CHECKIN_OK.format(title=esc(result.event.title), time=format_when(services.clock.now(), tz))
        await answer_query(update)
        await reply(update, text)
        return
    minutes = int(services.events.checkin_before.total_seconds() // 60)
    text = {"already": texts.CHECKIN_ALREADY, "closed": texts.CHECKIN_CLOSED,
            "early": texts.CHECKIN_EARLY.format(opens=format_when(result.opens_at, tz), minutes=minutes)}[result.state]
    await answer_query(update, text, alert=True)


# --- wiring --------------------------------------------------------------------------------------------

def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("newevent", newevent, filters=private))
    application.add_handler(CommandHandler("events", events_command, filters=private))
    application.add_handler(CommandHandler("schedule", schedule, filters=private))
    application.add_handler(CallbackQueryHandler(newevent_button, pattern=callbacks.pattern("en")))
    application.add_handler(CallbackQueryHandler(event_admin_button, pattern=callbacks.pattern("ev")))
    application.add_handler(CallbackQueryHandler(member_button, pattern=callbacks.pattern("er")))
    application.add_handler(CallbackQueryHandler(check_in, pattern=callbacks.pattern("ec")))
    application.add_handler(CallbackQueryHandler(leave_decision, pattern=callbacks.pattern("el")))
    router.register_flow(NEW, newevent_message, newevent_cancel)
    router.register_flow(EDIT, edit_message)
    router.register_flow(LEAVE_FLOW, leave_message, leave_cancel)
    router.register_menu(texts.MENU_SCHEDULE, schedule)
    jobs.register_ticker("reminders", reminders_ticker)

