"""The one error handler: log with context, apologise to the person, tell admins (throttled).

The admins' alert is an outbox notice (at most one a minute per process), sent by the one sender.
"""

from __future__ import annotations

import logging
import time

from telegram import Update
from telegram.error import TelegramError

from bot import texts
from handlers.context import BotContext
from bot.outbox import ADMIN_ERROR, admin_notices
from handlers import send_now
from handlers.common import answer_query

log = logging.getLogger(__name__)
_last_admin_notice: list[float] = [0.0]


async def on_error(update: object, context: BotContext) -> None:
    update_id = user_id = "-"
    handler = getattr(context, "handler_name", None) or "-"
    if isinstance(update, Update):
        update_id = str(update.update_id)
        user_id = str(update.effective_user.id) if update.effective_user else "-"
        if update.effective_message is not None and update.effective_message.text:
            handler = update.effective_message.text.split()[0][:32] if update.effective_message.text.startswith("/") else handler
        if update.callback_query is not None:
            handler = f"button {update.callback_query.data}"
    log.error("handler error: update=%s user=%s handler=%s", update_id, user_id, handler, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await answer_query(update)
            await context.bot.send_message(update.effective_chat.id, texts.SORRY_ERROR)
        except TelegramError:
            log.warning("could not send the apology for update %s", update_id)
    interval = context.services.settings.rate_limits.admin_error_notice_seconds
    now = time.monotonic()
    if now - _last_admin_notice[0] < interval:
        return
    _last_admin_notice[0] = now
    try:
        error = f"{type(context.error).__name__}: {context.error}"[:300]
        services = context.services
        await services.outbox.queue(admin_notices(await services.members.admins(), ADMIN_ERROR, {
            "error": error, "update_id": update_id, "user_id": user_id, "handler": handler}))
        await send_now.kick(context.application)
    except Exception:  # noqa: BLE001 - the error handler must never raise
        log.exception("could not notify admins of an error")


def reset_throttle() -> None:
    _last_admin_notice[0] = 0.0
