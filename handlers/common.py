"""What every handler shares: the update middleware, role guards and safe sending.

The middleware runs first for every update, in a transaction shared with the updates in flight
(bot/group_commit.py): it drops an update id seen before
(Telegram redelivers after a crash), notes the person (their record, and that
the private chat is open), and puts the member on the context.
"""

from __future__ import annotations

import asyncio
import functools
import html
import logging
from typing import Awaitable, Callable

from telegram import Message, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import ApplicationHandlerStop

from bot import texts
from handlers.context import NOT_READ, BotContext
from bot.errors import NotFound, PermissionDenied, UserError
from bot.updates import Sender

log = logging.getLogger(__name__)

Handler = Callable[[Update, BotContext], Awaitable[object]]


def esc(value: object) -> str:
    """Escape anything a person typed before it goes into an HTML message."""
    return html.escape(str(value if value is not None else ""), quote=False)


async def middleware(update: Update, context: BotContext) -> None:
    services = context.services
    user = update.effective_user
    sender = None
    if user is not None and not user.is_bot:
        private = update.effective_chat is not None and update.effective_chat.type == "private"
        message = update.message
        for_router = (private and message is not None and not (message.text or "").startswith("/"))
        sender = Sender(user.id, user.full_name, user.username, started=private, wants_dialog=for_router)
    arrival = await services.updates.arrive(update.update_id, sender)  # a share of one transaction
    if arrival.duplicate:
        log.info("duplicate update %s dropped", update.update_id)
        raise ApplicationHandlerStop
    if log.isEnabledFor(logging.INFO):  # the line's fields are worked out only when it is written
        log.info("update=%s user=%s %s", update.update_id, user.id if user else "-", _kind(update))
    context.member = arrival.member
    context.dialog = arrival.dialog if arrival.dialog_read else NOT_READ


def _kind(update: Update) -> str:
    """What kind of update, for the log; never the text a person typed."""
    message = update.effective_message
    if update.callback_query is not None:
        return f"button={update.callback_query.data}"
    if message is not None and message.text and message.text.startswith("/"):
        return f"command={message.text.split()[0][:32]}"
    if message is not None:
        return "message"
    return "other"


async def reply(update: Update, text: str, **kwargs) -> Message | None:  # noqa: ANN003
    """Answer in the chat the update came from (message or button press); the message sent."""
    chat = update.effective_chat
    if chat is None:
        return None
    return await update.get_bot().send_message(chat.id, text, **kwargs)


async def drop_buttons_of(update: Update, message_id: int | None) -> None:
    """Take the buttons off an earlier prompt in this chat (its choice was made another way)."""
    chat = update.effective_chat
    if chat is None or not message_id:
        return
    try:
        await update.get_bot().edit_message_reply_markup(chat.id, int(message_id), reply_markup=None)
    except TelegramError:  # already gone or too old: a press still answers "expired"
        pass


async def answer_query(update: Update, text: str | None = None, alert: bool = False) -> None:
    if update.callback_query is not None:
        try:
            await update.callback_query.answer(text, show_alert=alert)
        except BadRequest:  # a query too old to answer: the action itself still counts
            pass


def _refusal(member) -> str:  # noqa: ANN001
    if member is None or member.status == "registering":
        return texts.NOT_REGISTERED
    if member.status == "pending":
        return texts.PENDING_APPROVAL
    if member.status == "blocked":
        return texts.ACCOUNT_BLOCKED
    if member.status == "rejected":
        return texts.ACCOUNT_REJECTED
    return texts.NOT_ALLOWED


async def refuse(update: Update, text: str) -> None:
    if update.callback_query is not None:
        await answer_query(update, text, alert=True)
    else:
        await reply(update, text)


def member_only(func: Handler) -> Handler:
    """Member actions need an approved, unblocked member (admins pass)."""

    @functools.wraps(func)
    async def wrapper(update: Update, context: BotContext, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        member = context.member
        if member is None or not (member.is_active or member.is_admin) or member.status == "blocked":
            await refuse(update, _refusal(member))
            return None
        try:
            return await func(update, context, *args, **kwargs)
        except PermissionDenied:
            await refuse(update, _refusal(await context.services.members.get(update.effective_user.id)))
            return None

    return wrapper


def admin_only(func: Handler) -> Handler:
    """Admin actions: refused here, and the service checks the role again."""

    @functools.wraps(func)
    async def wrapper(update: Update, context: BotContext, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        member = context.member
        if member is None or not member.is_admin or member.status == "blocked":
            log.info("admin action refused for user %s", update.effective_user.id if update.effective_user else "-")
            await refuse(update, texts.NOT_ALLOWED if update.callback_query is None else texts.NO_PERMISSION_BUTTON)
            return None
        try:
            return await func(update, context, *args, **kwargs)
        except PermissionDenied:
            await refuse(update, texts.NOT_ALLOWED)
            return None

    return wrapper


def button_errors(not_found: str | None = None, alert_not_found: bool = False):  # noqa: ANN201
    """For a button handler: a row that is gone answers `not_found` (default: the button expired),
    a refusal a service explains (UserError) is shown as an alert; the handler itself stays linear."""

    def decorate(func: Handler) -> Handler:
        @functools.wraps(func)
        async def wrapper(update: Update, context: BotContext, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            try:
                return await func(update, context, *args, **kwargs)
            except NotFound:
                await answer_query(update, not_found or texts.BUTTON_EXPIRED, alert=alert_not_found)
            except UserError as exc:
                await answer_query(update, exc.text, alert=True)
            return None

        return wrapper

    return decorate


async def drop_buttons(update: Update, suffix: str | None = None) -> None:
    """Take the buttons off the pressed message, noting the choice (`suffix`) when given.

    Call it only after the change the press triggers is committed: a press lost to a crash
    before the commit can then be repeated on the same buttons. Already gone: nothing to do.
    """
    query = update.callback_query
    message = query.message if query is not None else None
    if message is None or (not suffix and message.reply_markup is None):
        return
    try:
        if suffix:
            await message.edit_text(f"{message.text_html}\n{suffix}")
        else:
            await message.edit_reply_markup(None)
    except TelegramError:  # too old to edit, or not modified: the buttons stay, a press gets "expired"
        pass


BACKGROUND = "background_tasks"


def spawn(context: BotContext, update: Update, work: Awaitable[object], name: str) -> asyncio.Task:
    """Run long work (an export) beside the update loop, so other people are answered meanwhile.

    A person's updates are handled one at a time (handlers/update_order.py), so a handler that
    streamed a 50 000-row export itself would hold that person up for its whole length. The task is kept in
    bot_data[BACKGROUND] until it ends (the local driver waits for the ones an update started);
    an error in it goes to the error handlers like any handler's.
    """
    application = context.application
    tasks: set[asyncio.Task] = application.bot_data.setdefault(BACKGROUND, set())

    async def guarded() -> None:
        try:
            await work
        except Exception as exc:  # noqa: BLE001 - reported like a handler's error
            await application.process_error(update, exc)

    task = asyncio.create_task(guarded(), name=name)
    tasks.add(task)
    task.add_done_callback(tasks.discard)
    return task


def command_args(context: BotContext) -> list[str]:
    return list(context.args or [])


async def expired_button(update: Update, context: BotContext) -> None:
    """A button whose kind no handler knows (an old keyboard): say so instead of spinning."""
    await answer_query(update, texts.BUTTON_EXPIRED)
