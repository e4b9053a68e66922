"""The figures of the console's 概览 page: members by status, this month's submissions by
status, submissions per week over the last six months, upcoming events, recent broadcasts
and the questions most often left unanswered.

Weeks start on Monday in the committee's zone; a week with no submission counts 0, so the
chart's bars are evenly spaced in time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.broadcasts.models import Progress
from bot.clock import Clock
from bot.events.models import EventInfo
from bot.members import MembersService
from bot.qa import Gap
from storage.db import Database
from storage.queries import console as q

CHART_WEEKS = 26  # about six months


@dataclass(frozen=True)
class WeekCount:
    monday: date
    count: int


@dataclass(frozen=True)
class Overview:
    members_by_status: dict[str, int]
    month_by_status: dict[str, int]
    weeks: tuple[WeekCount, ...]
    upcoming: tuple[EventInfo, ...]
    broadcasts: tuple[Progress, ...]
    gaps: tuple[Gap, ...]


def week_buckets(times: list[datetime], today: date, tz: ZoneInfo, weeks: int = CHART_WEEKS) -> tuple[WeekCount, ...]:
    """Counts per week (Monday first), the oldest first, the current week last."""
    this_monday = today - timedelta(days=today.weekday())
    mondays = [this_monday - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    counts = dict.fromkeys(mondays, 0)
    for when in times:
        local = when.astimezone(tz).date()
        monday = local - timedelta(days=local.weekday())
        if monday in counts:
            counts[monday] += 1
    return tuple(WeekCount(m, counts[m]) for m in mondays)


class OverviewService:
    def __init__(self, db: Database, clock: Clock, members: MembersService, tz: ZoneInfo, events, broadcasts,  # noqa: ANN001
                 qa) -> None:  # noqa: ANN001
        self.db = db
        self.clock = clock
        self.members = members
        self.tz = tz
        self.events = events
        self.broadcasts = broadcasts
        self.qa = qa

    async def overview(self, admin_tid: int) -> Overview:
        await self.members.require_admin(admin_tid)
        today = self.clock.now().astimezone(self.tz).date()
        month_start = datetime.combine(today.replace(day=1), time(), self.tz)
        first_monday = today - timedelta(days=today.weekday(), weeks=CHART_WEEKS - 1)
        async with self.db.transaction() as s:
            month = await q.filed_statuses_since(s, month_start)
            times = await q.filed_times_since(s, datetime.combine(first_monday, time(), self.tz))
        return Overview(
            members_by_status=await self.members.counts_by_status(),
            month_by_status=month,
            weeks=week_buckets(list(times), today, self.tz),
            upcoming=tuple((await self.events.upcoming(admin_tid))[:5]),
            broadcasts=tuple((await self.broadcasts.recent(admin_tid, 5))),
            gaps=tuple(await self.qa.gaps(admin_tid, 5)),
        )
