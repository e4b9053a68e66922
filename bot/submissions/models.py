"""The plain values of the 社情民意 feature: the form's steps and limits, and the frozen
dataclasses the service returns (an item as read, step results, pages, filters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot import texts
from bot.errors import UserError
from bot.members import MemberInfo


FLOW = "submit"
REVIEW_FLOW = "review"

TITLE, CATEGORY, SITUATION, PROBLEM, SUGGESTION = "title", "category", "situation", "problem", "suggestion"
FILES, COSIGN, PHONE, UNIT, CHECK, PREVIEW, SIMILAR = "files", "cosign", "phone", "unit", "check", "preview", "similar"
BODY_FIELDS = (SITUATION, PROBLEM, SUGGESTION)
TEXT_FIELDS = (TITLE, *BODY_FIELDS)
EDITABLE_FIELDS = (TITLE, CATEGORY, SITUATION, PROBLEM, SUGGESTION, FILES, COSIGN)
ORDER = (TITLE, CATEGORY, SITUATION, PROBLEM, SUGGESTION, FILES, COSIGN, PHONE, UNIT, CHECK, PREVIEW)

TITLE_MIN, TITLE_MAX = 5, 40
BODY_MIN, BODY_MAX = 10, 2000
BODY_ADVISED = 1500
NOTE_MAX = 1000
MAX_COSIGNERS = 10
PHONE_RE = re.compile(r"^\+?\d{6,15}$")
SIMILAR_MIN = 0.25
SIMILAR_DAYS = 365
SIMILAR_SHOWN = 3
SIMILAR_BODY = 200  # characters of each body part compared
REMIND_BEFORE = timedelta(days=3)
BATCH = 200
EDITABLE_STATUSES = ("draft", "returned")
PAGE = 500  # records per keyset page of iter_filed, each page its own short transaction


class StaleStep(Exception):
    """A button for a step the draft is no longer at (an old message)."""


class StalePreview(UserError):
    """提交 on a preview older than the draft (it changed since, in another message or device)."""

    def __init__(self) -> None:
        super().__init__(texts.SUB_STALE_PREVIEW)


# --- values -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Attachment:
    id: int
    kind: str
    file_id: str
    name: str
    size: int
    caption: str | None = None  # what the member wrote with it


@dataclass(frozen=True)
class Cosigner:
    id: int
    submission_id: int
    member_id: int
    telegram_id: int
    name: str
    state: str


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor_name: str
    from_status: str
    to_status: str
    kind: str
    note: str
    level: str | None
    leader: str | None
    instruction: str | None


@dataclass(frozen=True)
class SubmissionView:
    id: int
    number: str | None
    member_id: int
    author_tid: int
    author_name: str
    unit: str | None
    phone: str | None
    title: str
    category: str
    situation: str
    problem: str
    suggestion: str
    status: str
    step: str
    editing: bool
    rev: int
    original: dict | None
    created_at: datetime
    updated_at: datetime
    filed_at: datetime | None
    attachments: tuple[Attachment, ...] = ()
    cosigners: tuple[Cosigner, ...] = ()
    seconders: tuple[str, ...] = ()
    history: tuple[HistoryEntry, ...] = ()

    @property
    def body_length(self) -> int:
        return len(self.situation) + len(self.problem) + len(self.suggestion)

    @property
    def agreed_cosigners(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.cosigners if c.state == "agreed")

    @property
    def pending_cosigners(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.cosigners if c.state == "invited")

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    @property
    def is_editable(self) -> bool:
        """A draft, or an item returned for revision: the member may still change it."""
        return self.status in EDITABLE_STATUSES

    @property
    def compiled_into(self) -> str | None:
        """The 《社情民意》 issue the item was published in (e.g. 2026年第12期), if any."""
        for entry in reversed(self.history):
            if entry.kind == "issue":
                return entry.note
        return None


@dataclass(frozen=True)
class StepResult:
    view: SubmissionView
    error: str | None = None
    warning: str | None = None


@dataclass(frozen=True)
class FileResult:
    view: SubmissionView
    filed: bool  # False: it had been filed already (a second press, another device)
    resubmitted: bool = False


@dataclass(frozen=True)
class SubmitOutcome:
    """提交 pressed: the similar items to look at first, or whether it was filed now (or already)."""

    view: SubmissionView
    filed: bool = False
    resubmitted: bool = False
    similar: tuple["SimilarItem", ...] = ()


@dataclass(frozen=True)
class SimilarItem:
    id: int
    number: str
    title: str
    author_name: str
    status: str
    own: bool
    score: float


@dataclass(frozen=True)
class CosignInvite:
    cosigner: Cosigner
    view: SubmissionView
    invitee: MemberInfo


@dataclass(frozen=True)
class CosignAnswer:
    cosigner: Cosigner
    title: str
    author_tid: int
    changed: bool


@dataclass(frozen=True)
class SecondResult:
    target: SubmissionView
    added: bool
    draft_deleted: bool


@dataclass(frozen=True)
class Change:
    view: SubmissionView
    from_status: str
    to_status: str
    note: str
    leader: str | None = None
    instruction: str | None = None
    member_told: bool = True  # a notice to the author was queued (they can be reached)


@dataclass(frozen=True)
class YearCounts:
    year: int
    filed: int
    city: int
    province: int
    national: int
    instructed: int


@dataclass(frozen=True)
class Page:
    items: tuple[SubmissionView, ...]
    page: int
    pages: int
    total: int


@dataclass(frozen=True)
class MineSummary:
    counts: YearCounts
    page: Page


@dataclass(frozen=True)
class SubmissionFilters:
    """Which filed items to read; every field optional. Times compare with filed_at."""

    since: datetime | None = None
    until: datetime | None = None
    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    special_committees: tuple[str, ...] = ()
    member_telegram_id: int | None = None
    reached: tuple[str, ...] = ()   # items that were ever at one of these statuses (or are now)
    text: str = ""                  # found in the number, the title or the body
