"""Issues of 《社情民意》 (编报): staff number an issue, add adopted items, order them and publish.

A draft issue's items can be added (by number, or from the review screen), moved up and
down, and removed; publishing fixes them, records the issue in each item's history (so the
review card and the member's /my show it), and returns what the handler needs to send the
DOCX and tell the authors. The DOCX comes from the export layer (`write_issue_docx` through
`ExportService.compile_issue`), fed with the items' records in print order.

Plain values in and out; every writing method is one transaction and checks the admin role.
Not for: sending anything (handlers/export.py) or laying out the document (bot/export/docx.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.clock import Clock
from bot.errors import NotFound, UserError
from bot.export.cli import parse_issue
from bot.export.issue import IssueInfo
from bot.export.service import ExportService
from bot.members import MembersService
from bot.outbox import ISSUE_COMPILED, Notice, add_notices
from bot.submissions import SubmissionsService
from bot.submissions.workflow import ADOPTED, status_name
from storage.db import Database
from storage.issues import CompilationIssue, CompilationItem
from storage.queries import issues as q
from storage.queries import members as member_queries
from storage.submissions import Submission

DRAFT, PUBLISHED = "draft", "published"
MAX_NUMBER = 999
_NUMBER = re.compile(r"[A-Za-z]+-\d{4}-\d{1,6}")


@dataclass(frozen=True)
class IssueItem:
    id: int
    submission_id: int
    position: int
    number: str
    title: str
    author_name: str
    author_telegram_id: int
    status: str          # the submission's workflow code


@dataclass(frozen=True)
class IssueView:
    id: int
    year: int
    number: int
    status: str          # draft | published
    created_at: datetime
    published_at: datetime | None
    items: tuple[IssueItem, ...] = ()

    @property
    def label(self) -> str:
        return texts.ISSUE_NUMBER.format(year=self.year, number=self.number)

    @property
    def is_draft(self) -> bool:
        return self.status == DRAFT


@dataclass(frozen=True)
class Proposal:
    year: int
    number: int
    existing: int        # issues the year has already

    @property
    def label(self) -> str:
        return texts.ISSUE_NUMBER.format(year=self.year, number=self.number)


@dataclass(frozen=True)
class Added:
    view: IssueView
    item: IssueItem


def numbers_in(text: str) -> list[str]:
    """Tracking numbers typed in a message ('SQMY-2026-0001 SQMY-2026-0002，…'), upper-cased."""
    return [m.group(0).upper() for m in _NUMBER.finditer(text or "")]


class IssuesService:
    def __init__(self, db: Database, clock: Clock, members: MembersService, submissions: SubmissionsService,
                 export: ExportService, tz) -> None:  # noqa: ANN001
        self.db = db
        self.clock = clock
        self.members = members
        self.submissions = submissions
        self.export = export
        self.tz = tz

    # --- reading ----------------------------------------------------------------------------

    async def _view(self, s: AsyncSession, issue: CompilationIssue) -> IssueView:
        rows = await q.items_with_submissions(s, issue.id)
        items = tuple(IssueItem(item.id, sub.id, index, sub.number or "", sub.title, sub.author_name or m.name,
                                m.telegram_id, sub.status)
                      for index, (item, sub, m) in enumerate(rows, 1))
        return IssueView(issue.id, issue.year, issue.number, issue.status, issue.created_at, issue.published_at,
                         items)

    async def _issue(self, s: AsyncSession, iid: int, lock: bool = False) -> CompilationIssue:
        issue = await q.issue(s, iid, lock=lock)
        if issue is None:
            raise NotFound(iid)
        return issue

    async def _draft(self, s: AsyncSession, iid: int) -> CompilationIssue:
        issue = await self._issue(s, iid, lock=True)
        if issue.status != DRAFT:
            raise UserError(texts.ISSUE_NOT_DRAFT.format(
                issue=texts.ISSUE_NUMBER.format(year=issue.year, number=issue.number)))
        return issue

    async def view(self, admin_tid: int, iid: int) -> IssueView:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            return await self._view(s, await self._issue(s, iid))

    async def recent(self, admin_tid: int, limit: int = 30) -> list[IssueView]:
        """Newest first: by year, then number."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            rows = await q.recent_issues(s, limit)
            return [await self._view(s, r) for r in rows]

    async def drafts(self, admin_tid: int) -> list[IssueView]:
        return [v for v in await self.recent(admin_tid) if v.is_draft]

    # --- numbering -------------------------------------------------------------------------

    async def propose(self, admin_tid: int, year: int | None = None) -> Proposal:
        """The next number of the year (the committee's year now, unless given)."""
        await self.members.require_admin(admin_tid)
        year = year or self.clock.now().astimezone(self.tz).year
        async with self.db.transaction() as s:
            last, count = await q.last_number(s, year)
        return Proposal(year, (last or 0) + 1, count)

    @staticmethod
    def parse_number(text: str) -> tuple[int, int]:
        """'2026年第12期' or '2026-12' → (2026, 12); UserError otherwise."""
        year, number = parse_issue(text)
        if not 2000 <= year <= 2100 or number > MAX_NUMBER:
            raise UserError(texts.EXPORT_ISSUE_BAD.format(value=text.strip()))
        return year, number

    async def create(self, admin_tid: int, year: int, number: int) -> IssueView:
        await self.members.require_admin(admin_tid)
        label = texts.ISSUE_NUMBER.format(year=year, number=number)
        try:
            async with self.db.transaction() as s:
                if await q.issue_by_number(s, year, number) is not None:
                    raise UserError(texts.ISSUE_EXISTS.format(issue=label))
                issue = CompilationIssue(year=year, number=number, status=DRAFT, created_by=admin_tid,
                                         created_at=self.clock.now())
                s.add(issue)
                await s.flush()
                return await self._view(s, issue)
        except IntegrityError:  # another admin took the number at the same moment
            raise UserError(texts.ISSUE_EXISTS.format(issue=label)) from None

    # --- items -----------------------------------------------------------------------------

    async def add(self, admin_tid: int, iid: int, sid: int) -> Added:
        """Add a filed, adopted item at the end of a draft issue."""
        await self.members.require_admin(admin_tid)
        try:
            async with self.db.transaction() as s:
                issue = await self._draft(s, iid)
                sub = await s.get(Submission, sid)
                if sub is None or sub.status == "draft":
                    raise NotFound(sid)
                if sub.status not in ADOPTED:
                    raise UserError(texts.ISSUE_NOT_ADOPTED.format(number=sub.number, status=status_name(sub.status)))
                other = await q.issue_holding(s, sid)
                if other is not None:
                    raise UserError(texts.ISSUE_ALREADY_IN.format(
                        number=sub.number, issue=texts.ISSUE_NUMBER.format(year=other.year, number=other.number)))
                item = CompilationItem(issue_id=iid, submission_id=sid, position=await q.last_position(s, iid) + 1,
                                       added_by=admin_tid, added_at=self.clock.now())
                s.add(item)
                await s.flush()
                view = await self._view(s, issue)
                return Added(view, next(i for i in view.items if i.id == item.id))
        except IntegrityError:  # the same item added elsewhere at the same moment
            raise UserError(texts.ISSUE_ALREADY_IN_OTHER) from None

    async def add_by_number(self, admin_tid: int, iid: int, number: str) -> Added:
        await self.members.require_admin(admin_tid)
        number = number.strip().upper()
        async with self.db.transaction() as s:
            sid = await q.submission_id_by_number(s, number)
        if sid is None:
            raise UserError(texts.ISSUE_NUMBER_NOT_FOUND.format(number=number))
        return await self.add(admin_tid, iid, sid)

    async def move(self, admin_tid: int, iid: int, item_id: int, delta: int) -> IssueView:
        """上移 (delta −1) / 下移 (+1): swap with the neighbour; at either end nothing moves."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            issue = await self._draft(s, iid)
            items = await q.items(s, iid)
            index = next((i for i, item in enumerate(items) if item.id == item_id), None)
            if index is None:
                raise NotFound(item_id)
            other = index + delta
            if 0 <= other < len(items):
                items[index], items[other] = items[other], items[index]
                self._renumber(items)
            await s.flush()
            return await self._view(s, issue)

    async def remove(self, admin_tid: int, iid: int, item_id: int) -> IssueView:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            issue = await self._draft(s, iid)
            items = await q.items(s, iid)
            gone = next((item for item in items if item.id == item_id), None)
            if gone is None:
                raise NotFound(item_id)
            await s.delete(gone)
            self._renumber([item for item in items if item.id != item_id])
            await s.flush()
            return await self._view(s, issue)

    @staticmethod
    def _renumber(items: list[CompilationItem]) -> None:
        for position, item in enumerate(items, 1):
            item.position = position

    # --- publishing ------------------------------------------------------------------------

    async def ready_to_publish(self, admin_tid: int, iid: int) -> IssueView:
        """The issue before 发布 is confirmed: a draft with at least one item (UserError otherwise)."""
        view = await self.view(admin_tid, iid)
        if not view.is_draft:
            raise UserError(texts.ISSUE_NOT_DRAFT.format(issue=view.label))
        if not view.items:
            raise UserError(texts.ISSUE_EMPTY_PUBLISH)
        return view

    async def publish(self, admin_tid: int, iid: int) -> IssueView:
        """Fix the issue: published now, each item's history notes the issue. Once only."""
        admin = await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            issue = await self._draft(s, iid)
            view = await self._view(s, issue)
            if not view.items:
                raise UserError(texts.ISSUE_EMPTY_PUBLISH)
            now = self.clock.now()
            if not await q.mark_published(s, iid, DRAFT, PUBLISHED, now, admin_tid):
                raise UserError(texts.ISSUE_NOT_DRAFT.format(issue=view.label))
            await self.submissions.record_compiled_in(s, [i.submission_id for i in view.items], view.label,
                                                      admin_tid, admin.display_name)
            await self._tell_authors(s, view, now)
            await s.refresh(issue)
            return await self._view(s, issue)

    async def _tell_authors(self, s, view: IssueView, now) -> None:  # noqa: ANN001
        """Each compiled item's author is told, with the publication (only those who can be reached)."""
        notices = []
        for item in view.items:
            row = await member_queries.by_telegram_id(s, item.author_telegram_id)
            if row is None or self.members.info(row).can_receive:
                notices.append(Notice(ISSUE_COMPILED, item.author_telegram_id, {
                    "title": item.title, "number": item.number, "issue": view.label}))
        await add_notices(s, notices, now)

    async def info(self, iid: int) -> IssueInfo:
        """The issue as the DOCX writer takes it: items' records in print order."""
        async with self.db.transaction() as s:
            view = await self._view(s, await self._issue(s, iid))
        return await self._info(view)

    async def info_by_number(self, year: int, number: int) -> IssueInfo | None:
        """For `run_bot.py export --issue 2026-12` (the operator: no role check)."""
        async with self.db.transaction() as s:
            issue = await q.issue_by_number(s, year, number)
            if issue is None:
                return None
            view = await self._view(s, issue)
        return await self._info(view)

    async def _info(self, view: IssueView) -> IssueInfo:
        records = await self.submissions.records_by_ids([i.submission_id for i in view.items])
        return IssueInfo(view.year, view.number, view.published_at or self.clock.now(), records)

    async def write_docx(self, admin_tid: int, iid: int, path: str | Path) -> tuple[Path, IssueInfo]:
        """The issue's DOCX at `path` (a draft too: a proof to check before publishing)."""
        await self.members.require_admin(admin_tid)
        info = await self.info(iid)
        return await self.export.compile_issue(info, path, actor=admin_tid), info
