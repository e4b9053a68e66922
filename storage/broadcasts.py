"""Tables of broadcasts (通知): the notice, its outbox (one row per recipient), and the senders alive.

The outbox row is the unit of sending work: claimed in the database before it is
sent (FOR UPDATE SKIP LOCKED on PostgreSQL), then given its outcome. The
`sender_processes` heartbeat lets several bot processes share Telegram's overall rate.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base


class Broadcast(Base):
    """A notice from staff: its content, audience, state and where its live progress is shown."""

    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    author_id: Mapped[int]  # the admin's telegram id
    # The composing step while status == draft: content → audience → receipt → preview → time.
    step: Mapped[str] = mapped_column(String(16), default="content")
    kind: Mapped[str] = mapped_column(String(16), default="text")  # text | photo | document | reminder
    body: Mapped[str] = mapped_column(Text, default="")  # Telegram HTML (text, or the caption)
    file_id: Mapped[str | None] = mapped_column(String(256))
    # {"all": true} | {"committees": [...], "sectors": [...]} | {"me": true} | {"ids": [...]}
    audience: Mapped[dict[str, Any]] = mapped_column(default=dict)
    needs_receipt: Mapped[bool] = mapped_column(default=False)
    # draft → scheduled → sending ⇄ paused → done | cancelled
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("broadcasts.id"))  # a 提醒未读 reminder's notice
    scheduled_at: Mapped[datetime | None]
    progress_chat_id: Mapped[int | None]
    progress_message_id: Mapped[int | None]
    progress_edited_at: Mapped[datetime | None]
    total: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    reported_at: Mapped[datetime | None]  # the delivery report was sent (claimed once)


class OutboxRow(Base):
    """One message the bot starts on its own, and what happened when it was sent.

    Either a recipient of a broadcast (`broadcast_id` set), or a notice (`kind` names its
    renderer, `payload` the ids and facts it is rendered from at send time).
    """

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("broadcast_id", "telegram_id", name="uq_outbox_broadcast_id"),
        Index("ix_outbox_state_next_attempt_at", "state", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    broadcast_id: Mapped[int | None] = mapped_column(ForeignKey("broadcasts.id"), index=True)
    telegram_id: Mapped[int]
    kind: Mapped[str | None] = mapped_column(String(32))  # a notice's renderer; None for a broadcast row
    payload: Mapped[dict[str, Any] | None]
    dedupe_key: Mapped[str | None] = mapped_column(String(128), unique=True)
    created_at: Mapped[datetime | None]
    # pending → claimed → sent | unreachable | failed | skipped (back to pending for a retry)
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    claimed_at: Mapped[datetime | None]
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    next_attempt_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    sent_message_id: Mapped[int | None]
    error: Mapped[str | None] = mapped_column(String(256))
    read_at: Mapped[datetime | None]


class SenderProcess(Base):
    """A bot process that sends outbox rows; alive while its heartbeat is fresh."""

    __tablename__ = "sender_processes"

    process_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seen_at: Mapped[datetime]
