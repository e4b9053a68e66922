"""The review of filed 社情民意 items by staff: the list with its filters, status changes
along the workflow (bot/submissions/workflow.py), 批示, replies to the member and text edits.

Every rule of a change lives here once: which status may follow which (TransitionNotAllowed),
that a 批示 names its leader and its text, the length of a note. Handlers only render.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.errors import NotFound, UserError
from bot.export.records import ExportFilter
from bot.outbox import SUB_COSIGNER_NEWS, SUB_REPLY, SUB_STATUS, add_notices
from bot.submissions.base import SubmissionsBase
from bot.submissions.notices import COSIGNER_NEWS_STATUSES, to_member, to_members
from bot.submissions.models import (BODY_MAX, BODY_MIN, NOTE_MAX, PREVIEW, TEXT_FIELDS, TITLE, TITLE_MAX,
                                    TITLE_MIN, Change, Page, SubmissionView)
from bot.submissions.review_filters import ReviewQuery, export_filters, parse_review_words, review_filter, where_of
from bot.submissions.text import clean_body, clean_line
from bot.submissions.workflow import LEVELS, allowed_next, check_transition, parse_instruction
from storage.queries import submissions as q
from storage.models import Member
from storage.submissions import Submission, SubmissionEvent


class Review(SubmissionsBase):
    """Staff's side: reading any filed item, changing its status, replying, editing its text."""

    @staticmethod
    def allowed_next(status: str) -> tuple[str, ...]:
        return allowed_next(status)

    async def _filed(self, s: AsyncSession, sid: int) -> Submission:
        row = await s.get(Submission, sid)
        if row is None or row.status == "draft":
            raise NotFound(sid)
        return row

    async def view_admin(self, admin_tid: int, sid: int) -> SubmissionView:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            return await self._view(s, await self._filed(s, sid))

    async def prepare_change(self, admin_tid: int, sid: int, to_status: str) -> SubmissionView:
        """The item, when `to_status` may follow its status now (TransitionNotAllowed otherwise);
        checked again when the change is made, since another admin may act in between."""
        view = await self.view_admin(admin_tid, sid)
        check_transition(view.number, view.status, to_status)
        return view

    async def change_status(self, admin_tid: int, sid: int, to_status: str, note: str = "",
                            leader: str | None = None, instruction: str | None = None) -> Change:
        admin = await self.members.require_admin(admin_tid)
        note = (note or "").strip()
        if len(note) > NOTE_MAX:
            raise UserError(texts.SUB_REVIEW_NOTE_TOO_LONG.format(length=len(note)))
        async with self.db.transaction() as s:
            row = await q.submission(s, sid, lock=True)
            if row is None or row.status == "draft":
                raise NotFound(sid)
            check_transition(row.number, row.status, to_status)
            if to_status == "instructed" and not ((leader or "").strip() and (instruction or "").strip()):
                raise UserError(texts.SUB_REVIEW_INSTRUCTION_INVALID)
            was = row.status
            now = self.clock.now()
            row.status, row.updated_at = to_status, now
            if to_status == "returned":
                row.step, row.editing = PREVIEW, False
            s.add(SubmissionEvent(
                submission_id=row.id, actor_tid=admin_tid, actor_name=admin.display_name, from_status=was,
                to_status=to_status, kind="status", note=note, level=LEVELS.get(to_status),
                leader=(leader or "").strip()[:64] or None, instruction=(instruction or "").strip() or None,
                created_at=now))
            await s.flush()
            told = await self._queue_status_notices(s, row, to_status, note, leader, instruction)
            return Change(await self._view(s, row), was, to_status, note, leader, instruction, member_told=told)

    async def _queue_status_notices(self, s: AsyncSession, row: Submission, to_status: str, note: str,
                                    leader: str | None, instruction: str | None) -> bool:
        """The author's status notice (and the co-signers' news of an adoption or 批示), committed with
        the change; True when the author can be reached."""
        facts = {"sid": row.id, "to": to_status, "leader": (leader or "").strip()[:64] or None,
                 "instruction": (instruction or "").strip() or None}
        author = to_member(self.members, await s.get(Member, row.member_id), SUB_STATUS, {**facts, "note": note})
        notices = list(author)
        if to_status in COSIGNER_NEWS_STATUSES:
            notices += to_members(self.members, await q.agreed_cosigners(s, row.id), SUB_COSIGNER_NEWS, facts)
        await add_notices(s, notices, self.clock.now())
        return bool(author)

    async def instruct(self, admin_tid: int, sid: int, text: str) -> Change:
        """批示 as staff type it, `领导：批示内容`; UserError when it does not name both."""
        parsed = parse_instruction(text)
        if parsed is None:
            raise UserError(texts.SUB_REVIEW_INSTRUCTION_INVALID)
        leader, instruction = parsed
        return await self.change_status(admin_tid, sid, "instructed", leader=leader, instruction=instruction)

    async def add_note(self, admin_tid: int, sid: int, note: str) -> Change:
        admin = await self.members.require_admin(admin_tid)
        note = (note or "").strip()
        if not note:
            raise UserError(texts.EMPTY_MESSAGE)
        if len(note) > NOTE_MAX:
            raise UserError(texts.SUB_REVIEW_NOTE_TOO_LONG.format(length=len(note)))
        async with self.db.transaction() as s:
            row = await self._filed(s, sid)
            s.add(SubmissionEvent(submission_id=row.id, actor_tid=admin_tid, actor_name=admin.display_name,
                                  from_status=row.status, to_status=row.status, kind="note", note=note,
                                  created_at=self.clock.now()))
            await s.flush()
            author = to_member(self.members, await s.get(Member, row.member_id), SUB_REPLY,
                               {"sid": row.id, "note": note})
            await add_notices(s, author, self.clock.now())
            return Change(await self._view(s, row), row.status, row.status, note, member_told=bool(author))

    async def edit_text(self, admin_tid: int, sid: int, field_name: str, value: str) -> SubmissionView:
        """Staff edit the title or a body part; the member's original is kept the first time."""
        admin = await self.members.require_admin(admin_tid)
        if field_name not in TEXT_FIELDS:
            raise NotFound(field_name)
        async with self.db.transaction() as s:
            row = await self._filed(s, sid)
            if field_name == TITLE:
                new = clean_line(value)
                if not TITLE_MIN <= len(new) <= TITLE_MAX:
                    raise UserError(texts.SUB_TITLE_INVALID.format(length=len(new)))
            else:
                new = clean_body(value)
                if len(new) < BODY_MIN:
                    raise UserError(texts.SUB_BODY_TOO_SHORT.format(length=len(new)))
                if len(new) > BODY_MAX:
                    raise UserError(texts.SUB_BODY_TOO_LONG.format(length=len(new)))
            if not row.original:
                row.original = {f: getattr(row, f) for f in TEXT_FIELDS}
            setattr(row, field_name, new)
            row.updated_at = self.clock.now()
            row.rev = (row.rev or 0) + 1
            s.add(SubmissionEvent(submission_id=row.id, actor_tid=admin_tid, actor_name=admin.display_name,
                                  from_status=row.status, to_status=row.status, kind="edit",
                                  note=texts.SUB_FIELD_NAMES[field_name], created_at=self.clock.now()))
            await s.flush()
            return await self._view(s, row)

    async def review_list(self, admin_tid: int, flt: ExportFilter, page: int = 1, per_page: int = 8) -> Page:
        """One page of the filed items `flt` selects (see `review_filter`), newest first."""
        await self.members.require_admin(admin_tid)
        where = where_of(export_filters(flt))
        async with self.db.transaction() as s:
            total = await q.count_filed(s, where)
            pages = max(1, -(-total // per_page))
            page = min(max(1, page), pages)
            rows = await q.filed_page(s, where, page, per_page)
            items = tuple([await self._view(s, r) for r in rows])
        return Page(items, page, pages, total)

    def parse_review_words(self, words: list[str]) -> ReviewQuery | None:
        """/review's arguments (状态, 类别, 今年 / 近30天 in any order); None when a word is unknown."""
        return parse_review_words(words, self.categories)

    def review_filter(self, query: ReviewQuery) -> ExportFilter:
        """The review list's choice as the filter the export uses, its period in the committee's zone."""
        return review_filter(query, self.categories, self.clock.now(), self.tz)
