"""The update path's measurements: an Application that times each update and counts errors.

PTB calls `process_update` once per update (polling, webhook and the tests alike) and
`process_error` once per error of a handler or a job, so overriding the two is the one
place that sees every update without a handler of its own. The cost per update is two
clock reads and `Telemetry.update_handled` (no I/O); the numbers are served by /metrics.
"""

from __future__ import annotations

import time

from telegram import Update
from telegram.ext import Application

from bot.monitoring import Telemetry

# Telegram's update types, most frequent first (checked in order; message and button presses
# are nearly all of this bot's traffic).
_TYPES = tuple(t for t in ("message", "callback_query", "edited_message", "my_chat_member")
               if t in Update.ALL_TYPES) + tuple(
    t for t in Update.ALL_TYPES if t not in ("message", "callback_query", "edited_message", "my_chat_member"))


def update_type(update: object) -> str:
    if not isinstance(update, Update):
        return "other"
    for name in _TYPES:
        if getattr(update, name, None) is not None:
            return name
    return "other"


class MeteredApplication(Application):
    """PTB's Application with a Telemetry (its own Prometheus registry) fed from the update path."""

    def __init__(self, **kwargs) -> None:  # noqa: ANN003 - ApplicationBuilder passes its own arguments
        super().__init__(**kwargs)
        self.telemetry = Telemetry()

    async def process_update(self, update: object) -> None:
        started = time.perf_counter()
        try:
            await super().process_update(update)
        finally:
            self.telemetry.update_handled(update_type(update), time.perf_counter() - started)

    async def process_error(self, update: object | None, error: Exception, job=None,  # noqa: ANN001
                            coroutine=None) -> bool:  # noqa: ANN001
        self.telemetry.error("job" if job is not None else "update")
        return await super().process_error(update, error, job=job, coroutine=coroutine)
