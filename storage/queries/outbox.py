"""Queries on sent notices: where a notice's copies went, to edit them once their moment has passed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.broadcasts import OutboxRow


async def sent_copies(s: AsyncSession, kind: str, key_prefix: str) -> list[tuple[int, int, dict]]:
    """(chat id, message id, payload) of each sent notice of `kind` whose dedupe key starts with `key_prefix`."""
    rows = await s.execute(select(OutboxRow.telegram_id, OutboxRow.sent_message_id, OutboxRow.payload).where(
        OutboxRow.broadcast_id.is_(None), OutboxRow.kind == kind, OutboxRow.dedupe_key.like(f"{key_prefix}%"),
        OutboxRow.sent_message_id.is_not(None)).order_by(OutboxRow.id))
    return [(int(tid), int(mid), dict(payload or {})) for tid, mid, payload in rows]
