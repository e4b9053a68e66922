"""The /start registration flow: 姓名 → 界别 → 专委会 → 手机 (optional) → pending or active.

The step lives in the dialog store (flow "register") and each answer is written
to the member's row in the same transaction, so a restart or another process
continues the flow. An invite code, if valid, lets the person in without approval;
otherwise the request card for the admins is queued in the outbox with the final answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import or_, select

from bot import texts
from bot.clock import Clock
from bot.dialogs import DialogStore
from bot.members import MemberInfo, MembersService
from bot.outbox import NEW_MEMBER, add_notices, admin_notices
from storage.db import Database
from storage.models import Member

FLOW = "register"
NAME, SECTOR, COMMITTEE, PHONE = "name", "sector", "committee", "phone"
NAME_RE = re.compile(r"^[\u4e00-\u9fffA-Za-z·•． ]{2,20}$")
PHONE_RE = re.compile(r"^\+?\d{6,15}$")


@dataclass(frozen=True)
class Progress:
    """Where the person stands after an answer: the next step, or an error to repeat the step."""

    member: MemberInfo
    step: str | None  # None when registration is finished
    error: str | None = None
    via_invite: bool = False
    invite_problem: str | None = None  # the invite given at /start could not be used


class Registration:
    def __init__(self, db: Database, clock: Clock, members: MembersService, dialogs: DialogStore,
                 sectors: tuple[str, ...], committees: tuple[str, ...]) -> None:
        self.db = db
        self.clock = clock
        self.members = members
        self.dialogs = dialogs
        self.sectors = sectors
        self.committees = committees

    async def begin(self, member: MemberInfo, invite_code: str | None) -> Progress:
        """Start (or resume) registration for someone who is not yet a member."""
        dialog = await self.dialogs.get(member.telegram_id)
        data = dict(dialog.data) if dialog and dialog.flow == FLOW else {}
        problem = None
        if invite_code:
            problem = await self.members.invite_problem(invite_code)
            if problem is None:
                data["invite"] = invite_code
        step = dialog.step if dialog and dialog.flow == FLOW else NAME
        await self.dialogs.set(member.telegram_id, FLOW, step, data)
        return Progress(member, step, invite_problem=problem, via_invite="invite" in data)

    async def current_step(self, telegram_id: int) -> str | None:
        dialog = await self.dialogs.get(telegram_id)
        return dialog.step if dialog and dialog.flow == FLOW else None

    async def answer(self, telegram_id: int, step: str, value: str | None) -> Progress:
        """Apply one answer for `step`; returns the next step or the error for this one."""
        async with self.db.transaction() as s:
            row = (await s.execute(select(Member).where(Member.telegram_id == telegram_id))).scalar_one()
            dialog = await self.dialogs.get_in(s, telegram_id)
            data = dict(dialog.data) if dialog and dialog.flow == FLOW else {}
            error, next_step = None, step
            if step == NAME:
                name = re.sub(r"\s+", " ", (value or "").strip())
                if not NAME_RE.match(name):
                    error = texts.NAME_INVALID
                else:
                    row.name, next_step = name, SECTOR
            elif step == SECTOR:
                choice = (value or "").strip()
                if choice not in self.sectors:
                    error = texts.SECTOR_INVALID
                else:
                    row.sector = choice
                    next_step = COMMITTEE if self.committees else PHONE
            elif step == COMMITTEE:
                choice = (value or "").strip()
                if choice == texts.NONE_CHOICE or value is None:
                    row.special_committee, next_step = None, PHONE
                elif choice in self.committees:
                    row.special_committee, next_step = choice, PHONE
                else:
                    error = texts.COMMITTEE_INVALID
            elif step == PHONE:
                phone = re.sub(r"[\s-]", "", value or "")
                if value is not None and not PHONE_RE.match(phone):
                    error = texts.PHONE_INVALID
                else:
                    row.phone = phone or row.phone
                    next_step = None
            via_invite = False
            if error is None and next_step is None:
                code = data.get("invite")
                invite = await self.members.redeem_invite_in(s, code) if code else None
                via_invite = invite is not None
                row.status = "active" if via_invite else "pending"
                if invite is not None:
                    row.invite_id = invite.id
                    row.decided_at, row.decided_by = self.clock.now(), invite.created_by
                else:  # the request card goes to the admins with this commit (never lost to a crash)
                    await s.flush()
                    await add_notices(s, admin_notices(await self._admins(s), NEW_MEMBER, {
                        "member_id": row.id, "telegram_id": row.telegram_id}), self.clock.now())
                await self.dialogs.clear_in(s, telegram_id, FLOW)
            elif error is None:
                await self.dialogs.set_in(s, telegram_id, FLOW, next_step, data)
            await s.flush()
            return Progress(self.members.info(row), None if error is None and next_step is None else next_step,
                            error=error, via_invite=via_invite)

    async def _admins(self, s) -> list[MemberInfo]:  # noqa: ANN001
        rows = (await s.execute(select(Member).where(or_(
            Member.role == "admin", Member.telegram_id.in_(self.members.admin_ids))).order_by(Member.id))).scalars()
        return [m for m in map(self.members.info, rows) if m.is_admin]
