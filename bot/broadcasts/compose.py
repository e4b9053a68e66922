"""Composing a broadcast: content, audience, receipt, preview, time; the draft row holds the step.

A send time is read (`propose_time`, with the parser's own reason when it cannot be read or is
past), kept on the draft at step TIME_OK for the admin to see, and scheduled by `confirm_time`.

Each step is one transaction that saves the answer and the next step on the
draft and on the admin's dialog row, so a restart or another process carries on.
Every admin action checks the role here too.
"""

from __future__ import annotations

from bot import texts
from bot.broadcasts.base import ServiceBase
from bot.broadcasts.models import AUDIENCE, CONTENT, FLOW, KINDS, PREVIEW, RECEIPT, TIME, TIME_OK, Audience, Draft, draft_of
from bot.errors import NotFound, UserError
from bot.members import toggled_audience
from bot.timeparse import TimeParseError, format_when, parse_when
from storage.queries import broadcasts as q


class Composing(ServiceBase):
    async def begin(self, admin_tid: int) -> Draft:
        """A new draft (an unfinished earlier one of this admin is dropped)."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            await q.cancel_drafts(s, admin_tid)
            b = await q.add(s, author_id=admin_tid, step=CONTENT, status="draft", audience={},
                            created_at=self.clock.now())
            await self.dialogs.set_in(s, admin_tid, FLOW, CONTENT, {"id": b.id})
            return draft_of(b)

    async def set_content(self, admin_tid: int, broadcast_id: int, kind: str, body: str,
                          file_id: str | None = None) -> Draft:
        await self.members.require_admin(admin_tid)
        if kind not in KINDS:
            raise UserError(texts.BC_CONTENT_INVALID)
        if kind == "text" and not body.strip():
            raise UserError(texts.BC_CONTENT_INVALID)
        limit = 4000 if kind == "text" else 1000  # room for the 通知 heading within Telegram's 4096 / 1024
        if len(body) > limit:
            raise UserError(texts.BC_CONTENT_TOO_LONG.format(limit=limit))
        async with self.db.transaction() as s:
            b = await self._own_draft(s, admin_tid, broadcast_id)
            b.kind, b.body, b.file_id, b.step = kind, body, file_id, AUDIENCE
            await self.dialogs.set_in(s, admin_tid, FLOW, AUDIENCE, {"id": b.id})
            return draft_of(b)

    async def toggle_audience(self, admin_tid: int, broadcast_id: int, group: str, index: int | None = None) -> Draft:
        """group: all | me | c (专委会 index) | s (界别 index). 全体 and 仅发给我 replace the groups."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await self._own_draft(s, admin_tid, broadcast_id, (AUDIENCE,))
            b.audience = toggled_audience(b.audience, group, index, self.committees, self.sectors)
            return draft_of(b)

    async def audience(self, broadcast_id: int) -> Audience:
        async with self.db.transaction() as s:
            b = await q.get(s, broadcast_id)
            if b is None:
                raise NotFound(broadcast_id)
            return Audience(tuple(await self._recipients(s, b)))

    async def confirm_audience(self, admin_tid: int, broadcast_id: int) -> Draft:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await self._own_draft(s, admin_tid, broadcast_id, (AUDIENCE,))
            if not await self._recipients(s, b):
                raise UserError(texts.BC_AUDIENCE_EMPTY)
            b.step = RECEIPT
            await self.dialogs.set_in(s, admin_tid, FLOW, RECEIPT, {"id": b.id})
            return draft_of(b)

    async def set_receipt(self, admin_tid: int, broadcast_id: int, needs_receipt: bool) -> Draft:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await self._own_draft(s, admin_tid, broadcast_id, (RECEIPT,))
            b.needs_receipt, b.step = needs_receipt, PREVIEW
            await self.dialogs.set_in(s, admin_tid, FLOW, PREVIEW, {"id": b.id})
            return draft_of(b)

    async def ask_time(self, admin_tid: int, broadcast_id: int) -> Draft:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await self._own_draft(s, admin_tid, broadcast_id, (PREVIEW, TIME, TIME_OK))
            b.step, b.scheduled_at = TIME, None
            await self.dialogs.set_in(s, admin_tid, FLOW, TIME, {"id": b.id})
            return draft_of(b)

    async def propose_time(self, admin_tid: int, broadcast_id: int, text: str) -> Draft:
        """The typed send time, read and kept for confirmation (a new one may be typed instead)."""
        await self.members.require_admin(admin_tid)
        try:
            when = parse_when(text, self.clock.now(), self.timezone)
        except TimeParseError as exc:  # the reason says what was understood (e.g. the date it was read as)
            raise UserError(exc.reason) from None
        async with self.db.transaction() as s:
            b = await self._own_draft(s, admin_tid, broadcast_id, (TIME, TIME_OK))
            b.scheduled_at, b.step = when, TIME_OK
            await self.dialogs.set_in(s, admin_tid, FLOW, TIME_OK, {"id": b.id})
            return draft_of(b)

    async def confirm_time(self, admin_tid: int, broadcast_id: int) -> Draft:
        """确认: the proposed time is scheduled, unless it has passed meanwhile (then it is asked again)."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await self._own_draft(s, admin_tid, broadcast_id, (TIME_OK,))
            passed = b.scheduled_at if b.scheduled_at <= self.clock.now() else None
            if passed is None:
                b.status, b.step = "scheduled", "done"
                await self.dialogs.clear_in(s, admin_tid, FLOW)
                return draft_of(b)
            b.scheduled_at, b.step = None, TIME  # saved (an error inside would roll it back)
            await self.dialogs.set_in(s, admin_tid, FLOW, TIME, {"id": b.id})
        raise UserError(texts.TIME_IN_PAST.format(when=format_when(passed, self.timezone)))

    async def discard(self, admin_tid: int, broadcast_id: int | None = None) -> Draft | None:
        """取消 while composing (or /cancel): the draft is dropped."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            rows = await q.drafts(s, admin_tid, broadcast_id)
            for b in rows:
                b.status = "cancelled"
            await self.dialogs.clear_in(s, admin_tid, FLOW)
            return draft_of(rows[-1]) if rows else None
