"""Sending a poll or survey, taking answers, closing at the deadline, reminding non-responders.

Sending writes one recipient row per member and, for those the bot can reach, one outbox
notice (a native poll, or the survey's 开始填写 invitation) in the transaction that opens
the item; the paced sender does the rest. When a poll's copy is sent, the outcome hook
(bot.outbox.OUTCOME_HOOKS) notes the Telegram poll id against the recipient (named) or
opens an anonymous tally that names nobody. Answers of an anonymous survey are stored
without the member; only the recipient row's `answered_at` says that they answered.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.errors import NotFound, PermissionDenied, UserError
from bot.outbox import OUTCOME_HOOKS, SENT, Notice, add_notices
from bot.polls.compose import PollBase
from bot.polls.models import (
    ANSWER_FLOW, FLOW, MULTI, POLL_REMIND, POLL_RESULTS, POLL_SEND, POLL_STOP, PREVIEW,
    REMIND_EVERY_SECONDS, SURVEY_INVITE, TEXT, TEXT_LIMIT, PollView, Started, SurveyStep,
)
from storage.polls import Poll
from storage.queries import polls as q


class Answering(PollBase):
    # --- sending and closing -------------------------------------------------------------------

    async def send(self, admin_tid: int, poll_id: int) -> Started:
        """发送: open the item and queue every reachable recipient's poll or invitation."""
        await self.members.require_admin(admin_tid)
        now = self.clock.now()
        async with self.db.transaction() as s:
            p = await self._own_draft(s, admin_tid, poll_id, (PREVIEW,))
            audience = await self.members.audience_in(s, p.audience or {}, p.author_id)
            if not audience.members:
                raise UserError(texts.POLL_AUDIENCE_EMPTY)
            kind = SURVEY_INVITE if p.kind == "survey" else POLL_SEND
            notices = []
            for m in audience.members:
                await q.add_recipient(s, p.id, m.telegram_id, m.can_receive)
                if m.can_receive:  # anonymity and the options' number ride along: the send's hook reads no poll
                    notices.append(Notice(kind, m.telegram_id, {"poll_id": p.id, "telegram_id": m.telegram_id,
                                                                "anonymous": p.anonymous, "options": len(p.options)},
                                          f"{kind}:{p.id}:{m.telegram_id}"))
            await add_notices(s, notices, now)
            p.status, p.step, p.started_at, p.total = "open", "done", now, len(audience.members)
            await self.dialogs.clear_in(s, admin_tid, FLOW)
            await s.flush()
            return Started(await self._view(s, p), len(audience.members), len(audience.unreachable))

    async def _close(self, s: AsyncSession, p: Poll, now: datetime) -> None:
        """Closed: every sent copy of a quick poll is stopped, the author gets the results."""
        p.status, p.closed_at = "closed", now
        notices = [Notice(POLL_STOP, chat_id, {"poll_id": p.id, "message_id": message_id},
                          f"{POLL_STOP}:{p.id}:{chat_id}") for chat_id, message_id in await q.copies_to_close(s, p.id)]
        notices.append(Notice(POLL_RESULTS, p.author_id, {"poll_id": p.id}, f"{POLL_RESULTS}:{p.id}"))
        await add_notices(s, notices, now)

    async def close(self, admin_tid: int, poll_id: int) -> PollView:
        """关闭 before (or without) a deadline."""
        await self.members.require_admin(admin_tid)
        async with self.db.transaction() as s:
            p = await q.get(s, poll_id)
            if p is None or p.status not in ("open", "closed"):
                raise NotFound(poll_id)
            if p.status == "closed":
                raise UserError(texts.POLL_ALREADY_CLOSED)
            await self._close(s, p, self.clock.now())
            await s.flush()
            return await self._view(s, p)

    async def close_due(self) -> list[int]:
        """Polls whose deadline has come are closed (claimed, so once across processes)."""
        now = self.clock.now()
        async with self.db.transaction() as s:
            due = await q.due_to_close(s, now, self.db.for_update)
            for p in due:
                await self._close(s, p, now)
            return [p.id for p in due]

    async def next_due_at(self) -> datetime | None:
        async with self.db.transaction() as s:
            return await q.next_deadline(s)

    async def remind(self, admin_tid: int, poll_id: int) -> int:
        """提醒未答: a short reminder to each reachable non-responder, once an hour at most."""
        await self.members.require_admin(admin_tid)
        now = self.clock.now()
        async with self.db.transaction() as s:
            p = await q.get(s, poll_id)
            if p is None or p.status not in ("open", "closed"):
                raise NotFound(poll_id)
            if p.status != "open":
                raise UserError(texts.POLL_ALREADY_CLOSED)
            if p.kind == "poll" and p.anonymous:
                raise UserError(texts.POLL_ANON_NO_REMIND)
            if p.reminded_at is not None and p.reminded_at > now - timedelta(seconds=REMIND_EVERY_SECONDS):
                minutes = int((p.reminded_at + timedelta(seconds=REMIND_EVERY_SECONDS) - now).total_seconds() // 60) + 1
                raise UserError(texts.POLL_REMIND_TOO_SOON.format(minutes=minutes))
            if not await q.claim_reminder(s, p.id, now, now - timedelta(seconds=REMIND_EVERY_SECONDS)):
                raise UserError(texts.POLL_REMIND_TOO_SOON.format(minutes=60))
            targets = await q.not_answered(s, p.id)
            stamp = int(now.timestamp())
            return await add_notices(s, [Notice(POLL_REMIND, tid, {"poll_id": p.id}, f"{POLL_REMIND}:{p.id}:{tid}:{stamp}")
                                         for tid in targets], now)

    # --- a quick poll's answers -----------------------------------------------------------------------

    async def note_sent(self, s: AsyncSession, payload: dict[str, Any], state: str, now: datetime) -> None:
        """The outcome hook of POLL_SEND: where the copy is, and (named) which Telegram poll is whose."""
        if state != SENT or not payload.get("tg_poll_id"):
            return
        poll_id, tg_poll_id = int(payload["poll_id"]), str(payload["tg_poll_id"])
        if payload.get("anonymous"):  # counts only, under Telegram's id of the copy; nothing names the member
            await q.note_copy(s, poll_id, int(payload["telegram_id"]), payload.get("message_id"), None)
            await q.add_tally(s, poll_id, tg_poll_id, int(payload.get("options", 0)))
        else:
            await q.note_copy(s, poll_id, int(payload["telegram_id"]), payload.get("message_id"), tg_poll_id)

    async def record_vote(self, tg_poll_id: str, telegram_id: int, option_ids: list[int]) -> bool:
        """A poll_answer (named polls): the member's choice, changed or retracted (empty)."""
        async with self.db.transaction() as s:
            r = await q.recipient_by_tg_poll(s, tg_poll_id)
            if r is None or r.telegram_id != telegram_id:
                return False
            p = await q.get(s, r.poll_id)
            if p is None or p.status != "open":
                return False
            valid = sorted({i for i in option_ids if 0 <= i < len(p.options)})
            r.choice = valid or None
            r.answered_at = self.clock.now() if valid else None
            return True

    async def record_tally(self, tg_poll_id: str, counts: list[int], voters: int) -> bool:
        """A `poll` update of an anonymous poll's copy: Telegram's counts, kept as they are."""
        async with self.db.transaction() as s:
            t = await q.tally(s, tg_poll_id)
            if t is None:
                return False
            p = await q.get(s, t.poll_id)
            if p is None or p.status != "open":
                return False
            t.counts, t.voters = [int(c) for c in counts], int(voters)
            return True

    # --- a survey's answers ---------------------------------------------------------------------------

    async def _recipient_poll(self, s: AsyncSession, telegram_id: int, poll_id: int) -> Poll:
        p = await q.get(s, poll_id)
        r = await q.recipient(s, poll_id, telegram_id) if p else None
        if p is None or r is None or p.kind != "survey":
            raise PermissionDenied(telegram_id)
        if p.status != "open":
            raise UserError(texts.SURVEY_CLOSED)
        if r.answered_at is not None:
            raise UserError(texts.SURVEY_ALREADY_DONE)
        return p

    async def _survey_step(self, s: AsyncSession, p: Poll, data: dict[str, Any]) -> SurveyStep:
        view = await self._view(s, p)
        index = int(data.get("index", 0))
        if index >= len(view.questions):
            return SurveyStep(view, index, None)
        question = view.questions[index]
        answer = (data.get("answers") or {}).get(str(question.id))
        chosen = tuple(data.get("sel") or ()) if question.kind == MULTI else tuple(answer or ()) if isinstance(answer, list) else ()
        return SurveyStep(view, index, question, chosen, answer if isinstance(answer, str) else None)

    async def survey_open(self, telegram_id: int, poll_id: int) -> SurveyStep:
        """开始填写 (or 继续): the member's place in the survey, kept in their dialog row."""
        async with self.db.transaction() as s:
            p = await self._recipient_poll(s, telegram_id, poll_id)
            dialog = await self.dialogs.get_in(s, telegram_id)
            data = dict(dialog.data) if dialog and dialog.flow == ANSWER_FLOW and dialog.data.get("poll_id") == poll_id \
                else {"poll_id": poll_id, "index": 0, "answers": {}}
            await self.dialogs.set_in(s, telegram_id, ANSWER_FLOW, "answering", data)
            return await self._survey_step(s, p, data)

    async def survey_current(self, telegram_id: int) -> SurveyStep | None:
        async with self.db.transaction() as s:
            dialog = await self.dialogs.get_in(s, telegram_id)
            if dialog is None or dialog.flow != ANSWER_FLOW:
                return None
            p = await self._recipient_poll(s, telegram_id, int(dialog.data["poll_id"]))
            return await self._survey_step(s, p, dict(dialog.data))

    async def survey_answer(self, telegram_id: int, poll_id: int, index: int, value: int | None = None,
                            text: str | None = None, action: str = "pick") -> SurveyStep:
        """One answer at question `index`: pick an option (toggle for multi), a rating, a text;
        action "next" (multi done), "back", or "submit" on the final screen."""
        async with self.db.transaction() as s:
            p = await self._recipient_poll(s, telegram_id, poll_id)
            dialog = await self.dialogs.get_in(s, telegram_id)
            if dialog is None or dialog.flow != ANSWER_FLOW or dialog.data.get("poll_id") != poll_id \
                    or int(dialog.data.get("index", 0)) != index:
                raise NotFound(index)  # an older question's button
            data = dict(dialog.data)
            answers = dict(data.get("answers") or {})
            view = await self._view(s, p)
            if action == "back":
                data["index"] = max(0, index - 1)
                data.pop("sel", None)
                prev = view.questions[data["index"]]
                if prev.kind == MULTI:
                    data["sel"] = list(answers.get(str(prev.id)) or [])
            elif action == "submit":
                if index < len(view.questions):
                    raise NotFound(index)
                return await self._submit(s, p, view, telegram_id, answers)
            else:
                question = view.questions[index] if index < len(view.questions) else None
                if question is None:
                    raise NotFound(index)
                if question.kind == TEXT:
                    text = (text or "").strip()
                    if not text:
                        raise UserError(texts.SURVEY_TEXT_EMPTY)
                    if len(text) > TEXT_LIMIT:
                        raise UserError(texts.SURVEY_TEXT_TOO_LONG.format(limit=TEXT_LIMIT, length=len(text)))
                    answers[str(question.id)] = text
                elif question.kind == MULTI and action == "pick":
                    if value is None or not 0 <= value < len(question.choices):
                        raise NotFound(value)
                    sel = set(data.get("sel") or [])
                    sel ^= {value}
                    data["sel"] = sorted(sel)
                    data["answers"] = answers
                    await self.dialogs.set_in(s, telegram_id, ANSWER_FLOW, "answering", data)
                    return await self._survey_step(s, p, data)
                elif question.kind == MULTI:  # "next"
                    if not data.get("sel"):
                        raise UserError(texts.SURVEY_PICK_ONE)
                    answers[str(question.id)] = list(data["sel"])
                else:
                    if value is None or not 0 <= value < len(question.choices):
                        raise NotFound(value)
                    answers[str(question.id)] = [value]
                data["index"] = index + 1
                data.pop("sel", None)
                nxt = view.questions[index + 1] if index + 1 < len(view.questions) else None
                if nxt is not None and nxt.kind == MULTI:
                    data["sel"] = list(answers.get(str(nxt.id)) or [])
            data["answers"] = answers
            await self.dialogs.set_in(s, telegram_id, ANSWER_FLOW, "answering", data)
            return await self._survey_step(s, p, data)

    async def _submit(self, s: AsyncSession, p: Poll, view: PollView, telegram_id: int,
                      answers: dict[str, Any]) -> SurveyStep:
        """One transaction: the answers (anonymous: with no member id), the member marked as answered,
        the dialog (the only place answers and person met) cleared."""
        response = await q.add_response(s, p.id, None if p.anonymous else telegram_id)
        for question in view.questions:
            answer = answers.get(str(question.id))
            if answer is None:
                continue
            await q.add_answer(s, response.id, question.id, answer if isinstance(answer, list) else None,
                               answer if isinstance(answer, str) else None)
        r = await q.recipient(s, p.id, telegram_id)
        r.answered_at = self.clock.now()
        await self.dialogs.clear_in(s, telegram_id, ANSWER_FLOW)
        return SurveyStep(view, len(view.questions), None, done=True)

    async def survey_leave(self, telegram_id: int) -> None:
        """/cancel while answering: the answers so far are dropped; 开始填写 starts again."""
        await self.dialogs.clear(telegram_id, ANSWER_FLOW)

    def register_hooks(self) -> None:
        OUTCOME_HOOKS[POLL_SEND] = self.note_sent

