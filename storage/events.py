"""Tables of events: the events themselves, each member's attendance, and reminder rows.

A reminder is a row with a due time; the dispatcher claims due rows (state
pending → claimed) in the database before sending, so a reminder goes out once
across restarts and across several bot processes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base


class Event(Base):
    """One occurrence of a 学习 / 视察 / 调研 / 会议; a repeating event is one row per occurrence."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))  # study | inspection | survey | meeting
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime | None]
    place: Mapped[str] = mapped_column(String(200), default="")
    # {"all": true} or {"committees": [...], "sectors": [...]}
    audience: Mapped[dict[str, Any]] = mapped_column(default=dict)
    organiser_tid: Mapped[int]  # the admin who approves leave
    offsets: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"minutes": [1440, 120]}
    repeat: Mapped[str] = mapped_column(String(16), default="none")  # none | weekly | monthly
    repeat_until: Mapped[datetime | None]
    series_id: Mapped[int | None] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | cancelled
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Attendance(Base):
    """A member invited to an event: their answer, leave request and check-in."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("event_id", "member_id", name="uq_attendance_event_id"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    answer: Mapped[str | None] = mapped_column(String(16))  # attend | leave | None (未回复)
    answered_at: Mapped[datetime | None]
    leave_reason: Mapped[str | None] = mapped_column(String(200))
    leave_decision: Mapped[str | None] = mapped_column(String(16))  # approved | rejected | None
    decided_by: Mapped[int | None]
    decided_at: Mapped[datetime | None]
    checked_in_at: Mapped[datetime | None]


class Reminder(Base):
    """One message to one member about one event, due at a time.

    kind: notice (on publish), remind (an offset before the start), nudge (提醒未回复),
    change (time or place edited), cancel (event cancelled).
    """

    __tablename__ = "reminders"
    __table_args__ = (Index("ix_reminders_state_due_at", "state", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16), default="remind")
    due_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(16), default="pending")  # pending | claimed | sent | skipped | failed
    skip_reason: Mapped[str | None] = mapped_column(String(32))
    attempts: Mapped[int] = mapped_column(default=0)
    claimed_at: Mapped[datetime | None]
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
