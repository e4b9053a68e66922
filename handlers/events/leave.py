"""请假: the member's one-step leave-reason flow ("evleave") and the organiser's decision button."""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.dialogs import Dialog
from bot.errors import NotFound, UserError
from bot.events.public import MAX_REASON, EventClosed
from handlers import menus, send_now
from handlers.common import admin_only, answer_query, esc, reply
from handlers.context import BotContext
from handlers.event_cards import LeaveButton, drop_buttons

FLOW = "evleave"


async def leave_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    services = context.services
    user_id = update.effective_user.id
    text = update.effective_message.text
    if text is None:
        await reply(update, texts.ASK_LEAVE_REASON.format(limit=MAX_REASON))
        return
    event_id = int(dialog.data["event"])
    try:
        mine = await services.events.request_leave(user_id, event_id, text)
    except UserError as exc:
        await reply(update, exc.text)
        if isinstance(exc, EventClosed):
            await services.dialogs.clear(user_id, FLOW)
        return
    await services.dialogs.clear(user_id, FLOW)
    await reply(update, texts.LEAVE_SENT.format(reason=esc(mine.attendance.leave_reason)),
                reply_markup=menus.menu_for(context.member))
    await send_now.kick(context.application)  # the request was queued for the organiser


async def leave_cancel(update: Update, context: BotContext, dialog: Dialog) -> None:
    await reply(update, texts.LEAVE_CANCELLED, reply_markup=menus.menu_for(context.member))


@admin_only
async def leave_decision(update: Update, context: BotContext) -> None:
    services = context.services
    button = LeaveButton.parse(update.callback_query.data)
    if button is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    try:
        decision = await services.events.decide_leave(update.effective_user.id, button.attendance_id, button.approve)
    except NotFound:
        await answer_query(update, texts.BUTTON_EXPIRED, alert=True)
        return
    if not decision.changed:
        await answer_query(update, texts.LEAVE_ALREADY_DECIDED, alert=True)
        await drop_buttons(update)
        return
    message = update.callback_query.message
    label = texts.LEAVE_DECISION_NAMES[decision.attendance.leave_decision]
    await answer_query(update, texts.LEAVE_DECIDED_SHORT.format(name=decision.attendance.name, decision=label))
    if button.from_list:
        await drop_buttons(update)
    else:  # pressed on the request itself: the request keeps a note of who decided
        await message.edit_text(message.text_html + texts.LEAVE_DECIDED_BY.format(
            decision=label, admin=esc(context.member.display_name)))
    await send_now.kick(context.application)  # the decision was queued for the member
