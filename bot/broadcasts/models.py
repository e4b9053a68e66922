"""Broadcasts (通知), the plain values: a draft, its audience, progress, outcomes and report.

The step names say where an admin is in composing (content → audience → receipt
→ preview → time → time_ok); `draft_of` turns a stored row into the value handlers see.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime

from bot import texts
from bot.outbox import FAILED, SENT, UNREACHABLE
from storage.broadcasts import Broadcast

FLOW = "broadcast"
CONTENT, AUDIENCE, RECEIPT, PREVIEW, TIME = "content", "audience", "receipt", "preview", "time"
TIME_OK = "time_ok"  # a send time was read and echoed; it is scheduled once confirmed
KINDS = ("text", "photo", "document")
LIST_LIMIT = 5


@dataclass(frozen=True)
class Recipient:
    telegram_id: int
    name: str
    can_receive: bool
    why_not: str | None  # texts.BC_WHY_* when the bot cannot reach them


@dataclass(frozen=True)
class Draft:
    id: int
    author_id: int
    step: str
    status: str
    kind: str
    body: str
    file_id: str | None
    audience: dict
    needs_receipt: bool
    scheduled_at: datetime | None
    parent_id: int | None = None

    @property
    def audience_label(self) -> str:
        a = self.audience
        if a.get("all"):
            return texts.BC_ALL
        if a.get("me"):
            return texts.BC_ONLY_ME
        if a.get("ids"):
            return texts.BC_UNREAD_AUDIENCE
        names = list(a.get("committees", [])) + list(a.get("sectors", []))
        return "、".join(names) if names else texts.BC_NOBODY

    @property
    def title(self) -> str:
        """A short label of the notice for lists (its first line, tags dropped)."""
        plain = html.unescape(re.sub(r"<[^>]+>", "", self.body or "")).strip().split("\n")[0]
        label = plain[:24] + ("…" if len(plain) > 24 else "")
        return label or texts.BC_KIND_NAMES.get(self.kind, self.kind)


@dataclass(frozen=True)
class Audience:
    recipients: tuple[Recipient, ...]

    @property
    def total(self) -> int:
        return len(self.recipients)

    @property
    def unreachable(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if not r.can_receive)


@dataclass(frozen=True)
class Started:
    draft: Draft
    total: int
    unreachable: int


@dataclass(frozen=True)
class Progress:
    draft: Draft
    total: int
    sent: int
    failed: int
    unreachable: int
    left: int
    read: int
    progress_chat_id: int | None
    progress_message_id: int | None

    @property
    def finished(self) -> bool:
        return self.draft.status in ("done", "cancelled")


@dataclass(frozen=True)
class Outcome:
    """One recipient's result, for the report and the XLSX."""

    name: str
    telegram_id: int
    sector: str
    committee: str
    state: str
    attempts: int
    error: str | None
    sent_at: datetime | None
    read_at: datetime | None


@dataclass(frozen=True)
class Report:
    progress: Progress
    outcomes: tuple[Outcome, ...]

    @property
    def failures(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.state == FAILED)

    @property
    def unreachable(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.state == UNREACHABLE)

    @property
    def unread(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.state == SENT and o.read_at is None)


@dataclass(frozen=True)
class ReadResult:
    broadcast_id: int
    already: bool


def draft_of(b: Broadcast) -> Draft:
    return Draft(b.id, b.author_id, b.step, b.status, b.kind, b.body, b.file_id, dict(b.audience or {}),
                 b.needs_receipt, b.scheduled_at, b.parent_id)
