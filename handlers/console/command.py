"""/web in Telegram: an admin gets a one-time link to the console.

Sent with link previews off: a preview fetcher opening the link would only see the
进入管理台 page (a GET uses nothing up), but it should not see it at all. Members are
refused here and again in the service.
"""

from __future__ import annotations

from telegram import LinkPreviewOptions, Update

from bot import texts
from bot.errors import UserError
from handlers.common import admin_only, esc, reply
from handlers.context import BotContext


@admin_only
async def web_link(update: Update, context: BotContext) -> None:
    try:
        link = await context.services.console_login.issue_link(update.effective_user.id)
    except UserError as exc:
        await reply(update, esc(str(exc)))
        return
    await reply(update, texts.CONSOLE_LINK.format(url=esc(link.url), minutes=link.minutes),
                link_preview_options=LinkPreviewOptions(is_disabled=True))
