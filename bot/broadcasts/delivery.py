"""Starting and steering a broadcast: send now, scheduled starts, 暂停 / 继续 / 取消, 提醒未读, claims.

Starting writes one outbox row per recipient in the same transaction that moves
the broadcast to `sending`; the sender (handlers/outbox_sender.py over
bot/outbox.py) does the rest. The progress edit and the end report are claimed
on the row, so with several processes each happens once.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.broadcasts.base import ServiceBase
from bot.broadcasts.models import FLOW, PREVIEW, TIME, TIME_OK, Draft, Started, draft_of
from bot.errors import NotFound, UserError
from bot.outbox import PENDING, SENT, UNREACHABLE
from storage.broadcasts import Broadcast
from storage.queries import broadcasts as q

# action: (statuses it applies to, status after)
CONTROLS = {"pause": ({"sending"}, "paused"), "resume": ({"paused"}, "sending"),
            "cancel": ({"sending", "paused", "scheduled"}, "cancelled")}


class Delivering(ServiceBase):
    async def send_now(self, admin_tid: int, broadcast_id: int) -> Started:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await self._own_draft(s, admin_tid, broadcast_id, (PREVIEW, TIME, TIME_OK))
            started = await self._start(s, b)
            await self.dialogs.clear_in(s, admin_tid, FLOW)
            return started

    async def _start(self, s: AsyncSession, b: Broadcast) -> Started:
        """Move to sending and write every recipient's outbox row, in the caller's transaction."""
        now = self.clock.now()
        recipients = await self._recipients(s, b)
        await q.add_outbox_rows(s, b.id, [(r.telegram_id, PENDING if r.can_receive else UNREACHABLE,
                                           None if r.can_receive else r.why_not) for r in recipients])
        b.status, b.step, b.started_at, b.total = "sending", "done", now, len(recipients)
        await s.flush()
        return Started(draft_of(b), len(recipients), sum(1 for r in recipients if not r.can_receive))

    async def start_due(self) -> list[Started]:
        """Scheduled broadcasts whose time has come start sending (claimed, so once across processes)."""
        now = self.clock.now()
        async with self.db.transaction() as s:
            return [await self._start(s, b) for b in await q.due_scheduled(s, now, self.db.for_update)]

    async def next_due_at(self) -> datetime | None:
        """The next moment broadcasts have work: a scheduled start, or a row's retry after a failure."""
        now = self.clock.now()
        async with self.db.transaction() as s:
            moments = [await q.next_scheduled_at(s), await q.next_retry_at(s, now)]
        return min((m for m in moments if m is not None), default=None)

    async def set_progress_message(self, broadcast_id: int, chat_id: int, message_id: int) -> None:
        async with self.db.transaction() as s:
            b = await q.get(s, broadcast_id)
            b.progress_chat_id, b.progress_message_id, b.progress_edited_at = chat_id, message_id, self.clock.now()

    async def progress_due(self, broadcast_id: int, every: timedelta, force: bool = False) -> bool:
        """Claim the next edit of the live progress message (one process edits, every few seconds)."""
        async with self.db.transaction() as s:
            return await q.claim_progress_edit(s, broadcast_id, self.clock.now(), every, force)

    async def claim_report(self, broadcast_id: int, release: bool = False) -> bool:
        """True once: the process that finishes a broadcast sends its report (`release`: it could not)."""
        async with self.db.transaction() as s:
            if release:
                await q.release_report(s, broadcast_id)
                return False
            return await q.claim_report(s, broadcast_id, self.clock.now())

    async def unreported(self) -> list[int]:
        """Finished broadcasts whose report still has to go out."""
        async with self.db.transaction() as s:
            return await q.unreported(s)

    async def control(self, admin_tid: int, broadcast_id: int, action: str) -> Draft:
        """暂停 (pause), 继续 (resume), 取消 (cancel) a scheduled or sending broadcast."""
        await self.members.require_admin(admin_tid)
        if action not in CONTROLS:
            raise NotFound(action)
        before, after = CONTROLS[action]
        async with self.db.transaction() as s:
            b = await q.get(s, broadcast_id)
            if b is None or b.status == "draft":
                raise NotFound(broadcast_id)
            if b.status not in before:
                raise UserError(texts.BC_CONTROL_TOO_LATE.format(status=texts.BC_STATUS_NAMES.get(b.status, b.status)))
            b.status = after
            if after == "cancelled":
                b.finished_at = self.clock.now()
            return draft_of(b)

    async def remind_unread(self, admin_tid: int, broadcast_id: int, reminder_html: str) -> Started:
        """提醒未读: a reminder to those who got the notice and have not pressed 已阅, through the outbox."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await q.get(s, broadcast_id)
            if b is None or b.status == "draft" or b.parent_id is not None:
                raise NotFound(broadcast_id)
            if not b.needs_receipt:
                raise UserError(texts.BC_NO_RECEIPT)
            unread = await q.unread_recipients(s, b.id, SENT)
            if not unread:
                raise UserError(texts.BC_ALL_READ)
            reminder = await q.add(s, author_id=admin_tid, step="done", status="draft", kind="reminder",
                                   body=reminder_html, audience={"ids": unread}, needs_receipt=True,
                                   parent_id=b.id, created_at=self.clock.now())
            return await self._start(s, reminder)
