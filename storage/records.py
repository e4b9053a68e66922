"""Tables of the 履职档案: the entries staff add by hand for what the bot did not see.

Everything else in a member's yearly record (events, 社情民意, notices, questions) is read
from the features' own tables when the record is shown; only manual entries are stored
here. Points are never stored: they are computed from the current weights each time.
An entry is corrected in place and keeps its earlier versions, with who changed it and
when, in `history`.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base


class RecordEntry(Base):
    """One manual entry of a member's 履职档案: a speech, a 提案 on paper, training elsewhere …"""

    __tablename__ = "record_entries"
    __table_args__ = (Index("ix_record_entries_member_id_day", "member_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)  # the day it happened, in the committee's zone
    kind: Mapped[str] = mapped_column(String(32))  # one of [records].manual's names (大会发言, 提案 …)
    note: Mapped[str] = mapped_column(Text, default="")
    deleted: Mapped[bool] = mapped_column(default=False)
    created_by: Mapped[int]  # the admin's Telegram id
    created_by_name: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime]
    updated_by: Mapped[int | None]
    updated_by_name: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime | None]
    # Earlier versions, oldest first: {"day", "kind", "note", "deleted", "by", "by_name", "at"}.
    history: Mapped[dict[str, Any]] = mapped_column(default=dict)
