"""The read side of filed 社情民意 items: the member's own list and yearly counts, and the
stream of `SubmissionRecord`s the export, the compilation and the Q&A read.
"""

from __future__ import annotations

from datetime import datetime
from typing import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.export.records import ExportFilter, paged_records
from bot.submissions.base import SubmissionsBase
from bot.submissions.models import PAGE, MineSummary, Page, SubmissionFilters, YearCounts
from bot.submissions.record import SubmissionRecord
from bot.submissions.review_filters import export_filters, where_of
from bot.submissions.workflow import level_name, levels_reached, status_name
from storage.queries import submissions as q
from storage.submissions import SubmissionEvent


class Reading(SubmissionsBase):
    """Lists and records of filed items."""

    def _year_bounds(self, year: int) -> tuple[datetime, datetime]:
        start = datetime(year, 1, 1, tzinfo=self.tz)
        return start, datetime(year + 1, 1, 1, tzinfo=self.tz)

    async def year_counts(self, telegram_id: int, year: int | None = None) -> YearCounts:
        year = year or self.clock.now().astimezone(self.tz).year
        start, end = self._year_bounds(year)
        async with self.db.transaction() as s:
            member = await self._member_row(s, telegram_id)
            filed = await q.count_own_filed(s, member.id, start, end)
            rows = await q.own_status_events(s, member.id, start, end)
        levels: dict[str, set[int]] = {"city": set(), "province": set(), "national": set()}
        instructed: set[int] = set()
        for submission_id, level, to_status in rows:
            if level in levels:
                levels[level].add(submission_id)
            if to_status == "instructed":
                instructed.add(submission_id)
        return YearCounts(year, filed, len(levels["city"]), len(levels["province"]), len(levels["national"]),
                          len(instructed))

    async def mine(self, telegram_id: int, page: int = 1, per_page: int = 5) -> MineSummary:
        counts = await self.year_counts(telegram_id)
        async with self.db.transaction() as s:
            member = await self._member_row(s, telegram_id)
            total = await q.count_own_filed(s, member.id)
            pages = max(1, -(-total // per_page))
            page = min(max(1, page), pages)
            rows = await q.own_page(s, member.id, page, per_page)
            items = tuple([await self._view(s, r) for r in rows])
        return MineSummary(counts, Page(items, page, pages, total))


    # --- the read side for export and Q&A ------------------------------------------------------------

    async def iter_filed(self, filters: SubmissionFilters | None = None,
                         batch_size: int = PAGE) -> AsyncIterator[SubmissionRecord]:
        """Filed items as export records, in filing order, read in keyset pages on (filed_at, id).

        Each page is its own short transaction (on SQLite every transaction is BEGIN IMMEDIATE,
        so one held for a whole export would block the bot's writes), and the key, not an
        offset, says where the next page starts, so rows filed meanwhile neither repeat nor
        shift the pages.
        """
        where = where_of(filters)

        async def fetch_page(after: tuple[datetime, int] | None) -> tuple[list[SubmissionRecord], object]:
            async with self.db.transaction() as s:
                rows = await q.filed_after(s, where, after, batch_size)
                records = await self._records(s, rows, [r.id for r, _ in rows]) if rows else []
            if len(rows) < batch_size:
                return records, None
            last = rows[-1][0]
            return records, (last.filed_at, last.id)

        async for record in paged_records(fetch_page):
            yield record

    @staticmethod
    def export_filters(flt: ExportFilter) -> SubmissionFilters:
        """The export layer's filter (labels, a half-open period) as this service's filter."""
        return export_filters(flt)

    def records_for(self, flt: ExportFilter) -> AsyncIterator[SubmissionRecord]:
        """The export's record source: `ExportService(source=submissions.records_for, …)`."""
        return self.iter_filed(self.export_filters(flt))

    async def count_for(self, flt: ExportFilter) -> int:
        return await self.count_filed(self.export_filters(flt))

    async def records_by_ids(self, ids: list[int]) -> list[SubmissionRecord]:
        """Filed items as records in the order of `ids` (an issue's items); missing ids are left out."""
        if not ids:
            return []
        async with self.db.transaction() as s:
            rows = await q.filed_by_ids(s, ids)
            records = {r.id: r for r in await self._records(s, rows, [row.id for row, _ in rows])} if rows else {}
        return [records[i] for i in ids if i in records]

    async def _records(self, s: AsyncSession, rows, ids: list[int]) -> list[SubmissionRecord]:  # noqa: ANN001
        details = await q.record_details(s, ids)
        cosigners, seconders, attachments = details.cosigners, details.seconders, details.attachments
        levels: dict[int, list[str]] = {i: [] for i in ids}
        seen: dict[int, set[str]] = {i: set() for i in ids}   # every status each item has been at
        instructions: dict[int, list[str]] = {i: [] for i in ids}
        joined = texts.EXPORT_INSTRUCTION_SEPARATOR.join
        last_note: dict[int, str] = {}
        for e in details.events:
            if e.kind == "status":
                seen[e.submission_id].add(e.to_status)
            if e.level and level_name(e.level) not in levels[e.submission_id]:
                levels[e.submission_id].append(level_name(e.level))
            if e.to_status == "instructed" and e.kind == "status" and e.leader:
                instructions[e.submission_id].append(
                    texts.EXPORT_INSTRUCTION.format(leader=e.leader, text=e.instruction or ""))
            if e.note and e.kind in ("status", "note"):
                last_note[e.submission_id] = e.note
        return [SubmissionRecord(
            number=r.number or "", filed_at=r.filed_at, member_name=r.author_name or m.name, sector=m.sector,
            special_committee=m.special_committee, unit=r.unit if r.unit is not None else m.unit,
            co_signers=tuple(cosigners[r.id]), category=r.category, title=r.title, situation=r.situation,
            problem=r.problem, suggestion=r.suggestion,
            characters=len(r.situation) + len(r.problem) + len(r.suggestion),
            seconds_count=len(seconders[r.id]), status=status_name(r.status),
            adoption_levels=tuple(levels[r.id]), instructions=joined(instructions[r.id]),
            last_note=last_note.get(r.id, ""), attachments_count=int(attachments.get(r.id, 0)),
            id=r.id, author_telegram_id=m.telegram_id, status_code=r.status, seconders=tuple(seconders[r.id]),
            phone=r.phone, original=dict(r.original) if r.original else None,
            reached=levels_reached(seen[r.id] | {r.status}),
        ) for r, m in rows]

    async def record_compiled_in(self, s: AsyncSession, sids: list[int], issue_label: str, admin_tid: int,
                                 admin_name: str) -> None:
        """Inside the publishing transaction: each item's history notes the issue it went into."""
        now = self.clock.now()
        for row in await q.submissions_by_ids(s, sids):
            s.add(SubmissionEvent(submission_id=row.id, actor_tid=admin_tid, actor_name=admin_name,
                                  from_status=row.status, to_status=row.status, kind="issue", note=issue_label,
                                  created_at=now))

    async def count_filed(self, filters: SubmissionFilters | None = None) -> int:
        async with self.db.transaction() as s:
            return await q.count_filed(s, where_of(filters))
