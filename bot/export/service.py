"""ExportService: the one call a handler or the CLI makes to write an export or an issue.

It takes a *source*, a function `ExportFilter -> AsyncIterable[SubmissionRecord]` that the
submissions service provides (a query streamed in chunks, filtered in SQL), so the
export never holds all rows: each record is written as it arrives, the event loop is
given a turn every few rows, a progress callback hears how far it got (at most every
`progress_seconds`, and once at the end), and the slow finishing step (zipping the
XLSX, serialising the DOCX) runs in a worker thread. The file is written next to its
destination and renamed into place, so a failed export leaves no half file.

Role: when `actor` (a Telegram id) is given, the actor must be an admin (checked here,
as in the handler); the CLI passes no actor, being the operator.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Awaitable, Callable, Iterable
from zoneinfo import ZoneInfo

from bot import texts
from bot.clock import Clock
from bot.errors import UserError
from bot.export.csv_export import CsvBuilder
from bot.export.issue import IssueInfo
from bot.export.records import (
    FORMATS, STATUS_ORDER, ExportFilter, Period, RecordSource, Summary, dates_period, parse_period,
)
from bot.export.statuses import choices as status_choices, parse_status
from bot.export.xlsx import XlsxBuilder

ProgressCallback = Callable[[int, "int | None"], "Awaitable[None] | None"]

YIELD_EVERY = 200            # rows between turns given back to the event loop
BUILDERS = {"xlsx": XlsxBuilder, "csv": CsvBuilder, "docx": None}  # docx: _builder, on first use


def _builder(fmt: str):  # noqa: ANN202
    if fmt == "docx":
        # python-docx with lxml is ~11 MB of RSS: loaded by a DOCX export, not by every process at start
        from bot.export.docx import DocxBuilder

        return DocxBuilder
    return BUILDERS[fmt]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    count: int
    summary: Summary
    period_label: str
    filename: str            # what to call the file when sending it to a person


class ExportService:
    def __init__(self, source: RecordSource, *, committee: str, tz: ZoneInfo, clock: Clock,
                 categories: Iterable[str] = (), statuses: Iterable[str] = STATUS_ORDER,
                 members=None, progress_seconds: float = 2.0,  # noqa: ANN001 (bot.members.MembersService)
                 monotonic: Callable[[], float] = time.monotonic) -> None:
        self.source = source
        self.committee = committee
        self.tz = tz
        self.clock = clock
        self.categories = tuple(categories)
        self.statuses = tuple(statuses)
        self.members = members
        self.progress_seconds = progress_seconds
        self.monotonic = monotonic

    @classmethod
    def from_settings(cls, settings, clock: Clock, source: RecordSource, members=None,  # noqa: ANN001
                      **options) -> "ExportService":
        categories = settings.submissions.categories
        return cls(source, committee=settings.committee, tz=settings.timezone, clock=clock,
                   categories=categories, members=members, **options)

    # --- choosing what to export -----------------------------------------------

    @property
    def status_choices(self) -> tuple[str, ...]:
        """The status filters offered, levels reached first, then current statuses (bot/export/statuses.py)."""
        return tuple(choice.label for choice in status_choices())

    def period(self, text: str) -> Period:
        """本月 / 本季度 / 本年 / 全部 or "2026-01-01 2026-06-30", relative to the clock's now."""
        return parse_period(text, self.clock.now(), self.tz)

    def filter_for(self, period: Period | str, status: str | None = None,
                   category: str | None = None) -> ExportFilter:
        if isinstance(period, str):
            period = self.period(period)
        if status:
            choice = parse_status(status)
            if choice is None:
                raise UserError(texts.EXPORT_STATUS_BAD.format(value=status))
            status = choice.label   # 市政协采用 typed on the CLI reads 已采用（市级及以上）: what it selects
        if category and self.categories and category not in self.categories:
            raise UserError(texts.EXPORT_CATEGORY_BAD.format(value=category))
        return ExportFilter.for_period(period, status, category)

    def filter_for_dates(self, date_from: date | None, date_to: date | None, status: str | None = None,
                         category: str | None = None) -> ExportFilter:
        """The CLI's --from/--to/--status/--category."""
        return self.filter_for(dates_period(date_from, date_to, self.tz), status, category)

    def filename(self, fmt: str, flt: ExportFilter) -> str:
        stamp = self.clock.now().astimezone(self.tz).strftime("%Y%m%d-%H%M")
        return texts.EXPORT_FILENAME.format(period=flt.period_label, stamp=stamp, ext=fmt)

    # --- writing -------------------------------------------------------------------

    async def _check(self, actor: int | None) -> None:
        if actor is not None:
            if self.members is None:
                raise RuntimeError("ExportService needs members to check an actor's role")
            await self.members.require_admin(actor)

    async def export(self, fmt: str, flt: ExportFilter, path: str | Path, *, actor: int | None = None,
                     progress: ProgressCallback | None = None, total: int | None = None) -> ExportResult:
        """Stream the records `flt` selects into `path` as xlsx, csv or docx."""
        await self._check(actor)
        fmt = fmt.lower().lstrip(".")
        if fmt not in FORMATS:
            raise UserError(texts.EXPORT_FORMAT_BAD.format(value=fmt))
        path = Path(path)
        part = path.with_name(path.name + ".part")
        builder = _builder(fmt)(part, self.tz, committee=self.committee, period_label=flt.period_label,
                                statuses=self.statuses, categories=self.categories, made_on=self.clock.now())
        count = 0
        last = self.monotonic()
        try:
            async for record in self.source(flt):
                builder.add(record)
                count += 1
                if count % YIELD_EVERY == 0:
                    await asyncio.sleep(0)
                    if progress is not None and self.monotonic() - last >= self.progress_seconds:
                        last = self.monotonic()
                        await _call(progress, count, total)
            await asyncio.to_thread(builder.close)
            os.replace(part, path)
        except BaseException:
            builder.abort()
            part.unlink(missing_ok=True)
            raise
        if progress is not None:
            await _call(progress, count, total)
        return ExportResult(path, fmt, count, builder.summary, flt.period_label, self.filename(fmt, flt))

    async def compile_issue(self, issue: IssueInfo, path: str | Path, *, actor: int | None = None) -> Path:
        """The DOCX of one 《社情民意》 issue; the caller has the items in print order."""
        await self._check(actor)
        path = Path(path)
        part = path.with_name(path.name + ".part")
        try:
            from bot.export.docx import write_issue_docx  # python-docx: see _builder

            await asyncio.to_thread(write_issue_docx, issue, part, self.tz, self.committee)
            os.replace(part, path)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
        return path

    @staticmethod
    def issue_filename(issue: IssueInfo) -> str:
        return texts.ISSUE_FILENAME.format(year=issue.year, number=issue.number)


async def _call(progress: ProgressCallback, done: int, total: int | None) -> None:
    result = progress(done, total)
    if inspect.isawaitable(result):
        await result
