"""One numbered issue of 《社情民意》 as plain data: what the issues service hands the
DOCX writer (bot/export/docx.py).

Kept apart from the writer so that the services that only pass an issue around do not
load python-docx and lxml (about 11 MB of RSS) at start: only writing a DOCX does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot import texts
from bot.export.records import SubmissionRecord

__all__ = ["IssueInfo"]


@dataclass(frozen=True)
class IssueInfo:
    """One numbered issue of 《社情民意》 and its items, in the order they are printed."""

    year: int
    number: int
    published_at: datetime            # aware
    items: list[SubmissionRecord] = field(default_factory=list)
    report_to: str = texts.ISSUE_REPORT_TO
    send_to: str = texts.ISSUE_SEND_TO
    copies: int | None = None

    @property
    def label(self) -> str:
        return texts.ISSUE_NUMBER.format(year=self.year, number=self.number)
