"""Inline-button data: built and parsed here only.

Shape: `kind:part:part…`, short ASCII well under Telegram's 64 bytes, pointing to
database rows by id, never carrying Python objects, so buttons keep working
after a restart or in another process.
"""

from __future__ import annotations

import re

MAX_BYTES = 64
_SAFE = re.compile(r"^[A-Za-z0-9_\-.]+$")


def make(kind: str, *parts: object) -> str:
    values = [kind, *(str(p) for p in parts)]
    for value in values:
        if not _SAFE.match(value):
            raise ValueError(f"unsafe callback part: {value!r}")
    data = ":".join(values)
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data too long: {data}")
    return data


def parse(data: str | None) -> tuple[str, list[str]]:
    if not data:
        return "", []
    kind, *parts = data.split(":")
    return kind, parts


def pattern(kind: str) -> str:
    """The CallbackQueryHandler pattern for one kind."""
    return rf"^{re.escape(kind)}(:|$)"


def int_part(parts: list[str], index: int) -> int | None:
    try:
        return int(parts[index])
    except (IndexError, ValueError):
        return None
