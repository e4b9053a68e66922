"""Tables of the knowledge Q&A: admin-added documents, FAQ pairs, asked questions, forwards to staff."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base


class KbDocument(Base):
    """A document an admin added; its extracted text is kept so every process can index it."""

    __tablename__ = "kb_documents"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    title: Mapped[str] = mapped_column(String(255), default="")
    doc_date: Mapped[str] = mapped_column(String(32), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    passages: Mapped[int] = mapped_column(default=0)
    imported_by: Mapped[int | None]
    imported_at: Mapped[datetime]


class FaqPair(Base):
    """An admin-curated question and answer; wins over retrieval when it matches."""

    __tablename__ = "kb_faqs"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    created_by: Mapped[int | None]
    created_at: Mapped[datetime]


class AskedQuestion(Base):
    """Every question asked: for 查看原文, feedback, suggestions, and /kb_gaps."""

    __tablename__ = "kb_questions"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    telegram_id: Mapped[int] = mapped_column(index=True)
    question: Mapped[str] = mapped_column(Text)
    normalized: Mapped[str] = mapped_column(Text, default="")
    answered: Mapped[bool] = mapped_column(default=False)
    confidence: Mapped[float] = mapped_column(default=0.0)
    answer: Mapped[str] = mapped_column(Text, default="")
    passage_id: Mapped[str | None] = mapped_column(String(64))
    suggestions: Mapped[dict[str, Any]] = mapped_column(default=dict)
    rating: Mapped[int | None]  # +1 👍, -1 👎
    forwarded: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(index=True)


class ForwardedQuestion(Base):
    """A question passed to staff; the first admin reply goes back to the member."""

    __tablename__ = "kb_forwards"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("kb_questions.id"))
    telegram_id: Mapped[int]
    reply: Mapped[str | None] = mapped_column(Text)
    replied_by: Mapped[int | None]
    replied_at: Mapped[datetime | None]
    faq_id: Mapped[int | None] = mapped_column(ForeignKey("kb_faqs.id"))
    created_at: Mapped[datetime]
