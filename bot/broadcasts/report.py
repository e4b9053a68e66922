"""Reading a broadcast's results: live counts, every recipient's outcome, the XLSX, 已阅, /broadcasts.

已阅 is accepted only from the recipient of that outbox row; pressing it twice is fine.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.broadcasts.base import ServiceBase
from bot.broadcasts.models import LIST_LIMIT, Outcome, Progress, ReadResult, Report, draft_of
from bot.errors import NotFound, PermissionDenied
from bot.export.cells import append_row
from bot.group_commit import GroupCommit
from bot.outbox import CLAIMED, FAILED, PENDING, SENT, UNREACHABLE
from storage.broadcasts import Broadcast
from storage.queries import broadcasts as q


class Reporting(ServiceBase):
    async def progress(self, broadcast_id: int) -> Progress:
        async with self.db.transaction() as s:
            b = await q.get(s, broadcast_id)
            if b is None:
                raise NotFound(broadcast_id)
            return await self._progress(s, b)

    @staticmethod
    async def _progress(s: AsyncSession, b: Broadcast) -> Progress:
        counts = await q.state_counts(s, b.id)
        read = await q.read_count(s, b.id)
        return Progress(draft_of(b), total=sum(counts.values()), sent=counts.get(SENT, 0),
                        failed=counts.get(FAILED, 0), unreachable=counts.get(UNREACHABLE, 0),
                        left=counts.get(PENDING, 0) + counts.get(CLAIMED, 0), read=read,
                        progress_chat_id=b.progress_chat_id, progress_message_id=b.progress_message_id)

    async def report(self, admin_tid: int | None, broadcast_id: int) -> Report:
        """Every recipient's outcome. `admin_tid` None only for the sender's own end-of-run report."""
        if admin_tid is not None:
            await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await q.get(s, broadcast_id)
            if b is None or b.status == "draft":
                raise NotFound(broadcast_id)
            outcomes = tuple(Outcome(
                name=(m.name or m.tg_name) if m else str(r.telegram_id), telegram_id=r.telegram_id,
                sector=(m.sector if m else None) or "", committee=(m.special_committee if m else None) or "",
                state=r.state, attempts=r.attempts, error=r.error, sent_at=r.sent_at, read_at=r.read_at,
            ) for r, m in await q.outcome_rows(s, b.id))
            return Report(await self._progress(s, b), outcomes)

    def report_xlsx(self, report: Report) -> bytes:
        """下载明细: one row per recipient with their outcome (openpyxl)."""
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = texts.BC_XLSX_SHEET
        ws.append(list(texts.BC_XLSX_HEADER))
        for o in report.outcomes:   # text stays text (bot/export/cells.py): nothing runs, nothing is altered
            append_row(ws, [o.name, o.telegram_id, o.sector, o.committee,
                            texts.BC_STATE_NAMES.get(o.state, o.state), o.attempts,
                            self._local(o.sent_at), self._local(o.read_at), o.error or ""])
        for column, width in zip("ABCDEFGHI", (12, 14, 14, 20, 10, 8, 18, 18, 30)):
            ws.column_dimensions[column].width = width
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()

    def _local(self, when: datetime | None) -> str:
        return when.astimezone(self.timezone).strftime("%Y-%m-%d %H:%M:%S") if when else ""

    _reads: GroupCommit[tuple[int, int], ReadResult] | None = None

    async def mark_read(self, telegram_id: int, row_id: int) -> ReadResult:
        """已阅 from the recipient of that row only; pressing twice is fine. Committed when this returns:
        the presses in flight share one transaction (bot/group_commit.py), so a notice's crowd of
        presses costs a few transactions, not one each."""
        if self._reads is None:
            self._reads = GroupCommit(self.db, self._mark_read_many)
        return await self._reads.submit((telegram_id, row_id))

    async def _mark_read_many(self, s: AsyncSession, presses: Sequence[tuple[int, int]]) -> list[object]:
        rows = await q.receipt_rows(s, [row_id for _, row_id in presses])
        mine = [row_id for telegram_id, row_id in presses if rows.get(row_id, (None,))[0] == telegram_id]
        marked = await q.mark_read_many(s, sorted(set(mine)), self.clock.now())
        results: list[object] = []
        for telegram_id, row_id in presses:
            owner, broadcast_id = rows.get(row_id, (None, None))
            if owner != telegram_id:
                results.append(PermissionDenied(telegram_id))
                continue
            results.append(ReadResult(broadcast_id, already=row_id not in marked))
            marked.discard(row_id)  # the same press twice in one batch: the second finds it read
        return results

    async def recent(self, admin_tid: int, limit: int = LIST_LIMIT) -> list[Progress]:
        """/broadcasts: the latest notices (not drafts, not reminders) with their counts."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            return [await self._progress(s, b) for b in await q.recent(s, limit)]
