"""Routes every non-command message: to the flow the person is in, a menu action, or a question.

Flows (registration, the submission form, event creation, broadcast composing …)
register here by name; the person's current flow is read from the database on
each update, so the route survives restarts and works across processes. Menu
buttons work in and out of flows (a flow's draft stays where it was). Any other
text is a question for the knowledge base.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Awaitable, Callable

from telegram import Update

from bot import texts
from handlers.context import NOT_READ, BotContext
from bot.dialogs import Dialog
from handlers import menus
from handlers.common import _refusal, reply

log = logging.getLogger(__name__)

FlowMessage = Callable[[Update, BotContext, Dialog], Awaitable[object]]
FlowCancel = Callable[[Update, BotContext, Dialog], Awaitable[object]]
Plain = Callable[[Update, BotContext], Awaitable[object]]


@dataclass(frozen=True)
class Flow:
    name: str
    on_message: FlowMessage
    on_cancel: FlowCancel | None = None


FLOWS: dict[str, Flow] = {}
MENU: dict[str, Plain] = {}
ADMIN_MENU: dict[str, Plain] = {}  # keys of the admin's keyboard: only routed for admins
_question_handler: list[Plain] = []


def register_flow(name: str, on_message: FlowMessage, on_cancel: FlowCancel | None = None) -> None:
    FLOWS[name] = Flow(name, on_message, on_cancel)


def register_menu(text: str, handler: Plain) -> None:
    MENU[text] = handler


def register_admin_menu(text: str, handler: Plain) -> None:
    ADMIN_MENU[text] = handler


def set_question_handler(handler: Plain) -> None:
    _question_handler[:] = [handler]


async def route_message(update: Update, context: BotContext) -> None:
    message = update.effective_message
    if message is None or update.effective_chat is None or update.effective_chat.type != "private":
        return
    user_id = update.effective_user.id
    text = (message.text or "").strip()
    member = context.member
    active = member is not None and (member.is_active or member.is_admin) and member.status != "blocked"

    if text in MENU and active:
        await MENU[text](update, context)
        return
    if text in ADMIN_MENU and active and member.is_admin:
        await ADMIN_MENU[text](update, context)
        return

    dialog = context.dialog  # read by the middleware in the update's one transaction
    if dialog is NOT_READ:
        dialog = await context.services.dialogs.get(user_id)
    if dialog is not None:
        flow = FLOWS.get(dialog.flow)
        if flow is not None:
            await flow.on_message(update, context, dialog)
            return
        log.warning("user %s is in unknown flow %s; cleared", user_id, dialog.flow)
        await context.services.dialogs.clear(user_id)

    if not active:
        await reply(update, _refusal(member))
        return
    if message.text is None:
        if message.document is not None and member.is_admin:  # most likely meant for the knowledge base
            await reply(update, texts.KB_DOCUMENT_HINT)
            return
        await reply(update, texts.UNSUPPORTED_MESSAGE, reply_markup=menus.menu_for(member))
        return
    if _question_handler:
        await _question_handler[0](update, context)
    else:
        await reply(update, texts.COMING_SOON.format(feature=texts.MENU_ASK), reply_markup=menus.menu_for(member))


async def cancel(update: Update, context: BotContext) -> None:
    """/cancel leaves whatever flow the person is in, and removes any special keyboard."""
    dialog = await context.services.dialogs.clear(update.effective_user.id)
    if dialog is None:
        await reply(update, texts.NOTHING_TO_CANCEL, reply_markup=_menu_for(context))
        return
    flow = FLOWS.get(dialog.flow)
    if flow is not None and flow.on_cancel is not None:
        await flow.on_cancel(update, context, dialog)
        return
    await reply(update, texts.CANCELLED, reply_markup=_menu_for(context))


def _menu_for(context: BotContext):  # noqa: ANN202
    member = context.member
    if member is not None and (member.is_active or member.is_admin):
        return menus.menu_for(member)
    return menus.remove_keyboard()


async def unknown_command(update: Update, context: BotContext) -> None:
    if update.effective_chat is not None and update.effective_chat.type == "private":
        await reply(update, texts.UNKNOWN_COMMAND)


async def coming_soon(update: Update, context: BotContext) -> None:
    await reply(update, texts.COMING_SOON.format(feature=update.effective_message.text),
                reply_markup=menus.menu_for(context.member))
