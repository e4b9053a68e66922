"""Reminders leave through the one outbound path: due rows are queued into the outbox, then sent.

`dispatch_due` moves every reminder due now into the outbox (bot/events.py
`queue_due`: one transaction per batch, the skipping rules applied there) and then
has the process's one sender (handlers/outbound.py) send them, paced and each outcome
recorded as soon as its send returns. The 'reminder' renderer (handlers/notices.py)
makes the message at send time with handlers/event_cards.reminder_message.
"""

from __future__ import annotations

import logging

from telegram.ext import Application

from handlers import send_now

log = logging.getLogger(__name__)
BATCH = 200


async def queue_due(application: Application, kick_running: bool = False) -> int:
    """Queue every reminder due now; returns how many were queued.

    With `kick_running`, a running bot's sender is started after the first batch, so a
    crowd of reminders due at once starts leaving while the rest are still being queued."""
    events = application.bot_data["services"].events
    total = 0
    while True:
        queued, skipped = await events.queue_due(BATCH)
        if skipped:
            log.info("%d reminders skipped (event begun or cancelled, on leave, unreachable)", skipped)
        total += queued
        if queued and kick_running and application.running:
            await send_now.kick(application)  # in the background: returns at once
        if not queued and not skipped:
            return total


async def dispatch_due(application: Application) -> int:
    """Queue the due reminders and send what the outbox holds; returns how many were queued."""
    queued = await queue_due(application, kick_running=True)
    if queued and not application.running:  # tests: drain right here, once everything is queued
        await send_now.kick(application)
    # (otherwise the broadcasts' ticker drains the outbox anyway, every second)
    return queued
