"""The committee's roster (委员名册): one row per member the committee lists, joined or not.

A roster row exists before its person has a Telegram account, so it is a table of its own
beside `members` (whose rows need a Telegram id). `member_id` is set once the person binds
their account (by their personal invite link, or when an admin approves a matching
registration); `invite_id` is that personal link, a single-use row of `invites`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base


class RosterEntry(Base):
    """A member as the roster file lists them; `phone` is kept in its matching form (digits)."""

    __tablename__ = "roster_entries"
    __table_args__ = (UniqueConstraint("member_id", name="uq_roster_entries_member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64))
    sector: Mapped[str] = mapped_column(String(64))
    special_committee: Mapped[str | None] = mapped_column(String(64))
    phone: Mapped[str | None] = mapped_column(String(32), index=True)
    unit: Mapped[str | None] = mapped_column(String(128))
    title: Mapped[str | None] = mapped_column(String(64))  # 职务
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    invite_id: Mapped[int | None] = mapped_column(ForeignKey("invites.id"))
    joined_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    updated_by: Mapped[int | None]  # the admin's Telegram id; None: the command line
