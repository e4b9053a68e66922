"""Composing a quick poll or a survey: the draft row holds the step, the admin's dialog names the flow.

Each step is one transaction that saves the answer and the next step on the draft and on the
admin's dialog row, so a restart or another process carries on. Every action checks the role
here too (the handler checks it first).
"""

from __future__ import annotations

import re
from datetime import tzinfo
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.clock import Clock
from bot.dialogs import DialogStore
from bot.errors import NotFound, UserError
from bot.members import Audience, MembersService, toggled_audience
from bot.polls.models import (
    AUDIENCE, DEADLINE, DEADLINE_OK, FLOW, MAX_OPTIONS, MAX_QUESTIONS, MIN_OPTIONS, MODE, MULTI, NAMING, OPTIONS,
    PREVIEW, QUESTION, QUESTION_KINDS, QUESTION_TEXT, QUESTIONS, SINGLE, TITLE, Draft, PollView,
    Question,
)
from bot.timeparse import TimeParseError, format_when, parse_when
from storage.db import Database
from storage.polls import Poll
from storage.queries import polls as q

QUESTION_LIMIT = 255  # Telegram's limit for a poll's question
OPTION_LIMIT = 100  # and for an option


class PollBase:
    def __init__(self, db: Database, clock: Clock, members: MembersService, dialogs: DialogStore,
                 timezone: tzinfo, sectors: tuple[str, ...], committees: tuple[str, ...]) -> None:
        self.db = db
        self.clock = clock
        self.members = members
        self.dialogs = dialogs
        self.timezone = timezone
        self.sectors = sectors
        self.committees = committees

    @staticmethod
    async def _view(s: AsyncSession, p: Poll) -> PollView:
        questions = tuple(Question(x.id, x.position, x.kind, x.text, tuple(x.options or ()))
                          for x in await q.questions(s, p.id)) if p.kind == "survey" else ()
        return PollView(p.id, p.kind, p.author_id, p.status, p.step, p.title, tuple(p.options or ()), p.multiple,
                        p.anonymous, dict(p.audience or {}), p.deadline_at, p.total, p.created_at, questions)

    async def _own_draft(self, s: AsyncSession, admin_tid: int, poll_id: int,
                         steps: tuple[str, ...] | None = None) -> Poll:
        p = await q.get(s, poll_id)
        if p is None or p.author_id != admin_tid or p.status != "draft" or (steps and p.step not in steps):
            raise NotFound(poll_id)
        return p

    async def _step(self, s: AsyncSession, p: Poll, step: str, data: dict[str, Any] | None = None) -> Draft:
        p.step = step
        await self.dialogs.set_in(s, p.author_id, FLOW, step, {"id": p.id, **(data or {})})
        await s.flush()
        return Draft(await self._view(s, p), data or {})

    async def view(self, poll_id: int) -> PollView:
        async with self.db.transaction() as s:
            p = await q.get(s, poll_id)
            if p is None:
                raise NotFound(poll_id)
            return await self._view(s, p)


class Composing(PollBase):
    async def begin(self, admin_tid: int, kind: str) -> Draft:
        """A new poll (kind "poll") or survey; an unfinished draft of this admin is dropped."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            await q.cancel_drafts(s, admin_tid)
            p = await q.add(s, author_id=admin_tid, kind=kind, status="draft", options=[], audience={},
                            step=QUESTION if kind == "poll" else TITLE, created_at=self.clock.now())
            return await self._step(s, p, p.step)

    async def set_text(self, admin_tid: int, poll_id: int, text: str) -> Draft:
        """The poll's question, or the survey's title."""
        await self.members.require_admin(admin_tid)
        text = text.strip()
        if not text or len(text) > QUESTION_LIMIT:
            raise UserError(texts.POLL_QUESTION_INVALID.format(limit=QUESTION_LIMIT))
        async with self.db.transaction() as s:
            p = await self._own_draft(s, admin_tid, poll_id, (QUESTION, TITLE))
            p.title = text
            return await self._step(s, p, OPTIONS if p.kind == "poll" else QUESTIONS)

    @staticmethod
    def _lines(text: str) -> list[str]:
        """One a line; or on one line separated by | (handy on a phone, and in a chat-session script)."""
        lines = [x.strip() for x in text.strip().splitlines() if x.strip()]
        if len(lines) == 1:
            lines = [x.strip() for x in re.split(r"[|｜]", lines[0]) if x.strip()]
        return lines

    @classmethod
    def _options(cls, lines: str) -> list[str]:
        options = cls._lines(lines)
        if not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
            raise UserError(texts.POLL_OPTIONS_COUNT.format(low=MIN_OPTIONS, high=MAX_OPTIONS))
        if any(len(o) > OPTION_LIMIT for o in options):
            raise UserError(texts.POLL_OPTION_TOO_LONG.format(limit=OPTION_LIMIT))
        if len(set(options)) != len(options):
            raise UserError(texts.POLL_OPTIONS_REPEATED)
        return options

    async def set_options(self, admin_tid: int, poll_id: int, lines: str) -> Draft:
        await self.members.require_admin(admin_tid)
        options = self._options(lines)
        async with self.db.transaction() as s:
            p = await self._own_draft(s, admin_tid, poll_id, (OPTIONS,))
            p.options = options
            return await self._step(s, p, MODE)

    async def set_mode(self, admin_tid: int, poll_id: int, multiple: bool) -> Draft:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            p = await self._own_draft(s, admin_tid, poll_id, (MODE,))
            p.multiple = multiple
            return await self._step(s, p, NAMING)

    # --- survey questions ---------------------------------------------------------------------

    async def choose_question_kind(self, admin_tid: int, poll_id: int, kind: str) -> Draft:
        await self.members.require_admin(admin_tid)
        if kind not in QUESTION_KINDS:
            raise NotFound(kind)
        async with self.db.transaction() as s:
            p = await self._own_draft(s, admin_tid, poll_id, (QUESTIONS, QUESTION_TEXT))
            return await self._step(s, p, QUESTION_TEXT, {"kind": kind})

    async def add_question(self, admin_tid: int, poll_id: int, kind: str, text: str) -> Draft:
        """Single / multi: the first line is the question, each further line an option."""
        await self.members.require_admin(admin_tid)
        lines = self._lines(text) if kind in (SINGLE, MULTI) else [text.strip()]
        if not lines or not lines[0] or len(lines[0]) > QUESTION_LIMIT:
            raise UserError(texts.POLL_QUESTION_INVALID.format(limit=QUESTION_LIMIT))
        options = self._options("\n".join(lines[1:])) if kind in (SINGLE, MULTI) else []
        async with self.db.transaction() as s:
            p = await self._own_draft(s, admin_tid, poll_id, (QUESTION_TEXT, QUESTIONS))
            existing = await q.questions(s, p.id)
            if len(existing) >= MAX_QUESTIONS:
                raise UserError(texts.SURVEY_TOO_MANY.format(limit=MAX_QUESTIONS))
            await q.add_question(s, p.id, len(existing) + 1, kind, lines[0], options)
            return await self._step(s, p, QUESTIONS)

    async def import_questions(self, admin_tid: int, poll_id: int, rows: list[tuple[str, str, str]]) -> Draft:
        """From an XLSX: (题型, 题目, 选项 separated by | or newlines), one row per question; all or nothing."""
        await self.members.require_admin(admin_tid)
        names = {texts.SURVEY_KIND_NAMES[k]: k for k in QUESTION_KINDS}
        parsed = []
        for number, (kind_name, text, options) in enumerate(rows, start=2):
            kind = names.get(kind_name.strip())
            if kind is None:
                raise UserError(texts.SURVEY_IMPORT_BAD_KIND.format(row=number, kinds="、".join(names)))
            if not text.strip() or len(text.strip()) > QUESTION_LIMIT:
                raise UserError(texts.SURVEY_IMPORT_BAD_TEXT.format(row=number))
            try:
                opts = self._options(options.replace("|", "\n")) if kind in (SINGLE, MULTI) else []
            except UserError as exc:
                raise UserError(texts.SURVEY_IMPORT_ROW.format(row=number, reason=exc.text)) from None
            parsed.append((kind, text.strip(), opts))
        if not parsed:
            raise UserError(texts.SURVEY_IMPORT_EMPTY)
        async with self.db.transaction() as s:
            p = await self._own_draft(s, admin_tid, poll_id, (QUESTIONS, QUESTION_TEXT))
            existing = len(await q.questions(s, p.id))
            if existing + len(parsed) > MAX_QUESTIONS:
                raise UserError(texts.SURVEY_TOO_MANY.format(limit=MAX_QUESTIONS))
            for i, (kind, text, opts) in enumerate(parsed, start=existing + 1):
                await q.add_question(s, p.id, i, kind, text, opts)
            return await self._step(s, p, QUESTIONS)

    async def finish_questions(self, admin_tid: int, poll_id: int) -> Draft:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            p = await self._own_draft(s, admin_tid, poll_id, (QUESTIONS, QUESTION_TEXT))
            if not await q.questions(s, p.id):
                raise UserError(texts.SURVEY_NO_QUESTIONS)
            return await self._step(s, p, NAMING)

    # --- naming, audience, deadline ------------------------------------------------------------

    async def set_anonymous(self, admin_tid: int, poll_id: int, anonymous: bool) -> Draft:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            p = await self._own_draft(s, admin_tid, poll_id, (NAMING,))
            p.anonymous = anonymous
            return await self._step(s, p, AUDIENCE)

    async def toggle_audience(self, admin_tid: int, poll_id: int, group: str, index: int | None = None) -> Draft:
        """group: all | me | c (专委会 index) | s (界别 index); 全体 and 仅发给我 replace the groups."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            p = await self._own_draft(s, admin_tid, poll_id, (AUDIENCE,))
            p.audience = toggled_audience(p.audience, group, index, self.committees, self.sectors)
            await s.flush()
            return Draft(await self._view(s, p))

    async def audience(self, poll_id: int) -> Audience:
        """The recipients by the one audience rule (MembersService.audience_in)."""
        async with self.db.transaction() as s:
            p = await q.get(s, poll_id)
            if p is None:
                raise NotFound(poll_id)
            return await self.members.audience_in(s, p.audience or {}, p.author_id)

    async def confirm_audience(self, admin_tid: int, poll_id: int) -> Draft:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            p = await self._own_draft(s, admin_tid, poll_id, (AUDIENCE,))
            if not (await self.members.audience_in(s, p.audience or {}, p.author_id)).members:
                raise UserError(texts.POLL_AUDIENCE_EMPTY)
            return await self._step(s, p, DEADLINE)

    async def propose_deadline(self, admin_tid: int, poll_id: int, text: str) -> Draft:
        """The typed deadline, read and kept for 确认 (a newer one may be typed instead)."""
        await self.members.require_admin(admin_tid)
        try:
            when = parse_when(text, self.clock.now(), self.timezone)
        except TimeParseError as exc:
            raise UserError(exc.reason) from None
        async with self.db.transaction() as s:
            p = await self._own_draft(s, admin_tid, poll_id, (DEADLINE, DEADLINE_OK))
            p.deadline_at = when
            return await self._step(s, p, DEADLINE_OK)

    async def confirm_deadline(self, admin_tid: int, poll_id: int, keep: bool = True) -> Draft:
        """确认 the echoed deadline (`keep`), or 不设截止 (none); then the preview."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            p = await self._own_draft(s, admin_tid, poll_id, (DEADLINE_OK,) if keep else (DEADLINE, DEADLINE_OK))
            if not keep:
                p.deadline_at = None
            passed = p.deadline_at if p.deadline_at is not None and p.deadline_at <= self.clock.now() else None
            if passed is None:
                return await self._step(s, p, PREVIEW)
            p.deadline_at = None  # passed meanwhile: asked again (saved; an error inside would roll it back)
            await self._step(s, p, DEADLINE)
        raise UserError(texts.TIME_IN_PAST.format(when=format_when(passed, self.timezone)))

    async def ask_deadline_again(self, admin_tid: int, poll_id: int) -> Draft:
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            p = await self._own_draft(s, admin_tid, poll_id, (DEADLINE, DEADLINE_OK))
            p.deadline_at = None
            return await self._step(s, p, DEADLINE)

    async def discard(self, admin_tid: int) -> bool:
        """取消 while composing (or /cancel): the draft is dropped."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            dropped = await q.cancel_drafts(s, admin_tid)
            await self.dialogs.clear_in(s, admin_tid, FLOW)
            return bool(dropped)

