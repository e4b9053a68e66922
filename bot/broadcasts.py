"""Broadcasts (通知): composing a notice, choosing its audience, starting, pausing, reporting, receipts.

The draft is a `broadcasts` row whose `step` is where the admin is in composing
(content → audience → receipt → preview → time); the dialog row names the flow.
Starting a broadcast writes one outbox row per recipient in the same transaction
that moves it to `sending`; the sender (handlers/outbox_sender.py over
bot/outbox.py) does the rest. Recipients are active members; those the bot
cannot reach (never pressed /start, or blocked it) get an `unreachable` row at
once and are listed, never an error. Every admin action checks the role here too.
"""

from __future__ import annotations

import html
import io
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from sqlalchemy import func, select, update

from bot import texts
from bot.timeparse import TimeParseError, parse_when
from bot.clock import Clock
from bot.dialogs import DialogStore
from bot.errors import NotFound, PermissionDenied, UserError
from bot.members import MembersService
from bot.outbox import CLAIMED, FAILED, PENDING, SENT, UNREACHABLE
from storage.broadcasts import Broadcast, OutboxRow
from storage.db import Database
from storage.models import Member

FLOW = "broadcast"
CONTENT, AUDIENCE, RECEIPT, PREVIEW, TIME = "content", "audience", "receipt", "preview", "time"
KINDS = ("text", "photo", "document")
LIST_LIMIT = 5


@dataclass(frozen=True)
class Recipient:
    telegram_id: int
    name: str
    can_receive: bool
    why_not: str | None  # texts.BC_WHY_* when the bot cannot reach them


@dataclass(frozen=True)
class Draft:
    id: int
    author_id: int
    step: str
    status: str
    kind: str
    body: str
    file_id: str | None
    audience: dict
    needs_receipt: bool
    scheduled_at: datetime | None
    parent_id: int | None = None

    @property
    def audience_label(self) -> str:
        a = self.audience
        if a.get("all"):
            return texts.BC_ALL
        if a.get("me"):
            return texts.BC_ONLY_ME
        if a.get("ids"):
            return texts.BC_UNREAD_AUDIENCE
        names = list(a.get("committees", [])) + list(a.get("sectors", []))
        return "、".join(names) if names else texts.BC_NOBODY

    @property
    def title(self) -> str:
        """A short label of the notice for lists (its first line, tags dropped)."""
        plain = html.unescape(re.sub(r"<[^>]+>", "", self.body or "")).strip().split("\n")[0]
        label = plain[:24] + ("…" if len(plain) > 24 else "")
        return label or texts.BC_KIND_NAMES.get(self.kind, self.kind)


@dataclass(frozen=True)
class Audience:
    recipients: tuple[Recipient, ...]

    @property
    def total(self) -> int:
        return len(self.recipients)

    @property
    def unreachable(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if not r.can_receive)


@dataclass(frozen=True)
class Started:
    draft: Draft
    total: int
    unreachable: int


@dataclass(frozen=True)
class Progress:
    draft: Draft
    total: int
    sent: int
    failed: int
    unreachable: int
    left: int
    read: int
    progress_chat_id: int | None
    progress_message_id: int | None

    @property
    def finished(self) -> bool:
        return self.draft.status in ("done", "cancelled")


@dataclass(frozen=True)
class Outcome:
    """One recipient's result, for the report and the XLSX."""

    name: str
    telegram_id: int
    sector: str
    committee: str
    state: str
    attempts: int
    error: str | None
    sent_at: datetime | None
    read_at: datetime | None


@dataclass(frozen=True)
class Report:
    progress: Progress
    outcomes: tuple[Outcome, ...]

    @property
    def failures(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.state == FAILED)

    @property
    def unreachable(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.state == UNREACHABLE)

    @property
    def unread(self) -> tuple[Outcome, ...]:
        return tuple(o for o in self.outcomes if o.state == SENT and o.read_at is None)


@dataclass(frozen=True)
class ReadResult:
    broadcast_id: int
    already: bool


class BroadcastService:
    def __init__(self, db: Database, clock: Clock, members: MembersService, dialogs: DialogStore,
                 timezone: tzinfo, sectors: tuple[str, ...], committees: tuple[str, ...]) -> None:
        self.db = db
        self.clock = clock
        self.members = members
        self.dialogs = dialogs
        self.timezone = timezone
        self.sectors = sectors
        self.committees = committees

    # --- rows ---------------------------------------------------------------------------------

    @staticmethod
    def _draft(b: Broadcast) -> Draft:
        return Draft(b.id, b.author_id, b.step, b.status, b.kind, b.body, b.file_id, dict(b.audience or {}),
                     b.needs_receipt, b.scheduled_at, b.parent_id)

    async def _own_draft(self, s, admin_tid: int, broadcast_id: int, steps: tuple[str, ...] | None = None) -> Broadcast:  # noqa: ANN001
        b = await s.get(Broadcast, broadcast_id)
        if b is None or b.author_id != admin_tid or b.status != "draft":
            raise NotFound(broadcast_id)
        if steps is not None and b.step not in steps:
            raise NotFound(broadcast_id)
        return b

    async def get(self, broadcast_id: int) -> Draft | None:
        async with self.db.transaction() as s:
            b = await s.get(Broadcast, broadcast_id)
            return self._draft(b) if b else None

    # --- composing ----------------------------------------------------------------------------

    async def begin(self, admin_tid: int) -> Draft:
        """A new draft (an unfinished earlier one of this admin is dropped)."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            await s.execute(update(Broadcast).where(Broadcast.author_id == admin_tid, Broadcast.status == "draft")
                            .values(status="cancelled"))
            b = Broadcast(author_id=admin_tid, step=CONTENT, status="draft", audience={}, created_at=self.clock.now())
            s.add(b)
            await s.flush()
            await self.dialogs.set_in(s, admin_tid, FLOW, CONTENT, {"id": b.id})
            return self._draft(b)

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
            return self._draft(b)

    async def toggle_audience(self, admin_tid: int, broadcast_id: int, group: str, index: int | None = None) -> Draft:
        """group: all | me | c (专委会 index) | s (界别 index). 全体 and 仅发给我 replace the groups."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await self._own_draft(s, admin_tid, broadcast_id, (AUDIENCE,))
            audience = dict(b.audience or {})
            if group in ("all", "me"):
                audience = {} if audience.get(group) else {group: True}
            elif group in ("c", "s"):
                options, key = (self.committees, "committees") if group == "c" else (self.sectors, "sectors")
                if index is None or not 0 <= index < len(options):
                    raise NotFound(index)
                audience.pop("all", None)
                audience.pop("me", None)
                chosen = list(audience.get(key, []))
                name = options[index]
                chosen = [c for c in chosen if c != name] if name in chosen else chosen + [name]
                audience[key] = chosen
                if not chosen:
                    audience.pop(key)
            else:
                raise NotFound(group)
            b.audience = audience
            return self._draft(b)

    async def audience(self, broadcast_id: int) -> Audience:
        async with self.db.transaction() as s:
            b = await s.get(Broadcast, broadcast_id)
            if b is None:
                raise NotFound(broadcast_id)
            return Audience(tuple(await self._recipients(s, b)))

    async def _recipients(self, s, b: Broadcast) -> list[Recipient]:  # noqa: ANN001
        a = b.audience or {}
        stmt = select(Member).where(Member.status == "active")
        if a.get("me"):
            stmt = select(Member).where(Member.telegram_id == b.author_id)
        elif a.get("ids"):
            stmt = stmt.where(Member.telegram_id.in_(a["ids"]))
        elif not a.get("all"):
            committees, sectors = a.get("committees", []), a.get("sectors", [])
            if not committees and not sectors:
                return []
            stmt = stmt.where(Member.special_committee.in_(committees) | Member.sector.in_(sectors))
        out = []
        for m in (await s.execute(stmt.order_by(Member.id))).scalars():
            why = None if m.chat_started and m.reachable else (
                texts.BC_WHY_NOT_STARTED if not m.chat_started else texts.BC_WHY_BLOCKED)
            out.append(Recipient(m.telegram_id, m.name or m.tg_name or str(m.telegram_id), why is None, why))
        return out

    async def confirm_audience(self, admin_tid: int, broadcast_id: int) -> Draft:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await self._own_draft(s, admin_tid, broadcast_id, (AUDIENCE,))
            if not await self._recipients(s, b):
                raise UserError(texts.BC_AUDIENCE_EMPTY)
            b.step = RECEIPT
            await self.dialogs.set_in(s, admin_tid, FLOW, RECEIPT, {"id": b.id})
            return self._draft(b)

    async def set_receipt(self, admin_tid: int, broadcast_id: int, needs_receipt: bool) -> Draft:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await self._own_draft(s, admin_tid, broadcast_id, (RECEIPT,))
            b.needs_receipt, b.step = needs_receipt, PREVIEW
            await self.dialogs.set_in(s, admin_tid, FLOW, PREVIEW, {"id": b.id})
            return self._draft(b)

    async def ask_time(self, admin_tid: int, broadcast_id: int) -> Draft:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await self._own_draft(s, admin_tid, broadcast_id, (PREVIEW, TIME))
            b.step = TIME
            await self.dialogs.set_in(s, admin_tid, FLOW, TIME, {"id": b.id})
            return self._draft(b)

    async def discard(self, admin_tid: int, broadcast_id: int | None = None) -> Draft | None:
        """取消 while composing (or /cancel): the draft is dropped."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            stmt = select(Broadcast).where(Broadcast.author_id == admin_tid, Broadcast.status == "draft")
            if broadcast_id is not None:
                stmt = stmt.where(Broadcast.id == broadcast_id)
            rows = list((await s.execute(stmt)).scalars())
            for b in rows:
                b.status = "cancelled"
            await self.dialogs.clear_in(s, admin_tid, FLOW)
            return self._draft(rows[-1]) if rows else None

    # --- starting -----------------------------------------------------------------------------

    async def send_now(self, admin_tid: int, broadcast_id: int) -> Started:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await self._own_draft(s, admin_tid, broadcast_id, (PREVIEW, TIME))
            started = await self._start(s, b)
            await self.dialogs.clear_in(s, admin_tid, FLOW)
            return started

    async def schedule(self, admin_tid: int, broadcast_id: int, text: str) -> Draft:
        await self.members.require_admin(admin_tid)
        now = self.clock.now()
        try:
            when = parse_when(text, now, self.timezone, allow_past=True)
        except TimeParseError:
            raise UserError(texts.BC_TIME_INVALID) from None
        if when <= now:
            raise UserError(texts.BC_TIME_PAST)
        async with self.db.transaction() as s:
            b = await self._own_draft(s, admin_tid, broadcast_id, (TIME,))
            b.status, b.scheduled_at, b.step = "scheduled", when, "done"
            await self.dialogs.clear_in(s, admin_tid, FLOW)
            return self._draft(b)

    async def _start(self, s, b: Broadcast) -> Started:  # noqa: ANN001
        """Move to sending and write every recipient's outbox row, in the caller's transaction."""
        now = self.clock.now()
        recipients = await self._recipients(s, b)
        for r in recipients:
            s.add(OutboxRow(broadcast_id=b.id, telegram_id=r.telegram_id,
                            state=PENDING if r.can_receive else UNREACHABLE,
                            error=None if r.can_receive else r.why_not))
        b.status, b.step, b.started_at, b.total = "sending", "done", now, len(recipients)
        await s.flush()
        return Started(self._draft(b), len(recipients), sum(1 for r in recipients if not r.can_receive))

    async def start_due(self) -> list[Started]:
        """Scheduled broadcasts whose time has come start sending (claimed, so once across processes)."""
        now = self.clock.now()
        async with self.db.transaction() as s:
            due = list((await s.execute(self.db.for_update(
                select(Broadcast).where(Broadcast.status == "scheduled", Broadcast.scheduled_at <= now)
                .order_by(Broadcast.scheduled_at)))).scalars())
            return [await self._start(s, b) for b in due]

    async def set_progress_message(self, broadcast_id: int, chat_id: int, message_id: int) -> None:
        async with self.db.transaction() as s:
            b = await s.get(Broadcast, broadcast_id)
            b.progress_chat_id, b.progress_message_id, b.progress_edited_at = chat_id, message_id, self.clock.now()

    async def progress_due(self, broadcast_id: int, every: timedelta, force: bool = False) -> bool:
        """Claim the next edit of the live progress message (one process edits, every few seconds)."""
        now = self.clock.now()
        async with self.db.transaction() as s:
            stmt = update(Broadcast).where(Broadcast.id == broadcast_id, Broadcast.progress_message_id.is_not(None))
            if not force:
                stmt = stmt.where((Broadcast.progress_edited_at.is_(None)) |
                                  (Broadcast.progress_edited_at <= now - every))
            return (await s.execute(stmt.values(progress_edited_at=now))).rowcount == 1

    async def claim_report(self, broadcast_id: int, release: bool = False) -> bool:
        """True once: the process that finishes a broadcast sends its report (`release`: it could not)."""
        async with self.db.transaction() as s:
            if release:
                await s.execute(update(Broadcast).where(Broadcast.id == broadcast_id).values(reported_at=None))
                return False
            result = await s.execute(update(Broadcast).where(
                Broadcast.id == broadcast_id, Broadcast.reported_at.is_(None),
                Broadcast.status.in_(("done", "cancelled"))).values(reported_at=self.clock.now()))
            return result.rowcount == 1

    async def unreported(self) -> list[int]:
        """Finished broadcasts whose report still has to go out."""
        async with self.db.transaction() as s:
            return list((await s.execute(select(Broadcast.id).where(
                Broadcast.status.in_(("done", "cancelled")), Broadcast.reported_at.is_(None),
                Broadcast.started_at.is_not(None)))).scalars())

    # --- controlling -------------------------------------------------------------------------

    async def control(self, admin_tid: int, broadcast_id: int, action: str) -> Draft:
        """暂停 (pause), 继续 (resume), 取消 (cancel) a scheduled or sending broadcast."""
        await self.members.require_admin(admin_tid)
        allowed = {"pause": ({"sending"}, "paused"), "resume": ({"paused"}, "sending"),
                   "cancel": ({"sending", "paused", "scheduled"}, "cancelled")}
        if action not in allowed:
            raise NotFound(action)
        before, after = allowed[action]
        async with self.db.transaction() as s:
            b = await s.get(Broadcast, broadcast_id)
            if b is None or b.status == "draft":
                raise NotFound(broadcast_id)
            if b.status not in before:
                raise UserError(texts.BC_CONTROL_TOO_LATE.format(status=texts.BC_STATUS_NAMES.get(b.status, b.status)))
            b.status = after
            if after == "cancelled":
                b.finished_at = self.clock.now()
            return self._draft(b)

    # --- reading progress and results --------------------------------------------------------

    async def progress(self, broadcast_id: int) -> Progress:
        async with self.db.transaction() as s:
            b = await s.get(Broadcast, broadcast_id)
            if b is None:
                raise NotFound(broadcast_id)
            return await self._progress(s, b)

    async def _progress(self, s, b: Broadcast) -> Progress:  # noqa: ANN001
        counts = dict((await s.execute(select(OutboxRow.state, func.count()).where(
            OutboxRow.broadcast_id == b.id).group_by(OutboxRow.state))).all())
        read = (await s.execute(select(func.count()).select_from(OutboxRow).where(
            OutboxRow.broadcast_id == b.id, OutboxRow.read_at.is_not(None)))).scalar_one()
        return Progress(self._draft(b), total=sum(counts.values()), sent=counts.get(SENT, 0),
                        failed=counts.get(FAILED, 0), unreachable=counts.get(UNREACHABLE, 0),
                        left=counts.get(PENDING, 0) + counts.get(CLAIMED, 0), read=read,
                        progress_chat_id=b.progress_chat_id, progress_message_id=b.progress_message_id)

    async def report(self, admin_tid: int | None, broadcast_id: int) -> Report:
        """Every recipient's outcome. `admin_tid` None only for the sender's own end-of-run report."""
        if admin_tid is not None:
            await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await s.get(Broadcast, broadcast_id)
            if b is None or b.status == "draft":
                raise NotFound(broadcast_id)
            rows = (await s.execute(select(OutboxRow, Member).join(
                Member, Member.telegram_id == OutboxRow.telegram_id, isouter=True).where(
                OutboxRow.broadcast_id == b.id).order_by(OutboxRow.id))).all()
            outcomes = tuple(Outcome(
                name=(m.name or m.tg_name) if m else str(r.telegram_id), telegram_id=r.telegram_id,
                sector=(m.sector if m else None) or "", committee=(m.special_committee if m else None) or "",
                state=r.state, attempts=r.attempts, error=r.error, sent_at=r.sent_at, read_at=r.read_at,
            ) for r, m in rows)
            return Report(await self._progress(s, b), outcomes)

    def report_xlsx(self, report: Report) -> bytes:
        """下载明细: one row per recipient with their outcome (openpyxl)."""
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = texts.BC_XLSX_SHEET
        ws.append(list(texts.BC_XLSX_HEADER))
        for o in report.outcomes:
            ws.append([_cell(o.name), o.telegram_id, _cell(o.sector), _cell(o.committee),
                       texts.BC_STATE_NAMES.get(o.state, o.state), o.attempts,
                       self._local(o.sent_at), self._local(o.read_at), _cell(o.error or "")])
        for column, width in zip("ABCDEFGHI", (12, 14, 14, 20, 10, 8, 18, 18, 30)):
            ws.column_dimensions[column].width = width
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()

    def _local(self, when: datetime | None) -> str:
        return when.astimezone(self.timezone).strftime("%Y-%m-%d %H:%M:%S") if when else ""

    # --- receipts -------------------------------------------------------------------------------

    async def mark_read(self, telegram_id: int, row_id: int) -> ReadResult:
        """已阅 from the recipient of that row only; pressing twice is fine."""
        async with self.db.transaction() as s:
            row = await s.get(OutboxRow, row_id)
            if row is None or row.telegram_id != telegram_id:
                raise PermissionDenied(telegram_id)
            already = row.read_at is not None
            if not already:
                row.read_at = self.clock.now()
            return ReadResult(row.broadcast_id, already)

    async def recent(self, admin_tid: int, limit: int = LIST_LIMIT) -> list[Progress]:
        """/broadcasts: the latest notices (not drafts, not reminders) with their counts."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            shown = (Broadcast.status.in_(("scheduled", "sending", "paused", "done")) |
                     ((Broadcast.status == "cancelled") & Broadcast.started_at.is_not(None)))
            rows = (await s.execute(select(Broadcast).where(shown, Broadcast.parent_id.is_(None))
                                    .order_by(Broadcast.id.desc()).limit(limit))).scalars()
            return [await self._progress(s, b) for b in rows]

    async def remind_unread(self, admin_tid: int, broadcast_id: int, reminder_html: str) -> Started:
        """提醒未读: a reminder to those who got the notice and have not pressed 已阅, through the outbox."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            b = await s.get(Broadcast, broadcast_id)
            if b is None or b.status == "draft" or b.parent_id is not None:
                raise NotFound(broadcast_id)
            if not b.needs_receipt:
                raise UserError(texts.BC_NO_RECEIPT)
            unread = list((await s.execute(select(OutboxRow.telegram_id).where(
                OutboxRow.broadcast_id == b.id, OutboxRow.state == SENT, OutboxRow.read_at.is_(None)))).scalars())
            if not unread:
                raise UserError(texts.BC_ALL_READ)
            reminder = Broadcast(author_id=admin_tid, step="done", status="draft", kind="reminder",
                                 body=reminder_html, audience={"ids": unread}, needs_receipt=True,
                                 parent_id=b.id, created_at=self.clock.now())
            s.add(reminder)
            await s.flush()
            return await self._start(s, reminder)


def _cell(value: str) -> str:
    """A cell that Excel would read as a formula is neutralised."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value
