"""Messages the bot starts on its own: the renderers of notices, and the one sender of the process.

A service queues a notice (bot/outbox.py `add_notices`) in the transaction of the change
that causes it; here each kind has a renderer, `async def render(services, payload)`
returning (text, reply_markup), or None when the notice is no longer relevant (recorded
as skipped). Features register theirs with `renderer(kind)`; the sender
(handlers/outbox_sender.py) calls `render_notice` right before the send.
After a handler's service call has queued notices, `await kick(context.application)`
sends them now (in a running bot: in the sender's background task).
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from telegram.ext import Application

log = logging.getLogger(__name__)

Rendered = tuple[str, Any]
Renderer = Callable[[Any, dict[str, Any]], Awaitable[Rendered | None]]
RENDERERS: dict[str, Renderer] = {}
SENDER_KEY = "outbox_sender"  # the same key handlers/broadcasts.py keeps its sender under: one per process


def renderer(kind: str) -> Callable[[Renderer], Renderer]:
    """Register the renderer of a notice kind (decorator)."""

    def register(func: Renderer) -> Renderer:
        RENDERERS[kind] = func
        return func

    return register


async def render_notice(services, kind: str, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    _load_renderers()
    render = RENDERERS.get(kind)
    if render is None:
        log.error("no renderer for notice kind %r: skipped", kind)
        return None
    return await render(services, payload)


def _load_renderers() -> None:
    """The modules whose import registers renderers (imported late: they import the features)."""
    import handlers.notices  # noqa: F401


def sender(application: Application):  # noqa: ANN201
    """The process's one OutboxSender (broadcast rows go through the broadcast renderer)."""
    if SENDER_KEY not in application.bot_data:
        from handlers.broadcasts import after_batch, render_job
        from handlers.outbox_sender import OutboxSender

        application.bot_data[SENDER_KEY] = OutboxSender(application, render_job, after_batch)
    return application.bot_data[SENDER_KEY]


async def kick(application: Application) -> None:
    """Send what is queued now: in a running bot in the background, otherwise (tests) right here."""
    outbox_sender = sender(application)
    if application.running:
        outbox_sender.start_background()
    else:
        await outbox_sender.drain()
