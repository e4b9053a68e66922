"""The reply lane: PTB's rate limiter for everything the bot sends outside the outbox.

Answers to the person who just wrote, button answers and edits take the next place of
Telegram's second ahead of every bulk send waiting there (`Pacer.reply_turn`: at most one
place's wait while a broadcast fills the second, none otherwise), so broadcasts and reminders slow down
instead; they are spaced only when replies alone exceed Telegram's overall rate. Sends
of the outbox senders (marked with `BULK_LANE`) pass through untouched: they are paced in
bot/pacing.py already. A 429 is obeyed for that one request (its chat), retried after
`retry_after`; other chats keep going. Requests without a chat (getMe, answerCallbackQuery,
setMyCommands …) are not messages and are not paced.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from datetime import timedelta
from typing import Any, Callable, Coroutine

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

from bot.pacing import BULK_LANE, Pacer

log = logging.getLogger(__name__)


def _seconds(exc: RetryAfter) -> float:
    """Seconds to wait; PTB 22 gives int or timedelta (and warns about the int)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def _chat(data: dict[str, Any]) -> int | None:
    try:
        return int(data["chat_id"])
    except (TypeError, ValueError):  # a channel's @name: not one of the bulk lane's chats
        return None


class ReplyLaneLimiter(BaseRateLimiter[None]):
    def __init__(self, pacer: Pacer, max_retries: int = 2) -> None:
        self.pacer = pacer
        self.max_retries = max_retries

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def process_request(self, callback: Callable[..., Coroutine[Any, Any, Any]], args: Any,
                              kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
                              rate_limit_args: None) -> Any:
        if BULK_LANE.get() or "chat_id" not in data:
            return await callback(*args, **kwargs)
        for attempt in range(self.max_retries + 1):
            chat = _chat(data)
            place = await self.pacer.reply_turn(chat)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == self.max_retries:
                    raise
                wait = _seconds(exc) + 0.1
                log.info("429 on %s to chat %s: retrying in %.1f s", endpoint, data.get("chat_id"), wait)
                await asyncio.sleep(wait)  # this request only: other chats are not held
            finally:
                self.pacer.reply_sent(chat, place)
        raise AssertionError("unreachable")
