"""Periodic work: the JobQueue wakes `run_due` every second; features register what is due.

Each ticker is an async function taking the Application; it claims its own due
rows in the database (so several processes never do the same work) and sends
what it claimed. The chat session's `@advance` and the tests call `run_due`
directly after moving the injected clock.
"""

from __future__ import annotations

import logging
from typing import Awaitable, Callable

from telegram.ext import Application

log = logging.getLogger(__name__)

Ticker = Callable[[Application], Awaitable[object]]
TICKERS: dict[str, Ticker] = {}


def register_ticker(name: str, ticker: Ticker) -> None:
    TICKERS[name] = ticker


async def run_due(application: Application) -> None:
    for name, ticker in list(TICKERS.items()):
        try:
            await ticker(application)
        except Exception:  # noqa: BLE001 - one feature's failure must not stop the others
            log.exception("ticker %s failed", name)


_PRUNE_EVERY_SECONDS = 3600
_last_prune: list[float] = [0.0]


async def prune_updates(application: Application) -> None:
    """Forget old update ids now and then (redeliveries come within minutes)."""
    import time

    if time.monotonic() - _last_prune[0] < _PRUNE_EVERY_SECONDS:
        return
    _last_prune[0] = time.monotonic()
    await application.bot_data["services"].updates.prune()


register_ticker("prune_updates", prune_updates)
