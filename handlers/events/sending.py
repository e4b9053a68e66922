"""Sending what is due: the reminder ticker keeps one dispatcher loop per process, and
`send_due_now` wakes it after a change wrote new rows (publish, edit, 提醒未回复)."""

from __future__ import annotations

import asyncio
import logging

from telegram.ext import Application

from handlers.context import BotContext
from handlers.reminder_sender import dispatch_due

log = logging.getLogger(__name__)

IDLE_WAIT_SECONDS = 0.5


async def reminders_ticker(application: Application) -> None:
    """Woken every second. A running bot keeps one dispatcher loop per process; tests and
    the scripted chat session (no running JobQueue) dispatch right here and wait for it."""
    if not application.running:
        await dispatch_due(application)
        return
    task = application.bot_data.get("reminder_loop")
    if task is None or task.done():
        application.bot_data["reminder_wake"] = asyncio.Event()
        application.bot_data["reminder_loop"] = application.create_task(_dispatch_loop(application))
    else:  # e.g. the chat session's @advance moved the clock: look again now
        application.bot_data["reminder_wake"].set()


async def _dispatch_loop(application: Application) -> None:
    services = application.bot_data["services"]
    wake: asyncio.Event = application.bot_data["reminder_wake"]
    while application.running:
        try:
            await dispatch_due(application)
            next_due = await services.events.next_due_at()
        except Exception:  # noqa: BLE001 - keep the loop alive; the next round tries again
            log.exception("reminder dispatch failed")
            next_due = None
        wait = IDLE_WAIT_SECONDS
        if next_due is not None:
            wait = min(IDLE_WAIT_SECONDS, max(0.0, (next_due - services.clock.now()).total_seconds()))
        wake.clear()
        try:
            await asyncio.wait_for(wake.wait(), timeout=wait)
        except asyncio.TimeoutError:
            pass


async def send_due_now(context: BotContext) -> None:
    """After a publish, edit or 提醒未回复: the new rows go out at once."""
    application = context.application
    if application.running:
        wake = application.bot_data.get("reminder_wake")
        if wake is not None:
            wake.set()
        else:
            await reminders_ticker(application)
        return
    await dispatch_due(application)
