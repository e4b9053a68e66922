"""The typed inline buttons of export and 编报 (handlers/export.py; see handlers/buttons.py).

xp the /export choices; xi* the issues: one issue, one item of it, a new issue, and putting a
reviewed item into an issue (the review card's 编入期刊, handlers/submissions/cards.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from handlers.buttons import ButtonData


@dataclass(frozen=True)
class ExportChoice(ButtonData):
    """An /export answer: p (period code), s (status index or a), c (category index or a), f (format)."""

    prefix = "xp"
    action: str
    code: str


@dataclass(frozen=True)
class IssueAction(ButtonData):
    """v (open), w (the DOCX), p (publish?), pp (publish), x (close) on the issue `iid`."""

    prefix = "xi"
    action: str
    iid: int


@dataclass(frozen=True)
class IssueItemAction(ButtonData):
    """u (up), d (down), r (remove) for one item of the issue."""

    prefix = "xim"
    action: str
    iid: int
    item: int


@dataclass(frozen=True)
class IssueNew(ButtonData):
    """Create the issue `number` of `year` (the proposed next one)."""

    prefix = "xin"
    year: int
    number: int


@dataclass(frozen=True)
class IssueAddItem(ButtonData):
    """编入期刊 on a review card: pick the draft issue for the submission `sid`."""

    prefix = "xia"
    sid: int


@dataclass(frozen=True)
class IssueAddTo(ButtonData):
    """Put the submission `sid` into the draft issue `iid`."""

    prefix = "xit"
    iid: int
    sid: int
