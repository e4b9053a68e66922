"""The notices 社情民意 changes queue (bot/outbox.py), built here so each service method adds
them in its own transaction with one line. Only people who opened the chat get one.
"""

from __future__ import annotations

from typing import Any, Iterable

from bot.outbox import Notice
from storage.models import Member

# Statuses the co-signers hear about (issue 13): an adoption at any level, and a 批示.
COSIGNER_NEWS_STATUSES = ("adopted_city", "adopted_prov", "adopted_nat", "instructed")


def filed_card_key(sid: int) -> str:
    """The dedupe-key prefix of an item's 新的社情民意 cards (one per admin and filing), to find
    the cards sent and take their buttons off once staff decided."""
    return f"sub.filed:{sid}:"


def to_member(members, row: Member | None, kind: str, payload: dict[str, Any]) -> list[Notice]:  # noqa: ANN001
    """A notice to one member, or none when they cannot be reached (never pressed /start, blocked)."""
    if row is None or not members.info(row).can_receive:
        return []
    return [Notice(kind, row.telegram_id, payload)]


def to_members(members, rows: Iterable[Member], kind: str, payload: dict[str, Any]) -> list[Notice]:  # noqa: ANN001
    return [n for row in rows for n in to_member(members, row, kind, payload)]
