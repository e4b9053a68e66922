"""The one record type of a filed 社情民意 item, as the export, the compilation and the Q&A read it.

It lives in the submissions package (which produces it) and imports nothing of the service,
so bot/export can import it without a cycle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class SubmissionRecord:
    """One filed submission as staff see it in a spreadsheet row or a compilation item.

    The one record type of a filed item: the submissions service produces it
    (`SubmissionsService.iter_filed`), the export writers and the Q&A read it. The fields after
    `attachments_count` identify the item and its author for the bot (not exported).
    """

    number: str                      # SQMY-2026-0001
    filed_at: datetime               # aware, UTC
    member_name: str
    sector: str | None               # 界别
    special_committee: str | None    # 专委会
    unit: str | None
    co_signers: tuple[str, ...]      # only those who agreed (同意联名)
    category: str
    title: str
    situation: str                   # 情况
    problem: str                     # 问题与原因
    suggestion: str                  # 意见建议
    characters: int
    seconds_count: int               # 附议数
    status: str                      # Chinese label, e.g. 市政协采用
    adoption_levels: tuple[str, ...] = ()   # ("市政协", "省政协")
    instructions: str = ""           # 批示, with the leader's name
    last_note: str = ""
    attachments_count: int = 0
    id: int = 0                      # the submissions row
    author_telegram_id: int | None = None
    status_code: str = ""            # the workflow code, e.g. adopted_city
    seconders: tuple[str, ...] = ()  # names of those who 附议'd
    phone: str | None = None
    original: dict | None = field(default=None, compare=False, repr=False)  # the member's text before a staff edit
    reached: tuple[str, ...] = ()    # the levels it reached (workflow.LEVELS_REACHED keys), from its history

    @property
    def edited_by_staff(self) -> bool:
        return bool(self.original)

    def __post_init__(self) -> None:
        if self.filed_at.tzinfo is None:
            raise ValueError("SubmissionRecord.filed_at must be an aware datetime")
