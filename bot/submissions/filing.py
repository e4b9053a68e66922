"""Filing a 社情民意 item: co-signers (联名) invited and answering, the look for similar items,
the tracking number, resubmitting a returned item, and 附议 (a member's support for an item).

Every writing method is one transaction; the conditional update in `file` makes a second
press, device or process see the item filed already, so nothing is filed twice.
"""

from __future__ import annotations

from datetime import timedelta
from uuid import uuid4

from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.errors import NotFound, UserError
from bot.members import MemberInfo
from bot.outbox import (SUB_COSIGN_ANSWER, SUB_COSIGN_INVITE, SUB_FILED, SUB_SECONDED, add_notices,
                        admin_notices)
from bot.submissions.base import SubmissionsBase
from bot.submissions.notices import filed_card_key, to_member
from bot.submissions.models import (COSIGN, EDITABLE_STATUSES, FLOW, MAX_COSIGNERS, PREVIEW, SIMILAR,
                                    SIMILAR_BODY, SIMILAR_DAYS, SIMILAR_MIN, SIMILAR_SHOWN, CosignAnswer, Cosigner,
                                    CosignInvite, FileResult, SecondResult, SimilarItem, StalePreview, StaleStep,
                                    SubmissionView, SubmitOutcome)
from bot.submissions.text import clean_line, similarity
from storage.models import Member
from storage.queries import submissions as q
from storage.submissions import Submission, SubmissionCosigner, SubmissionEvent, SubmissionSecond


class Filing(SubmissionsBase):
    """Co-signers, similar items, filing with a number, and 附议."""

    # --- co-signers --------------------------------------------------------------------------------

    async def find_cosigners(self, telegram_id: int, sid: int, name: str) -> list[MemberInfo]:
        async with self.db.transaction() as s:
            member, row = await self._editable(s, telegram_id, sid)
            if row.step != COSIGN:
                raise StaleStep(row.step)
        found = await self.members.find_by_name(clean_line(name)[:20])
        return [m for m in found if m.telegram_id != telegram_id]

    async def invite_cosigner(self, telegram_id: int, sid: int, member_id: int) -> CosignInvite:
        async with self.db.transaction() as s:
            member, row = await self._editable(s, telegram_id, sid)
            if row.step != COSIGN:
                raise StaleStep(row.step)
            invitee = await s.get(Member, member_id)
            if invitee is None or invitee.status != "active":
                raise NotFound(member_id)
            if invitee.id == member.id:
                raise UserError(texts.SUB_COSIGN_SELF)
            existing = await q.cosigners_of(s, row.id)
            if any(c.member_id == invitee.id for c in existing):
                raise UserError(texts.SUB_COSIGN_ALREADY.format(name=invitee.name))
            if len(existing) >= MAX_COSIGNERS:
                raise UserError(texts.SUB_COSIGN_TOO_MANY.format(max=MAX_COSIGNERS))
            cosigner = SubmissionCosigner(submission_id=row.id, member_id=invitee.id, state="invited",
                                          invited_at=self.clock.now())
            s.add(cosigner)
            self._touch(row)
            await s.flush()
            await add_notices(s, to_member(self.members, invitee, SUB_COSIGN_INVITE, {
                "sid": row.id, "cosigner_id": cosigner.id}), self.clock.now())
            view = await self._view(s, row)
            return CosignInvite(Cosigner(cosigner.id, row.id, invitee.id, invitee.telegram_id, invitee.name,
                                         "invited"), view, self.members.info(invitee))

    async def answer_cosign(self, telegram_id: int, cosigner_id: int, agree: bool) -> CosignAnswer:
        async with self.db.transaction() as s:
            member = await self._member_row(s, telegram_id)
            cosigner = await s.get(SubmissionCosigner, cosigner_id)
            if cosigner is None:
                raise UserError(texts.SUB_COSIGN_GONE)
            if cosigner.member_id != member.id:
                raise NotFound(cosigner_id)
            row = await s.get(Submission, cosigner.submission_id)
            author = await s.get(Member, row.member_id)
            changed = cosigner.state == "invited"
            if changed:
                cosigner.state = "agreed" if agree else "declined"
                cosigner.answered_at = self.clock.now()
                if row.status in EDITABLE_STATUSES:  # a preview shown before the answer is out of date
                    row.rev = (row.rev or 0) + 1
                await add_notices(s, to_member(self.members, author, SUB_COSIGN_ANSWER, {
                    "name": member.name, "title": row.title, "agreed": agree}), self.clock.now())
            return CosignAnswer(Cosigner(cosigner.id, row.id, member.id, member.telegram_id, member.name,
                                         cosigner.state), row.title, author.telegram_id, changed)

    # --- similar items, filing, 附议 ------------------------------------------------------------------

    async def similar(self, telegram_id: int, sid: int) -> list[SimilarItem]:
        """Filed items of the last 12 months that look like this one, closest first."""
        async with self.db.transaction() as s:
            member, row = await self._own(s, telegram_id, sid)
            since = self.clock.now() - timedelta(days=SIMILAR_DAYS)
            candidates = await q.similar_candidates(s, since, row.id)
        # The opening of each part says what the matter is; the title weighs most anyway.
        body = row.situation[:SIMILAR_BODY] + row.problem[:SIMILAR_BODY] + row.suggestion[:SIMILAR_BODY]
        scored = []
        for c in candidates:
            other = c.situation[:SIMILAR_BODY] + c.problem[:SIMILAR_BODY] + c.suggestion[:SIMILAR_BODY]
            score = similarity(row.title, body, c.title, other)
            if score >= SIMILAR_MIN:
                scored.append(SimilarItem(c.id, c.number, c.title, c.author_name, c.status,
                                          c.member_id == member.id, round(score, 3)))
        scored.sort(key=lambda item: -item.score)
        return scored[:SIMILAR_SHOWN]

    async def mark_similar_shown(self, telegram_id: int, sid: int) -> SubmissionView:
        async with self.db.transaction() as s:
            _, row = await self._editable(s, telegram_id, sid)
            row.step = SIMILAR
            await self.dialogs.set_in(s, telegram_id, FLOW, row.step, {"sid": row.id})
            await s.flush()
            return await self._view(s, row)

    async def _next_number(self, s: AsyncSession, year: int) -> str:
        """The year's next tracking number, e.g. SQMY-2026-0001 (the counter stays locked until commit)."""
        return f"{self.prefix}-{year}-{await q.next_sequence(s, year):04d}"

    async def file(self, telegram_id: int, sid: int, rev: int | None = None) -> FileResult:
        """提交: give the draft its number (or resubmit a returned item under its number).

        The conditional UPDATE makes a second press, a second device or a second process
        see that it was filed already, so nothing is filed twice.
        """
        await self.members.require_active(telegram_id)
        async with self.db.transaction() as s:
            member, row = await self._own(s, telegram_id, sid, lock=True)
            if row.status not in EDITABLE_STATUSES:
                await self.dialogs.clear_in(s, telegram_id, FLOW)
                return FileResult(await self._view(s, row), filed=False)
            if rev is not None and rev != row.rev:
                raise StalePreview()
            if row.step not in (PREVIEW, SIMILAR):
                raise StaleStep(row.step)
            was = row.status
            now = self.clock.now()
            if not await q.update_if_unchanged(s, row, was, status="submitted", step=PREVIEW, editing=False,
                                               updated_at=now):
                raise StalePreview()
            if was == "draft":
                number = await self._next_number(s, now.astimezone(self.tz).year)
                await q.set_filing_details(s, row.id, number=number, filed_at=now, phone=member.phone,
                                           unit=member.unit, author_name=member.name)
                # Invitations nobody answered lapse: only those who agreed are listed.
            s.add(SubmissionEvent(submission_id=row.id, actor_tid=telegram_id, actor_name=member.name,
                                  from_status=was, to_status="submitted", kind="status", note="", created_at=now))
            await self.dialogs.clear_in(s, telegram_id, FLOW)
            # The admins' card commits with the filing: a crash after the member saw the number loses nothing.
            card_key = filed_card_key(row.id) + uuid4().hex[:12]  # unique per filing; the prefix finds the cards
            await add_notices(s, admin_notices(await self.members.admins_in(s), SUB_FILED, {
                "sid": row.id, "resubmitted": was == "returned"}, dedupe_key=card_key), now)
            await s.flush()
            await s.refresh(row)
            return FileResult(await self._view(s, row), filed=True, resubmitted=was == "returned")

    async def submit(self, telegram_id: int, sid: int, rev: int | None, check_similar: bool) -> SubmitOutcome:
        """提交 on the preview (or 仍要提交 without `check_similar`): similar items first, else file it.

        A preview older than the draft (`rev`) is refused; an item filed already says so.
        """
        view = await self.view_own(telegram_id, sid)
        if not view.is_editable:
            return SubmitOutcome(view)
        if rev is not None and rev != view.rev:
            raise StalePreview()
        if check_similar and view.is_draft:
            items = await self.similar(telegram_id, sid)
            if items:
                return SubmitOutcome(await self.mark_similar_shown(telegram_id, sid), similar=tuple(items))
        result = await self.file(telegram_id, sid, rev)
        return SubmitOutcome(result.view, filed=result.filed, resubmitted=result.resubmitted)

    async def second(self, telegram_id: int, target_id: int, draft_id: int | None = None) -> SecondResult:
        """附议: add the member's support to a filed item; their similar draft is dropped."""
        await self.members.require_active(telegram_id)
        async with self.db.transaction() as s:
            member = await self._member_row(s, telegram_id)
            target = await s.get(Submission, target_id)
            if target is None or target.status == "draft":
                raise NotFound(target_id)
            if target.member_id == member.id:
                raise UserError(texts.SUB_SECOND_OWN)
            added = not await q.has_seconded(s, target.id, member.id)
            if added:
                s.add(SubmissionSecond(submission_id=target.id, member_id=member.id, created_at=self.clock.now()))
                await add_notices(s, to_member(self.members, await s.get(Member, target.member_id), SUB_SECONDED, {
                    "sid": target.id, "name": member.name}), self.clock.now())
            deleted = False
            if draft_id is not None:
                draft = await s.get(Submission, draft_id)
                if draft is not None and draft.member_id == member.id and draft.status == "draft":
                    await s.delete(draft)
                    await self.dialogs.clear_in(s, telegram_id, FLOW)
                    deleted = True
            await s.flush()
            return SecondResult(await self._view(s, target), added, deleted)
