"""Tables of 问卷调查: quick polls (Telegram's native polls) and surveys (questions answered in the chat).

A `polls` row is either kind. Who was asked is `poll_recipients` (one row per member, with
the Telegram poll their copy carries for a named quick poll, the message to close, and
when they answered). Answers are kept apart from people where the item is anonymous:
an anonymous quick poll keeps only Telegram's counts per copy (`poll_tallies`, no member),
an anonymous survey's `survey_responses` carry no member id, and the fact of having
answered is only `poll_recipients.answered_at`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base


class Poll(Base):
    """A quick poll or a survey: its question(s), audience, state and deadline."""

    __tablename__ = "polls"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    author_id: Mapped[int]  # the admin's telegram id
    kind: Mapped[str] = mapped_column(String(8), default="poll")  # poll | survey
    # Where the admin is while status == draft (see bot/polls/models.py).
    step: Mapped[str] = mapped_column(String(16), default="question")
    # draft → open → closed | cancelled
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    title: Mapped[str] = mapped_column(Text, default="")  # a poll's question, a survey's title
    options: Mapped[list[Any]] = mapped_column(JSON, default=list)  # a quick poll's options
    multiple: Mapped[bool] = mapped_column(default=False)
    anonymous: Mapped[bool] = mapped_column(default=False)
    audience: Mapped[dict[str, Any]] = mapped_column(default=dict)
    deadline_at: Mapped[datetime | None]
    total: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime]
    started_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    reminded_at: Mapped[datetime | None]  # the last 提醒未答 (once an hour at most)


class PollQuestion(Base):
    """One question of a survey: single, multi, rating (1–5) or text (≤ 500 字)."""

    __tablename__ = "poll_questions"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id"), index=True)
    position: Mapped[int]
    kind: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    options: Mapped[list[Any]] = mapped_column(JSON, default=list)


class PollRecipient(Base):
    """A member asked: their copy of a quick poll, and whether (named: what) they answered."""

    __tablename__ = "poll_recipients"
    __table_args__ = (UniqueConstraint("poll_id", "telegram_id", name="uq_poll_recipients_poll_id"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id"), index=True)
    telegram_id: Mapped[int]
    can_receive: Mapped[bool] = mapped_column(default=True)
    tg_poll_id: Mapped[str | None] = mapped_column(String(64), index=True)  # named quick polls only
    message_id: Mapped[int | None]  # the copy to close (stopPoll)
    choice: Mapped[list[Any] | None] = mapped_column(JSON)  # a named quick poll's chosen option indexes
    answered_at: Mapped[datetime | None]


class PollTally(Base):
    """Telegram's counts for one copy of an anonymous quick poll; no member."""

    __tablename__ = "poll_tallies"

    tg_poll_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id"), index=True)
    counts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    voters: Mapped[int] = mapped_column(default=0)


class SurveyResponse(Base):
    """One finished survey; `telegram_id` is None for an anonymous survey."""

    __tablename__ = "survey_responses"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id"), index=True)
    telegram_id: Mapped[int | None]


class SurveyAnswer(Base):
    """One answer of a response: chosen option indexes, a rating, or a text."""

    __tablename__ = "survey_answers"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("survey_responses.id"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("poll_questions.id"))
    choice: Mapped[list[Any] | None] = mapped_column(JSON)
    text: Mapped[str | None] = mapped_column(Text)
