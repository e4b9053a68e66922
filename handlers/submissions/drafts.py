"""Old drafts, Telegram side: the ticker that reminds members of forgotten drafts and tells them
when one was cleared (the rules and the claiming are in bot/submissions/cleanup.py).
"""

from __future__ import annotations

from types import SimpleNamespace

from telegram.ext import Application

from bot import texts
from handlers.common import esc, send_to


async def draft_ticker(application: Application) -> None:
    services = application.bot_data["services"]
    sub = services.submissions
    context = SimpleNamespace(services=services, bot=application.bot)
    for view in await sub.claim_draft_reminders():
        when = sub.draft_clear_at(view).astimezone(services.settings.timezone).strftime("%Y-%m-%d")
        await send_to(context, view.author_tid, texts.SUB_DRAFT_REMINDER.format(
            title=esc(view.title or texts.SUB_UNTITLED), when=when))
    for view in await sub.clear_old_drafts():
        await send_to(context, view.author_tid, texts.SUB_DRAFT_CLEARED.format(
            title=esc(view.title or texts.SUB_UNTITLED), days=sub.draft_days))
