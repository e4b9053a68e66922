"""The filters of the review list (/review and its buttons), parsed once, into the filter the export uses.

An admin picks a status group, a category and a period, typed after /review in Chinese or
pressed on the list's buttons (which carry the short codes of `ReviewQuery`). `review_filter`
turns that choice into an `ExportFilter` with the export's own periods, and `export_filters`
turns any `ExportFilter` into the columns the database query reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot import texts
from bot.export.records import ExportFilter, Period, all_period, year_period
from bot.export.statuses import parse_status
from bot.submissions.models import SubmissionFilters
from bot.submissions.workflow import ADOPTED, status_name
from storage.queries.submissions import Where

# The status groups of the review list, in the order of their buttons.
STATUS_GROUPS: dict[str, tuple[str, ...]] = {
    "all": (), "submitted": ("submitted",), "accepted": ("accepted",), "adopted": ADOPTED,
    "returned": ("returned",),
}
PERIODS = ("a", "m", "y")  # 不限时间, 近 30 天, 今年
RECENT_DAYS = 30


@dataclass(frozen=True)
class ReviewQuery:
    """What the admin chose, as short codes: a key of STATUS_GROUPS, a category index, a period code."""

    status: str = "all"
    category: int | None = None
    period: str = "a"

    def normalised(self, categories: tuple[str, ...]) -> "ReviewQuery":
        """Unknown codes (an old button, a category list that changed) fall back to 'all'."""
        status = self.status if self.status in STATUS_GROUPS else "all"
        category = self.category if self.category is not None and 0 <= self.category < len(categories) else None
        period = self.period if self.period in PERIODS else "a"
        return ReviewQuery(status, category, period)


def parse_review_words(words: list[str], categories: tuple[str, ...]) -> ReviewQuery | None:
    """/review 已受理 民生关切 今年 → the query; None when any word is not a status, category or period."""
    names = {name: code for code, name in texts.SUB_REVIEW_STATUS_FILTERS.items()}
    names.update({status_name(code): code for code in ("submitted", "accepted", "returned")})
    status, category, period = "all", None, "a"
    for word in words:
        if word in names:
            status = names[word]
        elif word in categories:
            category = categories.index(word)
        elif word in texts.SUB_REVIEW_WORDS_YEAR:
            period = "y"
        elif word in texts.SUB_REVIEW_WORDS_RECENT:
            period = "m"
        else:
            return None
    return ReviewQuery(status, category, period)


def _period(code: str, now: datetime, tz: ZoneInfo) -> Period:
    if code == "y":
        return year_period(now.astimezone(tz).year, tz)
    if code == "m":
        return Period(now - timedelta(days=RECENT_DAYS), None, texts.SUB_REVIEW_PERIODS["m"])
    return all_period()


def review_filter(query: ReviewQuery, categories: tuple[str, ...], now: datetime, tz: ZoneInfo) -> ExportFilter:
    """The review query as the export's filter: its status a label (a group's label for 已采用)."""
    query = query.normalised(categories)
    group = STATUS_GROUPS[query.status]
    status = None
    if len(group) == 1:
        status = status_name(group[0])
    elif group:
        status = texts.SUB_REVIEW_STATUS_FILTERS[query.status]
    category = categories[query.category] if query.category is not None else None
    return ExportFilter.for_period(_period(query.period, now, tz), status=status, category=category)


def export_filters(flt: ExportFilter) -> SubmissionFilters:
    """The export's filter (labels, a half-open period) as the service's filter of filed items."""
    statuses: tuple[str, ...] = ()
    reached: tuple[str, ...] = ()
    choice = parse_status(flt.status)
    if flt.status == texts.SUB_REVIEW_STATUS_FILTERS["adopted"]:
        statuses = ADOPTED
    elif choice is not None and choice.reached:
        reached = choice.statuses        # been at one of them: 批示 after 采用 is still adopted
    elif choice is not None:
        statuses = choice.statuses
    elif flt.status:
        statuses = (flt.status,)         # an unknown label matches nothing
    return SubmissionFilters(since=flt.date_from, until=flt.date_to, statuses=statuses,
                             categories=(flt.category,) if flt.category else (), reached=reached,
                             sectors=(flt.sector,) if flt.sector else (),
                             special_committees=(flt.special_committee,) if flt.special_committee else (),
                             text=(flt.text or "").strip())


def where_of(filters: SubmissionFilters | None) -> Where:
    """The service's filter as the query module's (the same fields; storage knows no service types)."""
    f = filters or SubmissionFilters()
    return Where(f.since, f.until, f.statuses, f.categories, f.sectors, f.special_committees, f.member_telegram_id,
                 f.reached, text=f.text)
