"""The process's one outbox sender, and `kick` to send what a handler's service call just queued.

After a service has queued notices with its change, the handler calls
`await kick(context.application)`: in a running bot the sender drains in its background
task; in tests and the scripted chat session it drains right here, so the notice has
arrived when the handler returns.
"""

from __future__ import annotations

from telegram.ext import Application

from handlers.broadcasts.wiring import after_batch, render_job
from handlers.outbox_sender import OutboxSender

SENDER_KEY = "outbox_sender"  # the key handlers/broadcasts.py keeps its sender under: one sender per process


def sender(application: Application) -> OutboxSender:
    """The process's one OutboxSender (broadcast rows go through the broadcast renderer)."""
    if SENDER_KEY not in application.bot_data:
        application.bot_data[SENDER_KEY] = OutboxSender(application, render_job, after_batch)
    return application.bot_data[SENDER_KEY]


async def kick(application: Application) -> None:
    """Send what is queued now: in a running bot in the background, otherwise (tests) right here."""
    outbox_sender = sender(application)
    if application.running:
        outbox_sender.start_background()
    else:
        await outbox_sender.drain()
