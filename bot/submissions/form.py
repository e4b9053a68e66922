"""The guided draft of a 社情民意 item: opening it, each step's answer with its limits,
attachments, editing one field from the preview, holding and discarding.

The draft row holds the step; the dialog store names the flow, so a restart or another
process continues the form. Every writing method is one transaction.
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.errors import UserError
from bot.submissions.base import SubmissionsBase
from bot.submissions.models import (BODY_ADVISED, BODY_FIELDS, BODY_MAX, BODY_MIN, CATEGORY, CHECK, COSIGN,
                                    EDITABLE_FIELDS, FILES, FLOW, ORDER, PHONE, PHONE_RE, PREVIEW, SIMILAR,
                                    SUGGESTION, TITLE, TITLE_MAX, TITLE_MIN, UNIT, StaleStep, StepResult,
                                    SubmissionView)
from bot.submissions.text import clean_body, clean_line
from storage.models import Member
from storage.queries import submissions as q
from storage.submissions import Submission, SubmissionAttachment


class DraftForm(SubmissionsBase):
    """The member's side of writing an item, step by step."""

    async def start(self, telegram_id: int, restart: bool = False) -> SubmissionView:
        """Open the member's draft (creating one), or a fresh one when `restart`."""
        await self.members.require_active(telegram_id)
        async with self.db.transaction() as s:
            member = await self._member_row(s, telegram_id)
            row = await q.latest_draft(s, member.id)
            if row is not None and restart:
                await s.delete(row)
                await s.flush()
                row = None
            if row is None:
                now = self.clock.now()
                row = Submission(member_id=member.id, author_name=member.name, status="draft", step=TITLE,
                                 editing=False, rev=0, created_at=now, updated_at=now)
                s.add(row)
                await s.flush()
            await self.dialogs.set_in(s, telegram_id, FLOW, row.step, {"sid": row.id})
            return await self._view(s, row)

    def _next_step(self, after: str, member: Member, editing: bool) -> str:
        if editing and after in EDITABLE_FIELDS:
            return PREVIEW
        index = ORDER.index(after) + 1
        while ORDER[index] in (PHONE, UNIT):
            if ORDER[index] == PHONE and not member.phone:
                return PHONE
            if ORDER[index] == UNIT and not member.unit:
                return UNIT
            index += 1
        return ORDER[index]

    async def _advance(self, s: AsyncSession, telegram_id: int, member: Member, row: Submission,
                       after: str) -> None:
        row.step = self._next_step(after, member, row.editing)
        if row.step == PREVIEW:
            row.editing = False
        self._touch(row)
        await self.dialogs.set_in(s, telegram_id, FLOW, row.step, {"sid": row.id})

    async def answer(self, telegram_id: int, sid: int, step: str, value: str | None) -> StepResult:
        """A typed answer for a text step (title, category by name, the body parts, phone, unit);
        None for the phone is 跳过, allowed unless `phone_required`."""
        async with self.db.transaction() as s:
            member, row = await self._editable(s, telegram_id, sid)
            if row.step != step:
                raise StaleStep(row.step)
            error = warning = None
            if step == TITLE:
                title = clean_line(value)
                if not TITLE_MIN <= len(title) <= TITLE_MAX:
                    error = texts.SUB_TITLE_INVALID.format(length=len(title))
                else:
                    row.title = title
            elif step == CATEGORY:
                choice = clean_line(value)
                if choice not in self.categories:
                    error = texts.SUB_CATEGORY_INVALID
                else:
                    row.category = choice
            elif step in BODY_FIELDS:
                body = clean_body(value)
                if len(body) < BODY_MIN:
                    error = texts.SUB_BODY_TOO_SHORT.format(length=len(body))
                elif len(body) > BODY_MAX:
                    error = texts.SUB_BODY_TOO_LONG.format(length=len(body))
                else:
                    setattr(row, step, body)
                    total = len(row.situation) + len(row.problem) + len(row.suggestion)
                    if total > BODY_ADVISED and (step == SUGGESTION or row.editing):
                        warning = texts.SUB_LONG_WARNING.format(length=total)
            elif step == PHONE and value is None:
                error = texts.SUB_PHONE_REQUIRED if self.phone_required else None
            elif step == PHONE:
                phone = re.sub(r"[\s-]", "", value or "")
                if not PHONE_RE.match(phone):
                    error = texts.SUB_PHONE_INVALID
                else:
                    member.phone = row.phone = phone
            elif step == UNIT:
                unit = clean_line(value)
                if not 2 <= len(unit) <= 60:
                    error = texts.SUB_UNIT_INVALID
                else:
                    member.unit = row.unit = unit
            else:
                raise StaleStep(row.step)
            if error is None:
                await self._advance(s, telegram_id, member, row, step)
            await s.flush()
            return StepResult(await self._view(s, row), error=error, warning=warning)

    async def choose_category(self, telegram_id: int, sid: int, index: int) -> StepResult:
        if not 0 <= index < len(self.categories):
            raise StaleStep(CATEGORY)
        return await self.answer(telegram_id, sid, CATEGORY, self.categories[index])

    async def add_attachment(self, telegram_id: int, sid: int, kind: str, file_id: str, file_unique_id: str,
                             name: str | None, size: int | None, caption: str | None = None) -> StepResult:
        """A photo or file for the draft; one without a file name (photos) is named from the title and
        the date, so staff can tell them apart; the member's caption is kept with it."""
        async with self.db.transaction() as s:
            member, row = await self._editable(s, telegram_id, sid)
            if row.step != FILES:
                raise StaleStep(row.step)
            count = await q.count_attachments(s, row.id)
            error = None
            if count >= self.max_attachments:
                error = texts.SUB_FILE_LIMIT.format(max=self.max_attachments)
            elif size is not None and size > self.max_attachment_bytes:
                error = texts.SUB_FILE_TOO_BIG.format(size=round(size / 1024 / 1024, 1), mb=self.max_attachment_mb)
            else:
                name = name or attachment_name(row.title, self.clock.now().astimezone(self.tz), count + 1, kind)
                s.add(SubmissionAttachment(submission_id=row.id, kind=kind, file_id=file_id[:256],
                                           file_unique_id=(file_unique_id or "")[:128], name=name[:256],
                                           caption=(caption or "").strip()[:1024] or None,
                                           size=size or 0, created_at=self.clock.now()))
                self._touch(row)
            await s.flush()
            return StepResult(await self._view(s, row), error=error)

    async def finish_step(self, telegram_id: int, sid: int, step: str) -> StepResult:
        """完成 / 跳过 on the attachment or co-signer step, 确认无误 on the checklist."""
        async with self.db.transaction() as s:
            member, row = await self._editable(s, telegram_id, sid)
            if row.step != step or step not in (FILES, COSIGN, CHECK):
                raise StaleStep(row.step)
            await self._advance(s, telegram_id, member, row, step)
            await s.flush()
            return StepResult(await self._view(s, row))

    async def edit_field(self, telegram_id: int, sid: int, field_name: str) -> SubmissionView:
        """From the preview's 修改: go to one field, then straight back to the preview."""
        if field_name not in EDITABLE_FIELDS:
            raise StaleStep(field_name)
        async with self.db.transaction() as s:
            member, row = await self._editable(s, telegram_id, sid)
            if row.step not in (PREVIEW, SIMILAR) and not row.editing:
                raise StaleStep(row.step)
            row.step, row.editing = field_name, True
            self._touch(row)
            await self.dialogs.set_in(s, telegram_id, FLOW, row.step, {"sid": row.id})
            await s.flush()
            return await self._view(s, row)

    async def back_to_preview(self, telegram_id: int, sid: int) -> SubmissionView:
        async with self.db.transaction() as s:
            member, row = await self._editable(s, telegram_id, sid)
            if not row.editing and row.step not in (PREVIEW, SIMILAR):
                raise StaleStep(row.step)
            row.step, row.editing = PREVIEW, False
            await self.dialogs.set_in(s, telegram_id, FLOW, row.step, {"sid": row.id})
            await s.flush()
            return await self._view(s, row)

    async def resume(self, telegram_id: int, sid: int) -> SubmissionView:
        async with self.db.transaction() as s:
            _, row = await self._editable(s, telegram_id, sid)
            await self.dialogs.set_in(s, telegram_id, FLOW, row.step, {"sid": row.id})
            return await self._view(s, row)

    async def hold(self, telegram_id: int, sid: int) -> SubmissionView:
        """暂存: leave the flow, keep the draft as it is."""
        async with self.db.transaction() as s:
            _, row = await self._own(s, telegram_id, sid)
            await self.dialogs.clear_in(s, telegram_id, FLOW)
            return await self._view(s, row)

    async def discard(self, telegram_id: int, sid: int) -> SubmissionView:
        """取消: a draft is deleted; a returned item only leaves edit mode (it keeps its number)."""
        async with self.db.transaction() as s:
            _, row = await self._own(s, telegram_id, sid, lock=True)
            view = await self._view(s, row)
            await self.dialogs.clear_in(s, telegram_id, FLOW)
            if row.status == "draft":
                await s.delete(row)
            elif row.status == "returned":
                row.step, row.editing = PREVIEW, False
            return view

    async def begin_revision(self, telegram_id: int, sid: int) -> SubmissionView:
        """退回修改: the member opens the item in the form, at the preview, to edit and resubmit."""
        async with self.db.transaction() as s:
            _, row = await self._own(s, telegram_id, sid, lock=True)
            if row.status != "returned":
                raise UserError(texts.SUB_NOT_EDITABLE)
            row.step, row.editing = PREVIEW, False
            await self.dialogs.set_in(s, telegram_id, FLOW, PREVIEW, {"sid": row.id})
            await s.flush()
            return await self._view(s, row)


UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\s]+')


def attachment_name(title: str, when: datetime, index: int, kind: str) -> str:
    """E.g. 关于加装电梯的建议_20261102_照片2.jpg: the title (made safe for a file name), the day, the number."""
    stem = UNSAFE_IN_NAME.sub("_", title or texts.SUB_UNTITLED).strip("_")[:30] or texts.SUB_UNTITLED
    what = texts.SUB_PHOTO_WORD if kind == "photo" else texts.SUB_FILE_WORD
    suffix = ".jpg" if kind == "photo" else ""
    return f"{stem}_{when:%Y%m%d}_{what}{index}{suffix}"
