"""Tables of the 《社情民意》 issues staff compile (编报): the numbered issues and their items.

An issue is a draft while staff add, order and remove items; publishing it fixes the items,
records the issue in each item's history (submission_events, kind "issue") and tells the
authors. An item is in at most one issue.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base


class CompilationIssue(Base):
    """《社情民意》{year}年第{number}期."""

    __tablename__ = "compilation_issues"
    __table_args__ = (UniqueConstraint("year", "number", name="uq_compilation_issues_year"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    year: Mapped[int]
    number: Mapped[int]
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | published
    created_by: Mapped[int]  # the admin's Telegram id
    created_at: Mapped[datetime]
    published_at: Mapped[datetime | None]
    published_by: Mapped[int | None]


class CompilationItem(Base):
    """One submission in an issue, at its print position (1, 2, 3 …)."""

    __tablename__ = "compilation_items"
    __table_args__ = (UniqueConstraint("submission_id", name="uq_compilation_items_submission_id"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("compilation_issues.id", ondelete="CASCADE"), index=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id", ondelete="CASCADE"))
    position: Mapped[int]
    added_by: Mapped[int]
    added_at: Mapped[datetime]
