"""Telegram's sending limits, imitated on the fake Bot API (for broadcast tests and the benchmark).

`TelegramLimits` is a `FakeTelegram.fault_hook`: it answers 429 with retry_after
when a bot sends more than `overall` messages in any sliding second, or more than
`per_chat` messages to one chat in a second, as Telegram does. Ordinary
conversation tests leave the hook unset, so the fake stays unlimited there.
"""

from __future__ import annotations

import math
import time
from collections import deque
from typing import Any

from bot.localchat.fakeapi import Fault

SEND_METHODS = ("sendMessage", "sendPhoto", "sendDocument", "copyMessage", "forwardMessage", "sendPoll")


class TelegramLimits:
    def __init__(self, overall: float = 30, per_chat: float = 1, window: float = 1.0) -> None:
        self.overall = overall
        self.per_chat = per_chat
        self.window = window
        self._all: deque[float] = deque()
        self._chats: dict[int, deque[float]] = {}
        self.throttled: list[tuple[str, int]] = []  # (why, chat_id) of every 429 given
        self.max_in_window = 0

    def _retry_after(self, times: deque[float], now: float) -> int:
        return max(1, math.ceil(times[0] + self.window - now))

    def __call__(self, method: str, params: dict[str, Any]) -> Fault | None:
        if method not in SEND_METHODS:
            return None
        now = time.monotonic()
        chat_id = int(params.get("chat_id", 0))
        while self._all and self._all[0] <= now - self.window:
            self._all.popleft()
        chat = self._chats.setdefault(chat_id, deque())
        while chat and chat[0] <= now - self.window:
            chat.popleft()
        if len(self._all) >= self.overall * self.window:
            self.throttled.append(("overall", chat_id))
            return Fault(429, f"Too Many Requests: retry after {self._retry_after(self._all, now)}",
                         retry_after=self._retry_after(self._all, now))
        if len(chat) >= self.per_chat * self.window:
            self.throttled.append(("chat", chat_id))
            return Fault(429, f"Too Many Requests: retry after {self._retry_after(chat, now)}",
                         retry_after=self._retry_after(chat, now))
        self._all.append(now)
        chat.append(now)
        self.max_in_window = max(self.max_in_window, len(self._all))
        return None
