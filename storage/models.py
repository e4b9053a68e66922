"""Tables of the foundation: members, invites, dialog steps and processed updates.

Feature tables live in their own modules (storage/<feature>.py) on the same Base,
and each is created by its own migration.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base


class Member(Base):
    """A person known to the bot: a member (委员) or an admin (staff)."""

    __tablename__ = "members"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    telegram_id: Mapped[int] = mapped_column(unique=True)
    name: Mapped[str] = mapped_column(String(64), default="")
    tg_name: Mapped[str] = mapped_column(String(128), default="")
    username: Mapped[str | None] = mapped_column(String(64))
    sector: Mapped[str | None] = mapped_column(String(64))
    special_committee: Mapped[str | None] = mapped_column(String(64))
    unit: Mapped[str | None] = mapped_column(String(128))
    phone: Mapped[str | None] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(16), default="member")  # member | admin
    # registering → pending → active | rejected; active ↔ blocked
    status: Mapped[str] = mapped_column(String(16), default="registering", index=True)
    # A bot cannot open a chat: True once the person has pressed /start.
    chat_started: Mapped[bool] = mapped_column(default=False)
    # False after Telegram answered 403 (the person blocked the bot).
    reachable: Mapped[bool] = mapped_column(default=True)
    invite_id: Mapped[int | None] = mapped_column(ForeignKey("invites.id"))
    created_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[int | None]


class Invite(Base):
    """A deep-link code that registers without waiting for approval."""

    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    created_by: Mapped[int]
    max_uses: Mapped[int]
    uses: Mapped[int] = mapped_column(default=0)
    expires_at: Mapped[datetime]
    revoked: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime]


class DialogState(Base):
    """The step a person is at in a multi-step flow; the record, not PTB's memory."""

    __tablename__ = "dialog_states"

    telegram_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    flow: Mapped[str] = mapped_column(String(32))
    step: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime]


class ProcessedUpdate(Base):
    """Update ids already handled, so a redelivered update is handled once."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    received_at: Mapped[datetime] = mapped_column(index=True)


class KeyValue(Base):
    """Small process-wide facts shared by all bot processes (e.g. last error notice)."""

    __tablename__ = "key_values"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime]
