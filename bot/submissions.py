"""社情民意 submissions: the guided draft, filing with a tracking number, co-signers, 附议,
the review workflow and the member's own list.

Plain values in and out (frozen dataclasses); no telegram here. The draft row holds the step
the member is at, and the dialog store names the flow, so a restart or another process
continues the form. Every writing method is one transaction.

`iter_filed(filters)` streams filed items as `bot.export.records.SubmissionRecord`s (the one
record type of a filed item) for the export and Q&A features; `records_for(export_filter)` is the
same stream as the export layer's record source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import AsyncIterator
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bot import texts
from bot.clock import Clock
from bot.dialogs import DialogStore
from bot.errors import NotFound, UserError
from bot.export.records import ExportFilter, SubmissionRecord, paged_records
from bot.members import MemberInfo, MembersService
from bot.submission_workflow import (ADOPTED, FILED_STATUSES, LEVELS, TRANSITIONS,  # noqa: F401 (re-exported)
                                     level_name, status_code, status_name)
from storage.db import Database
from storage.models import Member
from storage.submissions import (Submission, SubmissionAttachment, SubmissionCosigner, SubmissionCounter,
                                 SubmissionEvent, SubmissionSecond)

FLOW = "submit"
REVIEW_FLOW = "review"

TITLE, CATEGORY, SITUATION, PROBLEM, SUGGESTION = "title", "category", "situation", "problem", "suggestion"
FILES, COSIGN, PHONE, UNIT, CHECK, PREVIEW, SIMILAR = "files", "cosign", "phone", "unit", "check", "preview", "similar"
BODY_FIELDS = (SITUATION, PROBLEM, SUGGESTION)
TEXT_FIELDS = (TITLE, *BODY_FIELDS)
EDITABLE_FIELDS = (TITLE, CATEGORY, SITUATION, PROBLEM, SUGGESTION, FILES, COSIGN)
ORDER = (TITLE, CATEGORY, SITUATION, PROBLEM, SUGGESTION, FILES, COSIGN, PHONE, UNIT, CHECK, PREVIEW)

TITLE_MIN, TITLE_MAX = 5, 40
BODY_MIN, BODY_MAX = 10, 2000
BODY_ADVISED = 1500
NOTE_MAX = 1000
MAX_COSIGNERS = 10
PHONE_RE = re.compile(r"^\+?\d{6,15}$")
SIMILAR_MIN = 0.25
SIMILAR_DAYS = 365
SIMILAR_SHOWN = 3
SIMILAR_BODY = 200  # characters of each body part compared
REMIND_BEFORE = timedelta(days=3)
BATCH = 200
PAGE = 500  # records per keyset page of iter_filed, each page its own short transaction

class StaleStep(Exception):
    """A button for a step the draft is no longer at (an old message)."""


# --- values -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Attachment:
    id: int
    kind: str
    file_id: str
    name: str
    size: int


@dataclass(frozen=True)
class Cosigner:
    id: int
    submission_id: int
    member_id: int
    telegram_id: int
    name: str
    state: str


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    actor_name: str
    from_status: str
    to_status: str
    kind: str
    note: str
    level: str | None
    leader: str | None
    instruction: str | None


@dataclass(frozen=True)
class SubmissionView:
    id: int
    number: str | None
    member_id: int
    author_tid: int
    author_name: str
    unit: str | None
    phone: str | None
    title: str
    category: str
    situation: str
    problem: str
    suggestion: str
    status: str
    step: str
    editing: bool
    rev: int
    original: dict | None
    created_at: datetime
    updated_at: datetime
    filed_at: datetime | None
    attachments: tuple[Attachment, ...] = ()
    cosigners: tuple[Cosigner, ...] = ()
    seconders: tuple[str, ...] = ()
    history: tuple[HistoryEntry, ...] = ()

    @property
    def body_length(self) -> int:
        return len(self.situation) + len(self.problem) + len(self.suggestion)

    @property
    def agreed_cosigners(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.cosigners if c.state == "agreed")

    @property
    def pending_cosigners(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.cosigners if c.state == "invited")

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    @property
    def compiled_into(self) -> str | None:
        """The 《社情民意》 issue the item was published in (e.g. 2026年第12期), if any."""
        for entry in reversed(self.history):
            if entry.kind == "issue":
                return entry.note
        return None


@dataclass(frozen=True)
class StepResult:
    view: SubmissionView
    error: str | None = None
    warning: str | None = None


@dataclass(frozen=True)
class FileResult:
    view: SubmissionView
    filed: bool  # False: it had been filed already (a second press, another device)
    resubmitted: bool = False


@dataclass(frozen=True)
class SimilarItem:
    id: int
    number: str
    title: str
    author_name: str
    status: str
    own: bool
    score: float


@dataclass(frozen=True)
class CosignInvite:
    cosigner: Cosigner
    view: SubmissionView
    invitee: MemberInfo


@dataclass(frozen=True)
class CosignAnswer:
    cosigner: Cosigner
    title: str
    author_tid: int
    changed: bool


@dataclass(frozen=True)
class SecondResult:
    target: SubmissionView
    added: bool
    draft_deleted: bool


@dataclass(frozen=True)
class Change:
    view: SubmissionView
    from_status: str
    to_status: str
    note: str
    leader: str | None = None
    instruction: str | None = None


@dataclass(frozen=True)
class YearCounts:
    year: int
    filed: int
    city: int
    province: int
    national: int
    instructed: int


@dataclass(frozen=True)
class Page:
    items: tuple[SubmissionView, ...]
    page: int
    pages: int
    total: int


@dataclass(frozen=True)
class MineSummary:
    counts: YearCounts
    page: Page


@dataclass(frozen=True)
class SubmissionFilters:
    """Which filed items to read; every field optional. Times compare with filed_at."""

    since: datetime | None = None
    until: datetime | None = None
    statuses: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    special_committees: tuple[str, ...] = ()
    member_telegram_id: int | None = None


# --- similarity --------------------------------------------------------------------------------

_DROP = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]+")


def bigrams(text: str) -> set[str]:
    chars = _DROP.sub("", text).lower()
    if len(chars) < 2:
        return set(chars)
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def similarity(title_a: str, body_a: str, title_b: str, body_b: str) -> float:
    """Character-bigram Jaccard, the title weighing more than the body."""
    return 0.6 * jaccard(bigrams(title_a), bigrams(title_b)) + 0.4 * jaccard(bigrams(body_a), bigrams(body_b))


def clean_line(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def clean_body(text: str) -> str:
    lines = [line.rstrip() for line in (text or "").strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# --- the service ---------------------------------------------------------------------------------

class SubmissionsService:
    def __init__(self, db: Database, clock: Clock, members: MembersService, dialogs: DialogStore,
                 categories: tuple[str, ...], tz: ZoneInfo, prefix: str = "SQMY", max_attachments: int = 5,
                 max_attachment_mb: int = 20, draft_days: int = 30) -> None:
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

    # --- loading --------------------------------------------------------------------------------

    async def _member_row(self, s, telegram_id: int) -> Member:  # noqa: ANN001
        row = (await s.execute(select(Member).where(Member.telegram_id == telegram_id))).scalar_one_or_none()
        if row is None:
            raise NotFound(telegram_id)
        return row

    async def _view(self, s, row: Submission) -> SubmissionView:  # noqa: ANN001
        author = await s.get(Member, row.member_id)
        attachments = (await s.execute(select(SubmissionAttachment).where(
            SubmissionAttachment.submission_id == row.id).order_by(SubmissionAttachment.id))).scalars()
        cosigners = (await s.execute(
            select(SubmissionCosigner, Member).join(Member, Member.id == SubmissionCosigner.member_id)
            .where(SubmissionCosigner.submission_id == row.id).order_by(SubmissionCosigner.id))).all()
        seconders = (await s.execute(
            select(Member.name).join(SubmissionSecond, SubmissionSecond.member_id == Member.id)
            .where(SubmissionSecond.submission_id == row.id).order_by(SubmissionSecond.id))).scalars()
        events = (await s.execute(select(SubmissionEvent).where(SubmissionEvent.submission_id == row.id)
                                  .order_by(SubmissionEvent.id))).scalars()
        return SubmissionView(
            id=row.id, number=row.number, member_id=row.member_id, author_tid=author.telegram_id,
            author_name=row.author_name or author.name, unit=row.unit if row.unit is not None else author.unit,
            phone=row.phone if row.phone is not None else author.phone, title=row.title, category=row.category,
            situation=row.situation, problem=row.problem, suggestion=row.suggestion, status=row.status,
            step=row.step, editing=row.editing, rev=row.rev, original=dict(row.original) if row.original else None,
            created_at=row.created_at, updated_at=row.updated_at, filed_at=row.filed_at,
            attachments=tuple(Attachment(a.id, a.kind, a.file_id, a.name, a.size) for a in attachments),
            cosigners=tuple(Cosigner(c.id, c.submission_id, c.member_id, m.telegram_id, m.name, c.state)
                            for c, m in cosigners),
            seconders=tuple(seconders),
            history=tuple(HistoryEntry(e.created_at, e.actor_name, e.from_status, e.to_status, e.kind, e.note,
                                       e.level, e.leader, e.instruction) for e in events),
        )

    async def _own(self, s, telegram_id: int, sid: int,  # noqa: ANN001
                   lock: bool = False) -> tuple[Member, Submission]:
        """The member's own row, or NotFound whatever id was given (no peeking at others')."""
        member = await self._member_row(s, telegram_id)
        stmt = select(Submission).where(Submission.id == sid)
        if lock and self.db.is_postgres:
            stmt = stmt.with_for_update()
        row = (await s.execute(stmt)).scalar_one_or_none()
        if row is None or row.member_id != member.id:
            raise NotFound(sid)
        return member, row

    async def _editable(self, s, telegram_id: int, sid: int) -> tuple[Member, Submission]:  # noqa: ANN001
        member, row = await self._own(s, telegram_id, sid, lock=True)
        if row.status not in ("draft", "returned"):
            raise UserError(texts.SUB_ALREADY_FILED.format(number=row.number)
                            if row.number else texts.SUB_NOT_EDITABLE)
        return member, row

    def _touch(self, row: Submission) -> None:
        row.updated_at = self.clock.now()
        row.rev = (row.rev or 0) + 1
        row.reminded_at = None

    async def view_own(self, telegram_id: int, sid: int) -> SubmissionView:
        async with self.db.transaction() as s:
            _, row = await self._own(s, telegram_id, sid)
            return await self._view(s, row)

    async def current_draft(self, telegram_id: int) -> SubmissionView | None:
        async with self.db.transaction() as s:
            member = await self._member_row(s, telegram_id)
            row = (await s.execute(select(Submission).where(
                Submission.member_id == member.id, Submission.status == "draft")
                .order_by(Submission.updated_at.desc()).limit(1))).scalar_one_or_none()
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

    # --- the draft ------------------------------------------------------------------------------

    async def start(self, telegram_id: int, restart: bool = False) -> SubmissionView:
        """Open the member's draft (creating one), or a fresh one when `restart`."""
        await self.members.require_active(telegram_id)
        async with self.db.transaction() as s:
            member = await self._member_row(s, telegram_id)
            row = (await s.execute(select(Submission).where(
                Submission.member_id == member.id, Submission.status == "draft")
                .order_by(Submission.updated_at.desc()).limit(1))).scalar_one_or_none()
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

    async def _advance(self, s, telegram_id: int, member: Member, row: Submission,  # noqa: ANN001
                       after: str) -> None:
        row.step = self._next_step(after, member, row.editing)
        if row.step == PREVIEW:
            row.editing = False
        self._touch(row)
        await self.dialogs.set_in(s, telegram_id, FLOW, row.step, {"sid": row.id})

    async def answer(self, telegram_id: int, sid: int, step: str, value: str) -> StepResult:
        """A typed answer for a text step (title, category by name, the body parts, phone, unit)."""
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
                             name: str, size: int | None) -> StepResult:
        async with self.db.transaction() as s:
            member, row = await self._editable(s, telegram_id, sid)
            if row.step != FILES:
                raise StaleStep(row.step)
            count = (await s.execute(select(func.count()).select_from(SubmissionAttachment).where(
                SubmissionAttachment.submission_id == row.id))).scalar_one()
            error = None
            if count >= self.max_attachments:
                error = texts.SUB_FILE_LIMIT.format(max=self.max_attachments)
            elif size is not None and size > self.max_attachment_bytes:
                error = texts.SUB_FILE_TOO_BIG.format(size=round(size / 1024 / 1024, 1), mb=self.max_attachment_mb)
            else:
                s.add(SubmissionAttachment(submission_id=row.id, kind=kind, file_id=file_id[:256],
                                           file_unique_id=(file_unique_id or "")[:128], name=(name or "")[:256],
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
            existing = (await s.execute(select(SubmissionCosigner).where(
                SubmissionCosigner.submission_id == row.id))).scalars().all()
            if any(c.member_id == invitee.id for c in existing):
                raise UserError(texts.SUB_COSIGN_ALREADY.format(name=invitee.name))
            if len(existing) >= MAX_COSIGNERS:
                raise UserError(texts.SUB_COSIGN_TOO_MANY.format(max=MAX_COSIGNERS))
            cosigner = SubmissionCosigner(submission_id=row.id, member_id=invitee.id, state="invited",
                                          invited_at=self.clock.now())
            s.add(cosigner)
            self._touch(row)
            await s.flush()
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
            return CosignAnswer(Cosigner(cosigner.id, row.id, member.id, member.telegram_id, member.name,
                                         cosigner.state), row.title, author.telegram_id, changed)

    # --- similar items, filing, 附议 ------------------------------------------------------------------

    async def similar(self, telegram_id: int, sid: int) -> list[SimilarItem]:
        """Filed items of the last 12 months that look like this one, closest first."""
        async with self.db.transaction() as s:
            member, row = await self._own(s, telegram_id, sid)
            since = self.clock.now() - timedelta(days=SIMILAR_DAYS)
            candidates = (await s.execute(
                select(Submission.id, Submission.number, Submission.title, Submission.situation,
                       Submission.problem, Submission.suggestion, Submission.author_name, Submission.status,
                       Submission.member_id)
                .where(Submission.status != "draft", Submission.filed_at >= since, Submission.id != row.id)
            )).all()
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

    async def _next_number(self, s, year: int) -> str:  # noqa: ANN001
        """The year's next sequence number; the counter row is locked until the filing commits."""
        values = {"year": year, "last": 0}
        stmt = (pg_insert(SubmissionCounter) if self.db.is_postgres else sqlite_insert(SubmissionCounter))
        await s.execute(stmt.values(**values).on_conflict_do_nothing(index_elements=["year"]))
        last = (await s.execute(update(SubmissionCounter).where(SubmissionCounter.year == year)
                                .values(last=SubmissionCounter.last + 1)
                                .returning(SubmissionCounter.last))).scalar_one()
        return f"{self.prefix}-{year}-{last:04d}"

    async def file(self, telegram_id: int, sid: int, rev: int | None = None) -> FileResult:
        """提交: give the draft its number (or resubmit a returned item under its number).

        The conditional UPDATE makes a second press, a second device or a second process
        see that it was filed already, so nothing is filed twice.
        """
        await self.members.require_active(telegram_id)
        async with self.db.transaction() as s:
            member, row = await self._own(s, telegram_id, sid, lock=True)
            if row.status not in ("draft", "returned"):
                await self.dialogs.clear_in(s, telegram_id, FLOW)
                return FileResult(await self._view(s, row), filed=False)
            if rev is not None and rev != row.rev:
                raise UserError(texts.SUB_STALE_PREVIEW)
            if row.step not in (PREVIEW, SIMILAR):
                raise StaleStep(row.step)
            was = row.status
            now = self.clock.now()
            result = await s.execute(update(Submission).where(
                Submission.id == row.id, Submission.status == was, Submission.rev == row.rev)
                .values(status="submitted", step=PREVIEW, editing=False, updated_at=now))
            if result.rowcount != 1:
                raise UserError(texts.SUB_STALE_PREVIEW)
            if was == "draft":
                number = await self._next_number(s, now.astimezone(self.tz).year)
                await s.execute(update(Submission).where(Submission.id == row.id).values(
                    number=number, filed_at=now, phone=member.phone, unit=member.unit, author_name=member.name))
                # Invitations nobody answered lapse: only those who agreed are listed.
            s.add(SubmissionEvent(submission_id=row.id, actor_tid=telegram_id, actor_name=member.name,
                                  from_status=was, to_status="submitted", kind="status", note="", created_at=now))
            await self.dialogs.clear_in(s, telegram_id, FLOW)
            await s.flush()
            await s.refresh(row)
            return FileResult(await self._view(s, row), filed=True, resubmitted=was == "returned")

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
            exists = (await s.execute(select(SubmissionSecond.id).where(
                SubmissionSecond.submission_id == target.id,
                SubmissionSecond.member_id == member.id))).scalar_one_or_none()
            added = exists is None
            if added:
                s.add(SubmissionSecond(submission_id=target.id, member_id=member.id, created_at=self.clock.now()))
            deleted = False
            if draft_id is not None:
                draft = await s.get(Submission, draft_id)
                if draft is not None and draft.member_id == member.id and draft.status == "draft":
                    await s.delete(draft)
                    await self.dialogs.clear_in(s, telegram_id, FLOW)
                    deleted = True
            await s.flush()
            return SecondResult(await self._view(s, target), added, deleted)

    # --- the member's own list ----------------------------------------------------------------------

    def _year_bounds(self, year: int) -> tuple[datetime, datetime]:
        start = datetime(year, 1, 1, tzinfo=self.tz)
        return start, datetime(year + 1, 1, 1, tzinfo=self.tz)

    async def year_counts(self, telegram_id: int, year: int | None = None) -> YearCounts:
        year = year or self.clock.now().astimezone(self.tz).year
        start, end = self._year_bounds(year)
        async with self.db.transaction() as s:
            member = await self._member_row(s, telegram_id)
            filed = (await s.execute(select(func.count()).select_from(Submission).where(
                Submission.member_id == member.id, Submission.status != "draft",
                Submission.filed_at >= start, Submission.filed_at < end))).scalar_one()
            rows = (await s.execute(
                select(SubmissionEvent.submission_id, SubmissionEvent.level, SubmissionEvent.to_status)
                .join(Submission, Submission.id == SubmissionEvent.submission_id)
                .where(Submission.member_id == member.id, SubmissionEvent.kind == "status",
                       SubmissionEvent.created_at >= start, SubmissionEvent.created_at < end))).all()
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
            where = (Submission.member_id == member.id, Submission.status != "draft")
            total = (await s.execute(select(func.count()).select_from(Submission).where(*where))).scalar_one()
            pages = max(1, -(-total // per_page))
            page = min(max(1, page), pages)
            rows = (await s.execute(select(Submission).where(*where)
                                    .order_by(Submission.filed_at.desc(), Submission.id.desc())
                                    .offset((page - 1) * per_page).limit(per_page))).scalars().all()
            items = tuple([await self._view(s, r) for r in rows])
        return MineSummary(counts, Page(items, page, pages, total))

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

    # --- review (admin) ---------------------------------------------------------------------------

    @staticmethod
    def allowed_next(status: str) -> tuple[str, ...]:
        return TRANSITIONS.get(status, ())

    async def view_admin(self, admin_tid: int, sid: int) -> SubmissionView:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            row = await s.get(Submission, sid)
            if row is None or row.status == "draft":
                raise NotFound(sid)
            return await self._view(s, row)

    async def change_status(self, admin_tid: int, sid: int, to_status: str, note: str = "",
                            leader: str | None = None, instruction: str | None = None) -> Change:
        admin = await self.members.require_admin(admin_tid)
        note = (note or "").strip()
        if len(note) > NOTE_MAX:
            raise UserError(texts.SUB_REVIEW_NOTE_TOO_LONG.format(length=len(note)))
        async with self.db.transaction() as s:
            stmt = select(Submission).where(Submission.id == sid)
            if self.db.is_postgres:
                stmt = stmt.with_for_update()
            row = (await s.execute(stmt)).scalar_one_or_none()
            if row is None or row.status == "draft":
                raise NotFound(sid)
            if to_status not in TRANSITIONS.get(row.status, ()):
                raise UserError(texts.SUB_REVIEW_NOT_ALLOWED.format(
                    number=row.number, current=texts.SUB_STATUS_NAMES.get(row.status, row.status),
                    status=texts.SUB_STATUS_NAMES.get(to_status, to_status)))
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
            return Change(await self._view(s, row), was, to_status, note, leader, instruction)

    async def add_note(self, admin_tid: int, sid: int, note: str) -> Change:
        admin = await self.members.require_admin(admin_tid)
        note = (note or "").strip()
        if not note:
            raise UserError(texts.EMPTY_MESSAGE)
        if len(note) > NOTE_MAX:
            raise UserError(texts.SUB_REVIEW_NOTE_TOO_LONG.format(length=len(note)))
        async with self.db.transaction() as s:
            row = await s.get(Submission, sid)
            if row is None or row.status == "draft":
                raise NotFound(sid)
            s.add(SubmissionEvent(submission_id=row.id, actor_tid=admin_tid, actor_name=admin.display_name,
                                  from_status=row.status, to_status=row.status, kind="note", note=note,
                                  created_at=self.clock.now()))
            await s.flush()
            return Change(await self._view(s, row), row.status, row.status, note)

    async def edit_text(self, admin_tid: int, sid: int, field_name: str, value: str) -> SubmissionView:
        """Staff edit the title or a body part; the member's original is kept the first time."""
        admin = await self.members.require_admin(admin_tid)
        if field_name not in TEXT_FIELDS:
            raise NotFound(field_name)
        async with self.db.transaction() as s:
            row = await s.get(Submission, sid)
            if row is None or row.status == "draft":
                raise NotFound(sid)
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

    def _filter_clauses(self, filters: SubmissionFilters) -> list:
        clauses = [Submission.status != "draft"]
        if filters.since is not None:
            clauses.append(Submission.filed_at >= filters.since)
        if filters.until is not None:
            clauses.append(Submission.filed_at < filters.until)
        if filters.statuses:
            clauses.append(Submission.status.in_(filters.statuses))
        if filters.categories:
            clauses.append(Submission.category.in_(filters.categories))
        if filters.sectors:
            clauses.append(Member.sector.in_(filters.sectors))
        if filters.special_committees:
            clauses.append(Member.special_committee.in_(filters.special_committees))
        if filters.member_telegram_id is not None:
            clauses.append(Member.telegram_id == filters.member_telegram_id)
        return clauses

    async def review_list(self, admin_tid: int, filters: SubmissionFilters, page: int = 1,
                          per_page: int = 8) -> Page:
        await self.members.require_admin(admin_tid)
        clauses = self._filter_clauses(filters)
        async with self.db.transaction() as s:
            base = select(Submission).join(Member, Member.id == Submission.member_id).where(*clauses)
            total = (await s.execute(select(func.count()).select_from(base.subquery()))).scalar_one()
            pages = max(1, -(-total // per_page))
            page = min(max(1, page), pages)
            rows = (await s.execute(base.order_by(Submission.filed_at.desc(), Submission.id.desc())
                                    .offset((page - 1) * per_page).limit(per_page))).scalars().all()
            items = tuple([await self._view(s, r) for r in rows])
        return Page(items, page, pages, total)

    # --- the read side for export and Q&A ------------------------------------------------------------

    async def iter_filed(self, filters: SubmissionFilters | None = None,
                         batch_size: int = PAGE) -> AsyncIterator[SubmissionRecord]:
        """Filed items as export records, in filing order, read in keyset pages on (filed_at, id).

        Each page is its own short transaction (on SQLite every transaction is BEGIN IMMEDIATE,
        so one held for a whole export would block the bot's writes), and the key, not an
        offset, says where the next page starts, so rows filed meanwhile neither repeat nor
        shift the pages.
        """
        clauses = self._filter_clauses(filters or SubmissionFilters())

        async def fetch_page(after: tuple[datetime, int] | None) -> tuple[list[SubmissionRecord], object]:
            where = list(clauses)
            if after is not None:
                filed_at, last_id = after
                where.append(or_(Submission.filed_at > filed_at,
                                 and_(Submission.filed_at == filed_at, Submission.id > last_id)))
            async with self.db.transaction() as s:
                rows = (await s.execute(
                    select(Submission, Member).join(Member, Member.id == Submission.member_id).where(*where)
                    .order_by(Submission.filed_at, Submission.id).limit(batch_size))).all()
                records = await self._records(s, rows, [r.id for r, _ in rows]) if rows else []
            if len(rows) < batch_size:
                return records, None
            last = rows[-1][0]
            return records, (last.filed_at, last.id)

        async for record in paged_records(fetch_page):
            yield record

    def export_filters(self, flt: ExportFilter) -> SubmissionFilters:
        """The export layer's filter (labels, a half-open period) as this service's filter."""
        statuses: tuple[str, ...] = ()
        if flt.status:
            statuses = (status_code(flt.status) or flt.status,)  # an unknown label matches nothing
        return SubmissionFilters(since=flt.date_from, until=flt.date_to, statuses=statuses,
                                 categories=(flt.category,) if flt.category else ())

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
            rows = (await s.execute(
                select(Submission, Member).join(Member, Member.id == Submission.member_id)
                .where(Submission.id.in_(ids), Submission.status != "draft"))).all()
            records = {r.id: r for r in await self._records(s, rows, [row.id for row, _ in rows])} if rows else {}
        return [records[i] for i in ids if i in records]

    async def _records(self, s, rows, ids: list[int]) -> list[SubmissionRecord]:  # noqa: ANN001
        cosigners: dict[int, list[str]] = {i: [] for i in ids}
        for sid, name in (await s.execute(
                select(SubmissionCosigner.submission_id, Member.name)
                .join(Member, Member.id == SubmissionCosigner.member_id)
                .where(SubmissionCosigner.submission_id.in_(ids), SubmissionCosigner.state == "agreed")
                .order_by(SubmissionCosigner.id))).all():
            cosigners[sid].append(name)
        seconders: dict[int, list[str]] = {i: [] for i in ids}
        for sid, name in (await s.execute(
                select(SubmissionSecond.submission_id, Member.name)
                .join(Member, Member.id == SubmissionSecond.member_id)
                .where(SubmissionSecond.submission_id.in_(ids)).order_by(SubmissionSecond.id))).all():
            seconders[sid].append(name)
        attachments = dict((await s.execute(
            select(SubmissionAttachment.submission_id, func.count())
            .where(SubmissionAttachment.submission_id.in_(ids))
            .group_by(SubmissionAttachment.submission_id))).all())
        levels: dict[int, list[str]] = {i: [] for i in ids}
        instructions: dict[int, list[str]] = {i: [] for i in ids}
        joined = texts.EXPORT_INSTRUCTION_SEPARATOR.join
        last_note: dict[int, str] = {}
        for e in (await s.execute(select(SubmissionEvent).where(SubmissionEvent.submission_id.in_(ids))
                                  .order_by(SubmissionEvent.id))).scalars():
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
        ) for r, m in rows]

    async def record_compiled_in(self, s, sids: list[int], issue_label: str, admin_tid: int,  # noqa: ANN001
                                 admin_name: str) -> None:
        """Inside the publishing transaction: each item's history notes the issue it went into."""
        now = self.clock.now()
        for row in (await s.execute(select(Submission).where(Submission.id.in_(sids)))).scalars():
            s.add(SubmissionEvent(submission_id=row.id, actor_tid=admin_tid, actor_name=admin_name,
                                  from_status=row.status, to_status=row.status, kind="issue", note=issue_label,
                                  created_at=now))

    async def count_filed(self, filters: SubmissionFilters | None = None) -> int:
        clauses = self._filter_clauses(filters or SubmissionFilters())
        async with self.db.transaction() as s:
            return (await s.execute(select(func.count()).select_from(Submission)
                                    .join(Member, Member.id == Submission.member_id).where(*clauses))).scalar_one()

    # --- old drafts ---------------------------------------------------------------------------------

    async def claim_draft_reminders(self) -> list[SubmissionView]:
        """Drafts idle for (draft_days − 3) days, not yet reminded: mark reminded, return them."""
        now = self.clock.now()
        cutoff = now - timedelta(days=self.draft_days) + REMIND_BEFORE
        async with self.db.transaction() as s:
            rows = (await s.execute(self.db.for_update(select(Submission).where(
                Submission.status == "draft", Submission.updated_at <= cutoff,
                Submission.reminded_at.is_(None)).order_by(Submission.id).limit(BATCH)))).scalars().all()
            for row in rows:
                row.reminded_at = now
            await s.flush()
            return [await self._view(s, r) for r in rows]

    async def clear_old_drafts(self) -> list[SubmissionView]:
        """Drafts idle for draft_days and reminded at least a day ago: delete, return what went."""
        now = self.clock.now()
        async with self.db.transaction() as s:
            rows = (await s.execute(self.db.for_update(select(Submission).where(
                Submission.status == "draft", Submission.updated_at <= now - timedelta(days=self.draft_days),
                Submission.reminded_at.is_not(None), Submission.reminded_at <= now - timedelta(days=1))
                .order_by(Submission.id).limit(BATCH)))).scalars().all()
            gone = [await self._view(s, r) for r in rows]
            for row, view in zip(rows, gone):
                dialog = await self.dialogs.get_in(s, view.author_tid)
                if dialog is not None and dialog.flow == FLOW and dialog.data.get("sid") == row.id:
                    await self.dialogs.clear_in(s, view.author_tid, FLOW)
                await s.delete(row)
            return gone

    def draft_clear_at(self, view: SubmissionView) -> datetime:
        return max(view.updated_at + timedelta(days=self.draft_days), self.clock.now() + timedelta(days=1))


def categories_from(settings) -> tuple[str, ...]:  # noqa: ANN001
    return settings.submissions.categories or ("其他",)
