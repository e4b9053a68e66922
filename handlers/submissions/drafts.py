"""Old drafts, Telegram side: the ticker that reminds members of forgotten drafts and tells them
when one was cleared (the rules, the claiming and the notices are in bot/submissions/cleanup.py).
"""

from __future__ import annotations

from telegram.ext import Application

from handlers import send_now


async def draft_ticker(application: Application) -> None:
    sub = application.bot_data["services"].submissions
    reminded = await sub.claim_draft_reminders()
    cleared = await sub.clear_old_drafts()
    if reminded or cleared:
        await send_now.kick(application)
