"""Members and their events: 活动日程, the event card's buttons (参加, 请假, calendar file)
and 签到."""

from __future__ import annotations

from telegram import InputFile, Update

from bot import texts
from bot.errors import NotFound, UserError
from bot.events.public import MAX_REASON
from bot.timeparse import format_when
from handlers import menus, send_now
from handlers.common import answer_query, esc, member_only, reply
from handlers.context import BotContext
from handlers.event_cards import (CheckInButton, MemberEventButton, answer_line, answer_name, card, member_buttons,
                                  when_text)
from handlers.events import leave


@member_only
async def schedule(update: Update, context: BotContext) -> None:
    services = context.services
    tz = services.settings.timezone
    mine = await services.events.schedule(update.effective_user.id)
    if not mine:
        await reply(update, texts.SCHEDULE_EMPTY, reply_markup=menus.menu_for(context.member))
        return
    lines = [texts.SCHEDULE_LINE.format(
        n=i, kind=texts.EVENT_KIND_NAMES.get(m.event.kind, ""), title=esc(m.event.title),
        when=when_text(m.event, tz), place=esc(m.event.place), answer=answer_name(m.attendance.answer))
        for i, m in enumerate(mine, 1)]
    buttons = [[(texts.EVENTS_OPEN.format(n=i, title=m.event.title[:20]), MemberEventButton("v", m.event.id).pack())]
               for i, m in enumerate(mine, 1)]
    buttons.append([(texts.ALL_TO_CALENDAR, MemberEventButton("ia").pack())])
    await reply(update, texts.SCHEDULE_HEADER + "\n\n" + "\n".join(lines), reply_markup=menus.inline(buttons))


# --- the card's buttons, one function per action ------------------------------------------------------

async def _all_to_calendar(update: Update, context: BotContext, event_id: None) -> None:
    data = await context.services.events.ics_for(update.effective_user.id)
    await answer_query(update)
    await _send_ics(update, data, "events.ics")


async def _view(update: Update, context: BotContext, event_id: int) -> None:
    await answer_query(update)
    tz = context.services.settings.timezone
    mine = await context.services.events.my_event(update.effective_user.id, event_id)
    await reply(update, card(mine.event, tz) + answer_line(mine.attendance, tz),
                reply_markup=member_buttons(mine.event))


async def _attend(update: Update, context: BotContext, event_id: int) -> None:
    services, user_id = context.services, update.effective_user.id
    mine = await services.events.attend(user_id, event_id)
    await services.dialogs.clear(user_id, leave.FLOW)  # a half-typed leave reason no longer applies
    await answer_query(update, texts.ANSWER_SAVED_ATTEND.format(title=mine.event.title))
    await reply(update, texts.ANSWER_SAVED_ATTEND.format(title=esc(mine.event.title)))
    await send_now.kick(context.application)  # a withdrawn leave request was queued for the organiser


async def _ask_leave_reason(update: Update, context: BotContext, event_id: int) -> None:
    services, user_id = context.services, update.effective_user.id
    await services.events.can_answer(user_id, event_id)
    await services.dialogs.set(user_id, leave.FLOW, "reason", {"event": event_id})
    await answer_query(update)
    await reply(update, texts.ASK_LEAVE_REASON.format(limit=MAX_REASON))


async def _calendar_file(update: Update, context: BotContext, event_id: int) -> None:
    data = await context.services.events.ics_for(update.effective_user.id, event_id)
    await answer_query(update)
    await _send_ics(update, data, f"event-{event_id}.ics")


# Which actions name an event and which do not: a button missing its event is malformed.
WITH_EVENT = {"v": _view, "a": _attend, "l": _ask_leave_reason, "i": _calendar_file}
WITHOUT_EVENT = {"ia": _all_to_calendar}


@member_only
async def member_button(update: Update, context: BotContext) -> None:
    button = MemberEventButton.parse(update.callback_query.data)
    action = None
    if button is not None:
        action = (WITH_EVENT if button.event_id is not None else WITHOUT_EVENT).get(button.action)
    if action is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    try:
        await action(update, context, button.event_id)
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


@member_only
async def check_in(update: Update, context: BotContext) -> None:
    services = context.services
    tz = services.settings.timezone
    button = CheckInButton.parse(update.callback_query.data)
    if button is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    try:
        result = await services.events.check_in(update.effective_user.id, button.event_id)
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
