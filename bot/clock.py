"""The injected clock: services ask it for "now" so tests and the chat session can move time.

All times are aware datetimes in UTC; they are shown in the committee's zone only
when rendered for a person.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone


class Clock:
    """Real time, optionally shifted forward (the chat session's `@advance`)."""

    def __init__(self, offset: timedelta = timedelta(0)) -> None:
        self.offset = offset

    def now(self) -> datetime:
        return datetime.now(timezone.utc) + self.offset

    def advance(self, delta: timedelta) -> None:
        self.offset += delta


class FrozenClock(Clock):
    """Time that moves only when told to: for tests, which never sleep."""

    def __init__(self, start: datetime) -> None:
        super().__init__()
        if start.tzinfo is None:
            raise ValueError("FrozenClock needs an aware datetime")
        self._now = start.astimezone(timezone.utc)

    def now(self) -> datetime:
        return self._now

    def advance(self, delta: timedelta) -> None:
        self._now += delta

    def set(self, when: datetime) -> None:
        self._now = when.astimezone(timezone.utc)


def parse_duration(text: str) -> timedelta:
    """'10m', '2h', '1d', '90s', '1h30m' → timedelta; raises ValueError otherwise."""
    text = text.strip().lower()
    if not text:
        raise ValueError("empty duration")
    units = {"d": 86400, "h": 3600, "m": 60, "s": 1}
    total, number = 0, ""
    for ch in text:
        if ch.isdigit():
            number += ch
        elif ch in units and number:
            total += int(number) * units[ch]
            number = ""
        else:
            raise ValueError(f"bad duration: {text}")
    if number:
        raise ValueError(f"duration needs a unit: {text}")
    return timedelta(seconds=total)
