"""Queries of 问卷调查: polls and surveys, their recipients, anonymous tallies and survey responses.

Plain async functions over the caller's AsyncSession; bot/polls/ holds the rules.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Member
from storage.polls import Poll, PollQuestion, PollRecipient, PollTally, SurveyAnswer, SurveyResponse


async def get(s: AsyncSession, poll_id: int) -> Poll | None:
    return await s.get(Poll, poll_id)


async def add(s: AsyncSession, **fields: object) -> Poll:
    p = Poll(**fields)
    s.add(p)
    await s.flush()
    return p


async def cancel_drafts(s: AsyncSession, author_id: int, kind: str | None = None) -> list[Poll]:
    stmt = select(Poll).where(Poll.author_id == author_id, Poll.status == "draft")
    if kind is not None:
        stmt = stmt.where(Poll.kind == kind)
    rows = list((await s.execute(stmt)).scalars())
    for p in rows:
        p.status = "cancelled"
    return rows


async def recent(s: AsyncSession, limit: int) -> list[Poll]:
    return list((await s.execute(select(Poll).where(Poll.status.in_(("open", "closed")))
                                 .order_by(Poll.id.desc()).limit(limit))).scalars())


async def due_to_close(s: AsyncSession, now: datetime, lock) -> list[Poll]:  # noqa: ANN001
    return list((await s.execute(lock(select(Poll).where(
        Poll.status == "open", Poll.deadline_at.is_not(None), Poll.deadline_at <= now)))).scalars())


async def next_deadline(s: AsyncSession) -> datetime | None:
    return (await s.execute(select(func.min(Poll.deadline_at)).where(Poll.status == "open"))).scalar_one()


# --- questions -------------------------------------------------------------------------------------

async def questions(s: AsyncSession, poll_id: int) -> list[PollQuestion]:
    return list((await s.execute(select(PollQuestion).where(PollQuestion.poll_id == poll_id)
                                 .order_by(PollQuestion.position))).scalars())


async def add_question(s: AsyncSession, poll_id: int, position: int, kind: str, text: str,
                       options: list[str]) -> None:
    s.add(PollQuestion(poll_id=poll_id, position=position, kind=kind, text=text, options=list(options)))
    await s.flush()


# --- recipients --------------------------------------------------------------------------------------

async def add_recipient(s: AsyncSession, poll_id: int, telegram_id: int, can_receive: bool) -> None:
    s.add(PollRecipient(poll_id=poll_id, telegram_id=telegram_id, can_receive=can_receive))


async def recipient(s: AsyncSession, poll_id: int, telegram_id: int) -> PollRecipient | None:
    return (await s.execute(select(PollRecipient).where(
        PollRecipient.poll_id == poll_id, PollRecipient.telegram_id == telegram_id))).scalar_one_or_none()


async def note_copy(s: AsyncSession, poll_id: int, telegram_id: int, message_id: int | None,
                    tg_poll_id: str | None) -> None:
    """Where a recipient's copy of a quick poll is (and, named, its Telegram poll id): one UPDATE."""
    await s.execute(update(PollRecipient).where(
        PollRecipient.poll_id == poll_id, PollRecipient.telegram_id == telegram_id).values(
        message_id=message_id, tg_poll_id=tg_poll_id))


async def recipient_by_tg_poll(s: AsyncSession, tg_poll_id: str) -> PollRecipient | None:
    return (await s.execute(select(PollRecipient).where(PollRecipient.tg_poll_id == tg_poll_id))).scalar_one_or_none()


async def recipients_with_members(s: AsyncSession, poll_id: int) -> list[tuple[PollRecipient, Member | None]]:
    return [(r, m) for r, m in (await s.execute(select(PollRecipient, Member).join(
        Member, Member.telegram_id == PollRecipient.telegram_id, isouter=True).where(
        PollRecipient.poll_id == poll_id).order_by(PollRecipient.id))).all()]


async def copies_to_close(s: AsyncSession, poll_id: int) -> list[tuple[int, int]]:
    """(chat id, message id) of every sent copy of a quick poll."""
    return [(int(t), int(m)) for t, m in (await s.execute(select(
        PollRecipient.telegram_id, PollRecipient.message_id).where(
        PollRecipient.poll_id == poll_id, PollRecipient.message_id.is_not(None)))).all()]


async def answered_count(s: AsyncSession, poll_id: int) -> int:
    return (await s.execute(select(func.count()).select_from(PollRecipient).where(
        PollRecipient.poll_id == poll_id, PollRecipient.answered_at.is_not(None)))).scalar_one()


async def not_answered(s: AsyncSession, poll_id: int) -> list[int]:
    """Telegram ids of reachable recipients who have not answered."""
    return list((await s.execute(select(PollRecipient.telegram_id).where(
        PollRecipient.poll_id == poll_id, PollRecipient.answered_at.is_(None),
        PollRecipient.can_receive.is_(True)).order_by(PollRecipient.id))).scalars())


async def claim_reminder(s: AsyncSession, poll_id: int, now: datetime, since: datetime) -> bool:
    """True once an hour: the reminder moment is taken in the row (two admins at once remind once)."""
    result = await s.execute(update(Poll).where(
        Poll.id == poll_id, (Poll.reminded_at.is_(None)) | (Poll.reminded_at <= since)).values(reminded_at=now))
    return result.rowcount == 1


# --- anonymous tallies ------------------------------------------------------------------------------------

async def add_tally(s: AsyncSession, poll_id: int, tg_poll_id: str, options: int) -> None:
    if await s.get(PollTally, tg_poll_id) is None:  # a copy sent twice (a crash in flight) counts once
        s.add(PollTally(tg_poll_id=tg_poll_id, poll_id=poll_id, counts=[0] * options, voters=0))
        await s.flush()


async def tally(s: AsyncSession, tg_poll_id: str) -> PollTally | None:
    return await s.get(PollTally, tg_poll_id)


async def tallies(s: AsyncSession, poll_id: int) -> list[PollTally]:
    return list((await s.execute(select(PollTally).where(PollTally.poll_id == poll_id))).scalars())


# --- survey responses --------------------------------------------------------------------------------------

async def add_response(s: AsyncSession, poll_id: int, telegram_id: int | None) -> SurveyResponse:
    r = SurveyResponse(poll_id=poll_id, telegram_id=telegram_id)
    s.add(r)
    await s.flush()
    return r


async def add_answer(s: AsyncSession, response_id: int, question_id: int, choice: list[int] | None,
                     text: str | None) -> None:
    s.add(SurveyAnswer(response_id=response_id, question_id=question_id, choice=choice, text=text))


async def survey_answers(s: AsyncSession, poll_id: int) -> list[tuple[SurveyResponse, SurveyAnswer]]:
    return [(r, a) for r, a in (await s.execute(select(SurveyResponse, SurveyAnswer).join(
        SurveyAnswer, SurveyAnswer.response_id == SurveyResponse.id).where(
        SurveyResponse.poll_id == poll_id).order_by(SurveyResponse.id, SurveyAnswer.id))).all()]
