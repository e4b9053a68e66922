"""Tables of 社情民意 submissions: the items, their yearly number counter, attachments,
co-signers (联名), seconds (附议) and the status history.

A draft is a submission row without a number (status "draft"); its `step` is where the
member is in the guided form. Filing gives it a number from `submission_counters`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base


class SubmissionCounter(Base):
    """The last sequence number given out in one year (locked by UPDATE … RETURNING when filing)."""

    __tablename__ = "submission_counters"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(default=0)


class Submission(Base):
    """One 社情民意 item, from draft to 办理反馈."""

    __tablename__ = "submissions"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    number: Mapped[str | None] = mapped_column(String(24), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    author_name: Mapped[str] = mapped_column(String(64), default="")
    title: Mapped[str] = mapped_column(String(64), default="")
    category: Mapped[str] = mapped_column(String(32), default="")
    situation: Mapped[str] = mapped_column(Text, default="")
    problem: Mapped[str] = mapped_column(Text, default="")
    suggestion: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str | None] = mapped_column(String(32))
    unit: Mapped[str | None] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    step: Mapped[str] = mapped_column(String(16), default="title")
    editing: Mapped[bool] = mapped_column(default=False)  # a field is being changed from the preview
    rev: Mapped[int] = mapped_column(default=0)  # bumped on every change; a preview's 提交 carries it
    original: Mapped[dict[str, Any] | None] = mapped_column()  # the member's text before an admin edit
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime] = mapped_column(index=True)
    filed_at: Mapped[datetime | None] = mapped_column(index=True)
    reminded_at: Mapped[datetime | None]


class SubmissionAttachment(Base):
    __tablename__ = "submission_attachments"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # photo | document
    file_id: Mapped[str] = mapped_column(String(256))
    file_unique_id: Mapped[str] = mapped_column(String(128), default="")
    name: Mapped[str] = mapped_column(String(256), default="")
    caption: Mapped[str | None] = mapped_column(Text)  # what the member wrote with the photo or file
    size: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]


class SubmissionCosigner(Base):
    __tablename__ = "submission_cosigners"
    __table_args__ = (UniqueConstraint("submission_id", "member_id", name="uq_submission_cosigners_submission_id"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    state: Mapped[str] = mapped_column(String(16), default="invited")  # invited | agreed | declined
    invited_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]


class SubmissionSecond(Base):
    """附议: a member's support added to an existing item instead of filing a duplicate."""

    __tablename__ = "submission_seconds"
    __table_args__ = (UniqueConstraint("submission_id", "member_id", name="uq_submission_seconds_submission_id"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    created_at: Mapped[datetime]


class SubmissionEvent(Base):
    """One entry of an item's history: a status change, a note to the member, an edit."""

    __tablename__ = "submission_events"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"), index=True)
    actor_tid: Mapped[int]
    actor_name: Mapped[str] = mapped_column(String(64), default="")
    from_status: Mapped[str] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16), default="status")  # status | note | edit | issue
    note: Mapped[str] = mapped_column(Text, default="")
    level: Mapped[str | None] = mapped_column(String(16))  # city | province | national (采用)
    leader: Mapped[str | None] = mapped_column(String(64))  # 批示
    instruction: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(index=True)
