"""The registry of notice renderers: kind → how a queued notice becomes a message.

A service queues a notice (bot/outbox.py `add_notices`) in the transaction of the change
that causes it; here each kind has a renderer, `async def render(services, payload)`
returning (text, reply_markup), or None when the notice is no longer relevant (recorded
as skipped). Features register theirs with `@renderer(kind)` (handlers/notices.py,
imported by handlers/features.py); the sender (handlers/outbox_sender.py) calls
`render_notice` right before the send. This module imports no feature, so any may use it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

log = logging.getLogger(__name__)

Rendered = tuple[Any, Any]  # (text, or parts of it, or a PollMessage / StopPoll; reply_markup)


@dataclass(frozen=True)
class PollMessage:
    """A renderer's answer that is a native Telegram poll (sendPoll) instead of a text."""

    question: str
    options: tuple[str, ...]
    anonymous: bool
    multiple: bool


@dataclass(frozen=True)
class StopPoll:
    """A renderer's answer that closes a poll the bot sent earlier in the chat (stopPoll)."""

    message_id: int
Renderer = Callable[[Any, dict[str, Any]], Awaitable[Rendered | None]]
RENDERERS: dict[str, Renderer] = {}


def renderer(kind: str) -> Callable[[Renderer], Renderer]:
    """Register the renderer of a notice kind (decorator)."""

    def register(func: Renderer) -> Renderer:
        RENDERERS[kind] = func
        return func

    return register


async def render_notice(services, kind: str, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    render = RENDERERS.get(kind)
    if render is None:
        log.error("no renderer for notice kind %r: skipped", kind)
        return None
    return await render(services, payload)
