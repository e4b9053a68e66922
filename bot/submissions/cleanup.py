"""Old drafts: a reminder a few days before a forgotten draft is cleared, then the clearing.

Rows are claimed (skipped by another process on PostgreSQL), so each reminder goes out once.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot import texts
from bot.outbox import SUB_DRAFT_CLEARED, SUB_DRAFT_REMINDER, add_notices
from bot.submissions.base import SubmissionsBase
from bot.submissions.notices import to_member
from bot.submissions.models import BATCH, FLOW, REMIND_BEFORE, SubmissionView
from storage.models import Member
from storage.queries import submissions as q


class DraftCleanup(SubmissionsBase):
    """Reminding and clearing drafts nobody touched for `draft_days`."""

    async def claim_draft_reminders(self) -> list[SubmissionView]:
        """Drafts idle for (draft_days − 3) days, not yet reminded: mark reminded, queue the
        author's reminder with the mark, return them."""
        now = self.clock.now()
        cutoff = now - timedelta(days=self.draft_days) + REMIND_BEFORE
        async with self.db.transaction() as s:
            rows = await q.claim_idle_drafts(s, cutoff, BATCH)
            for row in rows:
                row.reminded_at = now
            await s.flush()
            views = [await self._view(s, r) for r in rows]
            for row, view in zip(rows, views):
                when = self.draft_clear_at(view).astimezone(self.tz).strftime("%Y-%m-%d")
                await add_notices(s, to_member(self.members, await s.get(Member, row.member_id), SUB_DRAFT_REMINDER, {
                    "title": view.title or texts.SUB_UNTITLED, "when": when}), now)
            return views

    async def clear_old_drafts(self) -> list[SubmissionView]:
        """Drafts idle for draft_days and reminded at least a day ago: delete (the author is told), return what went."""
        now = self.clock.now()
        async with self.db.transaction() as s:
            rows = await q.claim_expired_drafts(s, now - timedelta(days=self.draft_days), now - timedelta(days=1),
                                                BATCH)
            gone = [await self._view(s, r) for r in rows]
            for row, view in zip(rows, gone):
                dialog = await self.dialogs.get_in(s, view.author_tid)
                if dialog is not None and dialog.flow == FLOW and dialog.data.get("sid") == row.id:
                    await self.dialogs.clear_in(s, view.author_tid, FLOW)
                await add_notices(s, to_member(self.members, await s.get(Member, row.member_id), SUB_DRAFT_CLEARED, {
                    "title": view.title or texts.SUB_UNTITLED, "days": self.draft_days}), now)
                await s.delete(row)
            return gone

    async def next_due_at(self) -> datetime | None:
        """When the next draft reminder or clearing falls due (the rules of the two claims above)."""
        async with self.db.transaction() as s:
            times = await q.draft_idle_times(s)
        idle = timedelta(days=self.draft_days)
        moments = [updated + idle - REMIND_BEFORE if reminded is None else max(updated + idle, reminded + timedelta(days=1))
                   for updated, reminded in times]
        return min(moments, default=None)

    def draft_clear_at(self, view: SubmissionView) -> datetime:
        return max(view.updated_at + timedelta(days=self.draft_days), self.clock.now() + timedelta(days=1))
