"""The broadcasts ticker: start scheduled notices that are due, then drain the outbox.

The one OutboxSender of the application renders each row with `render_job` and
calls `after_batch` for progress edits and reports.
"""

from __future__ import annotations

from telegram.ext import Application

from handlers.broadcasts.progress import after_batch, announce_start
from handlers.broadcasts.receipts import render_job
from handlers.outbox_sender import OutboxSender


def sender(application: Application) -> OutboxSender:
    if "outbox_sender" not in application.bot_data:
        application.bot_data["outbox_sender"] = OutboxSender(application, render_job, after_batch)
    return application.bot_data["outbox_sender"]


async def tick(application: Application) -> None:
    """Start scheduled notices that are due, then drain the outbox (in the background in a running bot)."""
    services = application.bot_data["services"]
    # Every tick, busy or idle: the processes alive are known before a broadcast starts.
    services.pacer.share(await services.outbox.heartbeat(services.process_id))
    for started in await services.broadcasts.start_due():
        await announce_start(application, started.draft.id)
    outbox_sender = sender(application)
    if application.running:
        outbox_sender.start_background()
    else:  # tests and the scripted chat session: run_due returns when the due work is done
        await outbox_sender.drain()
