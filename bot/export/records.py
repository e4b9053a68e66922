"""What an export is made of: one flat record per submission, the filter, the periods, the columns.

The submissions service feeds exports with `SubmissionRecord`s (bot/submissions/record.py) (an async iterable read
from the database in chunks); the writers here never see tables or sessions. Periods
are computed in the committee's zone and turned into half-open UTC intervals
`[date_from, date_to)`, so the first second of a month is in it and the first second
of the next month is not, whatever the microseconds.

Not for: querying the database (the submissions service does that, applying the
same `ExportFilter` in SQL) or writing files (xlsx.py, csv_export.py, docx.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable
from zoneinfo import ZoneInfo

from bot import texts
from bot.errors import UserError
from bot.submissions.record import SubmissionRecord  # noqa: F401 (the record type the writers take)
from bot.export.cells import xml_safe  # noqa: F401 (kept importable from here)
from bot.export.statuses import parse_status, record_levels
from bot.submissions.workflow import FILED_STATUSES, LEVELS_REACHED, status_name

FORMATS = ("xlsx", "csv", "docx")

# The order statuses are listed in the summary sheet (zero rows included): the submissions
# workflow's own list, so the two cannot drift; a status not listed is still counted, after these.
STATUS_ORDER: tuple[str, ...] = tuple(status_name(code) for code in FILED_STATUSES)


@dataclass(frozen=True)
class Period:
    """A half-open interval [start, end) in UTC; None means open on that side."""

    start: datetime | None
    end: datetime | None
    label: str

    def contains(self, when: datetime) -> bool:
        return (self.start is None or when >= self.start) and (self.end is None or when < self.end)


@dataclass(frozen=True)
class ExportFilter:
    """What to export. `date_to` is exclusive: the first instant after the period."""

    date_from: datetime | None = None
    date_to: datetime | None = None
    status: str | None = None
    category: str | None = None
    period_label: str = texts.EXPORT_PERIOD_LABEL_ALL
    # The console's further filters (None: any); /export and the CLI leave them unset.
    sector: str | None = None
    special_committee: str | None = None
    text: str | None = None         # in the number, the title or the body

    @classmethod
    def for_period(cls, period: Period, status: str | None = None, category: str | None = None) -> "ExportFilter":
        return cls(period.start, period.end, status or None, category or None, period.label)

    def matches(self, record: SubmissionRecord) -> bool:
        """The same rule the database query applies; used for in-memory sources."""
        if self.date_from is not None and record.filed_at < self.date_from:
            return False
        if self.date_to is not None and record.filed_at >= self.date_to:
            return False
        if self.status and not _status_matches(self.status, record):
            return False
        if self.category and record.category != self.category:
            return False
        if self.sector and record.sector != self.sector:
            return False
        if self.special_committee and record.special_committee != self.special_committee:
            return False
        if self.text and not any(self.text in (v or "") for v in (record.number, record.title, record.situation,
                                                                   record.problem, record.suggestion)):
            return False
        return True


def _status_matches(label: str, record: SubmissionRecord) -> bool:
    choice = parse_status(label)
    if choice is None:
        return record.status == label
    if choice.reached:
        return choice.code in record_levels(record.status, record.status_code, record.reached)
    return (record.status_code or record.status) in (choice.code, status_name(choice.code))


# --- Periods, in the committee's zone ---------------------------------------------


def _utc(local: datetime) -> datetime:
    return local.astimezone(timezone.utc)


def _day_start(day: date, tz: ZoneInfo) -> datetime:
    return _utc(datetime(day.year, day.month, day.day, tzinfo=tz))


def month_period(year: int, month: int, tz: ZoneInfo) -> Period:
    start = date(year, month, 1)
    end = date(year + (month == 12), month % 12 + 1, 1)
    return Period(_day_start(start, tz), _day_start(end, tz),
                  texts.EXPORT_PERIOD_LABEL_MONTH.format(year=year, month=month))


def quarter_period(year: int, quarter: int, tz: ZoneInfo) -> Period:
    first_month = 3 * (quarter - 1) + 1
    start = date(year, first_month, 1)
    end = date(year + (quarter == 4), (first_month + 2) % 12 + 1, 1)
    return Period(_day_start(start, tz), _day_start(end, tz),
                  texts.EXPORT_PERIOD_LABEL_QUARTER.format(year=year, quarter=quarter))


def year_period(year: int, tz: ZoneInfo) -> Period:
    return Period(_day_start(date(year, 1, 1), tz), _day_start(date(year + 1, 1, 1), tz),
                  texts.EXPORT_PERIOD_LABEL_YEAR.format(year=year))


def all_period() -> Period:
    return Period(None, None, texts.EXPORT_PERIOD_LABEL_ALL)


def date_label(day: date) -> str:
    return texts.EXPORT_DATE.format(year=day.year, month=day.month, day=day.day)


def range_period(first: date, last: date, tz: ZoneInfo) -> Period:
    """From the first second of `first` to the last second of `last`, both days included."""
    if last < first:
        raise UserError(texts.EXPORT_PERIOD_REVERSED)
    return Period(_day_start(first, tz), _day_start(last + timedelta(days=1), tz),
                  texts.EXPORT_PERIOD_LABEL_RANGE.format(start=date_label(first), end=date_label(last)))


_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def parse_date(text: str) -> date:
    """'2026-01-01', '2026/1/1', '2026.1.1' or '2026年1月1日' → date; UserError otherwise."""
    match = _DATE.fullmatch(text.strip())
    if not match:
        raise UserError(texts.EXPORT_PERIOD_BAD_DATE.format(value=text.strip()))
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise UserError(texts.EXPORT_PERIOD_BAD_DATE.format(value=text.strip())) from None


def parse_period(text: str, now: datetime, tz: ZoneInfo) -> Period:
    """本月 / 本季度 / 本年 / 全部 (relative to `now` in the committee zone) or two dates.

    Two dates may be separated by spaces, 至, 到, ~ or a dash between spaces:
    "2026-01-01 2026-06-30", "2026-01-01至2026-06-30".
    """
    text = text.strip()
    local = now.astimezone(tz)
    if text == texts.EXPORT_PERIOD_MONTH:
        return month_period(local.year, local.month, tz)
    if text == texts.EXPORT_PERIOD_QUARTER:
        return quarter_period(local.year, (local.month - 1) // 3 + 1, tz)
    if text == texts.EXPORT_PERIOD_YEAR:
        return year_period(local.year, tz)
    if text == texts.EXPORT_PERIOD_ALL:
        return all_period()
    found = [m.group(0) for m in _DATE.finditer(text)]
    rest = _DATE.sub("", text)
    if len(found) != 2 or rest.strip(" \t~～至到—–-") != "":
        raise UserError(texts.EXPORT_PERIOD_BAD)
    first, last = (parse_date(typed) for typed in found)
    return range_period(first, last, tz)


def dates_period(date_from: date | None, date_to: date | None, tz: ZoneInfo) -> Period:
    """The CLI's --from/--to (both days included; either may be missing)."""
    if date_from and date_to:
        return range_period(date_from, date_to, tz)
    if date_from:
        return Period(_day_start(date_from, tz), None,
                      texts.EXPORT_PERIOD_LABEL_RANGE.format(start=date_label(date_from), end=""))
    if date_to:
        return Period(None, _day_start(date_to + timedelta(days=1), tz),
                      texts.EXPORT_PERIOD_LABEL_RANGE.format(start="", end=date_label(date_to)))
    return all_period()


# --- Columns, shared by XLSX and CSV -------------------------------------------------


def join_names(names: Iterable[str]) -> str:
    return texts.EXPORT_LIST_SEPARATOR.join(n for n in names if n)


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[SubmissionRecord], object]
    width: float                 # Excel character units
    kind: str = "text"           # text | long (wrapped) | int | datetime


COLUMNS: tuple[Column, ...] = (
    Column(texts.EXPORT_COL_NUMBER, lambda r: r.number, 16),
    Column(texts.EXPORT_COL_FILED_AT, lambda r: r.filed_at, 18, "datetime"),
    Column(texts.EXPORT_COL_MEMBER, lambda r: r.member_name, 12),
    Column(texts.EXPORT_COL_SECTOR, lambda r: r.sector or "", 14),
    Column(texts.EXPORT_COL_SPECIAL_COMMITTEE, lambda r: r.special_committee or "", 16),
    Column(texts.EXPORT_COL_UNIT, lambda r: r.unit or "", 22, "long"),
    Column(texts.EXPORT_COL_CO_SIGNERS, lambda r: join_names(r.co_signers), 16, "long"),
    Column(texts.EXPORT_COL_CATEGORY, lambda r: r.category, 10),
    Column(texts.EXPORT_COL_TITLE, lambda r: r.title, 36, "long"),
    Column(texts.EXPORT_COL_SITUATION, lambda r: r.situation, 60, "long"),
    Column(texts.EXPORT_COL_PROBLEM, lambda r: r.problem, 60, "long"),
    Column(texts.EXPORT_COL_SUGGESTION, lambda r: r.suggestion, 60, "long"),
    Column(texts.EXPORT_COL_CHARACTERS, lambda r: r.characters, 8, "int"),
    Column(texts.EXPORT_COL_SECONDS, lambda r: r.seconds_count, 8, "int"),
    Column(texts.EXPORT_COL_STATUS, lambda r: r.status, 12),
    Column(texts.EXPORT_COL_ADOPTION, lambda r: join_names(r.adoption_levels), 16),
    Column(texts.EXPORT_COL_INSTRUCTIONS, lambda r: r.instructions, 40, "long"),
    Column(texts.EXPORT_COL_LAST_NOTE, lambda r: r.last_note, 30, "long"),
    Column(texts.EXPORT_COL_ATTACHMENTS, lambda r: r.attachments_count, 8, "int"),
)
HEADERS: tuple[str, ...] = tuple(c.header for c in COLUMNS)

# A spreadsheet runs a CSV field that starts with one of these as a formula (or DDE); see OWASP
# "CSV injection". CSV has no cell types, so its text gets a quote prefix; XLSX stores text as
# string cells instead (bot/export/cells.py).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Prefix a quote to CSV text a spreadsheet would otherwise run as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def local_naive(when: datetime, tz: ZoneInfo) -> datetime:
    """The committee-zone wall time without a zone (Excel has no zones), to the second."""
    return when.astimezone(tz).replace(tzinfo=None, microsecond=0)


def month_key(when: datetime, tz: ZoneInfo) -> tuple[int, int]:
    local = when.astimezone(tz)
    return local.year, local.month


class Summary:
    """Counts by current status, level reached, category, 界别 and month, accumulated while rows stream by.

    An item counts once under its current status and once under every level it reached (an item
    adopted by the city and then given 批示 counts under 已采用（市级及以上） and 已获领导批示)."""

    def __init__(self, tz: ZoneInfo, statuses: Iterable[str] = STATUS_ORDER,
                 categories: Iterable[str] = ()) -> None:
        self.tz = tz
        self.total = 0
        self.by_status: dict[str, int] = {s: 0 for s in statuses}
        self.by_category: dict[str, int] = {c: 0 for c in categories}
        self.by_sector: dict[str, int] = {}
        self.by_month: dict[tuple[int, int], int] = {}
        self.by_level: dict[str, int] = {level: 0 for level in LEVELS_REACHED}

    def add(self, record: SubmissionRecord) -> None:
        self.total += 1
        for table, key in ((self.by_status, record.status), (self.by_category, record.category),
                           (self.by_sector, record.sector or texts.EXPORT_UNKNOWN),
                           (self.by_month, month_key(record.filed_at, self.tz))):
            table[key] = table.get(key, 0) + 1
        for level in record_levels(record.status, record.status_code, record.reached):
            self.by_level[level] += 1

    def sections(self) -> list[tuple[str, list[tuple[str, int]]]]:
        """(heading, [(name, count), …]) in the order the summary sheet shows them."""
        months = [(texts.EXPORT_SUMMARY_MONTH.format(year=y, month=m), n)
                  for (y, m), n in sorted(self.by_month.items())]
        sectors = sorted(self.by_sector.items(), key=lambda kv: (-kv[1], kv[0]))
        return [
            (texts.EXPORT_SUMMARY_BY_STATUS, list(self.by_status.items())),
            (texts.EXPORT_SUMMARY_BY_LEVEL, [(texts.EXPORT_REACHED_NAMES[level], n)
                                             for level, n in self.by_level.items()]),
            (texts.EXPORT_SUMMARY_BY_CATEGORY, list(self.by_category.items())),
            (texts.EXPORT_SUMMARY_BY_SECTOR, sectors),
            (texts.EXPORT_SUMMARY_BY_MONTH, months),
        ]


# --- Sources --------------------------------------------------------------------------

RecordSource = Callable[[ExportFilter], AsyncIterable[SubmissionRecord]]


def memory_source(records: Iterable[SubmissionRecord]) -> RecordSource:
    """A source over records already in hand (tests, the benchmark): filters like the database would."""
    items = list(records)

    def source(flt: ExportFilter) -> AsyncIterator[SubmissionRecord]:
        async def gen() -> AsyncIterator[SubmissionRecord]:
            for record in items:
                if flt.matches(record):
                    yield record
        return gen()

    return source


PageFetcher = Callable[["object | None"], Awaitable[tuple[list[SubmissionRecord], "object | None"]]]


async def paged_records(fetch_page: PageFetcher) -> AsyncIterator[SubmissionRecord]:
    """Records page by page: `fetch_page(after)` returns (records, next key or None when done).

    How a database source should stream: each page is its own short transaction, keyed
    on (filed_at, id) after the last row (keyset paging), so a long export never holds a
    transaction open — on SQLite every transaction is BEGIN IMMEDIATE and would hold the
    write lock for the whole export.
    """
    after: object | None = None
    while True:
        records, after = await fetch_page(after)
        for record in records:
            yield record
        if after is None:
            return


async def aiter_records(records: Iterable[SubmissionRecord] | AsyncIterable[SubmissionRecord]
                        ) -> AsyncIterator[SubmissionRecord]:
    """Accept a plain iterable where an async one is expected."""
    if hasattr(records, "__aiter__"):
        async for record in records:  # type: ignore[union-attr]
            yield record
    else:
        for record in records:  # type: ignore[union-attr]
            yield record
