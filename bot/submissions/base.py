"""What every part of the submissions service shares: its settings, and loading an item
(the member's own, or one they may still edit) as a `SubmissionView`.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.clock import Clock
from bot.dialogs import DialogStore
from bot.errors import NotFound, UserError
from bot.members import MembersService
from bot.submissions.models import EDITABLE_STATUSES, FLOW, Attachment, Cosigner, HistoryEntry, SubmissionView
from storage.db import Database
from storage.models import Member
from storage.queries import submissions as q
from storage.submissions import Submission


class SubmissionsBase:
    def __init__(self, db: Database, clock: Clock, members: MembersService, dialogs: DialogStore,
                 categories: tuple[str, ...], tz: ZoneInfo, prefix: str = "SQMY", max_attachments: int = 5,
                 max_attachment_mb: int = 20, draft_days: int = 30, phone_required: bool = True) -> None:
        self.db = db
        self.clock = clock
        self.members = members
        self.dialogs = dialogs
        self.categories = categories
        self.tz = tz
        self.prefix = prefix
        self.max_attachments = max_attachments
        self.max_attachment_bytes = max_attachment_mb * 1024 * 1024
        self.max_attachment_mb = max_attachment_mb
        self.draft_days = draft_days
        self.phone_required = phone_required

    # --- loading --------------------------------------------------------------------------------

    async def _member_row(self, s: AsyncSession, telegram_id: int) -> Member:
        row = await q.member_by_telegram_id(s, telegram_id)
        if row is None:
            raise NotFound(telegram_id)
        return row

    async def _view(self, s: AsyncSession, row: Submission) -> SubmissionView:
        p = await q.parts(s, row)
        author = p.author
        return SubmissionView(
            id=row.id, number=row.number, member_id=row.member_id, author_tid=author.telegram_id,
            author_name=row.author_name or author.name, unit=row.unit if row.unit is not None else author.unit,
            phone=row.phone if row.phone is not None else author.phone, title=row.title, category=row.category,
            situation=row.situation, problem=row.problem, suggestion=row.suggestion, status=row.status,
            step=row.step, editing=row.editing, rev=row.rev, original=dict(row.original) if row.original else None,
            created_at=row.created_at, updated_at=row.updated_at, filed_at=row.filed_at,
            attachments=tuple(Attachment(a.id, a.kind, a.file_id, a.name, a.size, a.caption) for a in p.attachments),
            cosigners=tuple(Cosigner(c.id, c.submission_id, c.member_id, m.telegram_id, m.name, c.state)
                            for c, m in p.cosigners),
            seconders=tuple(p.seconders),
            history=tuple(HistoryEntry(e.created_at, e.actor_name, e.from_status, e.to_status, e.kind, e.note,
                                       e.level, e.leader, e.instruction) for e in p.events),
        )

    async def _own(self, s: AsyncSession, telegram_id: int, sid: int,
                   lock: bool = False) -> tuple[Member, Submission]:
        """The member's own row, or NotFound whatever id was given (no peeking at others')."""
        member = await self._member_row(s, telegram_id)
        row = await q.submission(s, sid, lock=lock)
        if row is None or row.member_id != member.id:
            raise NotFound(sid)
        return member, row

    async def _editable(self, s: AsyncSession, telegram_id: int, sid: int) -> tuple[Member, Submission]:
        member, row = await self._own(s, telegram_id, sid, lock=True)
        if row.status not in EDITABLE_STATUSES:
            raise UserError(texts.SUB_ALREADY_FILED.format(number=row.number)
                            if row.number else texts.SUB_NOT_EDITABLE)
        return member, row

    def _touch(self, row: Submission) -> None:
        row.updated_at = self.clock.now()
        row.rev = (row.rev or 0) + 1
        row.reminded_at = None

    async def notice_view(self, sid: int) -> SubmissionView | None:
        """The item as it is now, for a notice rendered at send time (None when it is gone)."""
        async with self.db.transaction() as s:
            row = await s.get(Submission, sid)
            return None if row is None else await self._view(s, row)

    async def view_own(self, telegram_id: int, sid: int) -> SubmissionView:
        async with self.db.transaction() as s:
            _, row = await self._own(s, telegram_id, sid)
            return await self._view(s, row)

    async def editable_view(self, telegram_id: int, sid: int) -> SubmissionView:
        """The member's item if they may still change it; UserError (filed already) otherwise."""
        async with self.db.transaction() as s:
            _, row = await self._editable(s, telegram_id, sid)
            return await self._view(s, row)

    async def current_draft(self, telegram_id: int) -> SubmissionView | None:
        async with self.db.transaction() as s:
            member = await self._member_row(s, telegram_id)
            row = await q.latest_draft(s, member.id)
            return await self._view(s, row) if row else None

    async def in_flow(self, telegram_id: int) -> SubmissionView | None:
        """The item the member's submit dialog points at (draft or returned), if any."""
        async with self.db.transaction() as s:
            dialog = await self.dialogs.get_in(s, telegram_id)
            if dialog is None or dialog.flow != FLOW:
                return None
            try:
                _, row = await self._own(s, telegram_id, int(dialog.data.get("sid", 0)))
            except NotFound:
                return None
            return await self._view(s, row)
