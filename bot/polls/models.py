"""Plain values of 问卷调查: the steps of composing, notice kinds, what handlers are given."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

FLOW = "poll"  # the admin composing a poll or a survey
ANSWER_FLOW = "survey"  # a member answering a survey

# Steps of the draft (polls.step). A poll: QUESTION → OPTIONS → MODE → NAMING → AUDIENCE → DEADLINE
# (→ DEADLINE_OK) → PREVIEW. A survey: TITLE → QUESTIONS (→ QUESTION_TEXT) → NAMING → AUDIENCE → …
QUESTION, OPTIONS, MODE, NAMING, AUDIENCE, DEADLINE, DEADLINE_OK, PREVIEW = (
    "question", "options", "mode", "naming", "audience", "deadline", "deadline_ok", "preview")
TITLE, QUESTIONS, QUESTION_TEXT = "title", "questions", "qtext"

SINGLE, MULTI, RATING, TEXT = "single", "multi", "rating", "text"
QUESTION_KINDS = (SINGLE, MULTI, RATING, TEXT)
RATING_SCALE = 5
TEXT_LIMIT = 500
MIN_OPTIONS, MAX_OPTIONS = 2, 10
MAX_QUESTIONS = 30
REMIND_EVERY_SECONDS = 3600
LIST_LIMIT = 10

# Notice kinds (renderers in handlers/polls/notices.py).
POLL_SEND = "poll.send"  # to a recipient: payload poll_id, telegram_id (their native poll)
POLL_STOP = "poll.stop"  # to a recipient: payload poll_id, message_id (stopPoll of their copy)
POLL_RESULTS = "poll.results"  # to the author: payload poll_id (closed: the results)
SURVEY_INVITE = "survey.invite"  # to a recipient: payload poll_id (开始填写)
POLL_REMIND = "poll.remind"  # to a non-responder: payload poll_id


@dataclass(frozen=True)
class Question:
    id: int
    position: int
    kind: str
    text: str
    options: tuple[str, ...] = ()

    @property
    def choices(self) -> tuple[str, ...]:
        """What can be chosen: the options, or 1…5 for a rating."""
        if self.kind == RATING:
            return tuple(f"{i}分" for i in range(1, RATING_SCALE + 1))
        return self.options


@dataclass(frozen=True)
class PollView:
    id: int
    kind: str
    author_id: int
    status: str
    step: str
    title: str
    options: tuple[str, ...]
    multiple: bool
    anonymous: bool
    audience: dict[str, Any]
    deadline_at: datetime | None
    total: int
    created_at: datetime
    questions: tuple[Question, ...] = ()

    @property
    def is_survey(self) -> bool:
        return self.kind == "survey"


@dataclass(frozen=True)
class QuestionResult:
    question: Question
    counts: tuple[int, ...]  # per choice
    answers: int  # how many answered this question
    texts: tuple[str, ...] = ()  # free-text answers (named: "姓名：text")
    by_member: tuple[tuple[str, str], ...] = ()  # named: (name, answer)

    @property
    def mean(self) -> float | None:
        """A rating's average (1–5), None when nobody rated."""
        if self.question.kind != RATING or not self.answers:
            return None
        return sum((i + 1) * c for i, c in enumerate(self.counts)) / self.answers

    def percent(self, i: int) -> float:
        return 100.0 * self.counts[i] / self.answers if self.answers else 0.0


@dataclass(frozen=True)
class Results:
    poll: PollView
    recipients: int
    responded: int
    questions: tuple[QuestionResult, ...]
    non_responders: tuple[str, ...] | None  # None: cannot be known (an anonymous quick poll)
    unreachable: tuple[str, ...] = ()


@dataclass(frozen=True)
class SurveyStep:
    """Where a member is in a survey: the question to show (None: the final 提交 screen)."""

    poll: PollView
    index: int
    question: Question | None
    chosen: tuple[int, ...] = ()
    answer_text: str | None = None
    done: bool = False


@dataclass(frozen=True)
class Started:
    poll: PollView
    recipients: int
    unreachable: int


@dataclass(frozen=True)
class Draft:
    """What the composing handler shows next."""

    poll: PollView
    data: dict[str, Any] = field(default_factory=dict)
