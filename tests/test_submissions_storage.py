"""Submission storage and service rules on SQLite and PostgreSQL: numbers, the read side."""

from __future__ import annotations

import asyncio

from sqlalchemy import select

from bot.services import Services
from bot.submissions import (BODY_FIELDS, PREVIEW, SubmissionFilters, TRANSITIONS, similarity)
from storage.models import Member
from storage.submissions import Submission
from tests.conftest import ADMIN_ID, make_settings

BODY = "这是一段足够长的正文内容，用来测试社情民意的报送流程是否正常。"


async def _member(services: Services, telegram_id: int, name: str) -> None:
    async with services.db.transaction() as s:
        s.add(Member(telegram_id=telegram_id, name=name, role="member", status="active", chat_started=True,
                     phone="13800000000", unit="青岛大学", created_at=services.clock.now()))


async def _ready_draft(services: Services, telegram_id: int, title: str) -> int:
    sub = services.submissions
    view = await sub.start(telegram_id)
    await sub.answer(telegram_id, view.id, "title", title)
    await sub.choose_category(telegram_id, view.id, 0)
    for part in BODY_FIELDS:
        await sub.answer(telegram_id, view.id, part, BODY + part)
    await sub.finish_step(telegram_id, view.id, "files")
    await sub.finish_step(telegram_id, view.id, "cosign")
    result = await sub.finish_step(telegram_id, view.id, "check")
    assert result.view.step == PREVIEW
    return view.id


async def test_concurrent_filings_get_distinct_numbers(db_url, clock):
    # Two "processes": two Services on the same database, each filing several at the same instant.
    settings = make_settings(db_url)
    one, two = Services.build(settings, clock), Services.build(settings, clock)
    await one.start()
    try:
        people = list(range(3001, 3011))
        for tid in people:
            await _member(one, tid, f"委员{tid}")
        drafts = {tid: await _ready_draft(one, tid, f"关于第{tid}号问题的建议") for tid in people}
        results = await asyncio.gather(*[
            (one if i % 2 else two).submissions.file(tid, drafts[tid]) for i, tid in enumerate(people)])
        numbers = [r.view.number for r in results]
        assert all(r.filed for r in results)
        assert sorted(numbers) == [f"SQMY-2026-{n:04d}" for n in range(1, 11)]
    finally:
        await one.close()
        await two.close()


async def test_the_same_draft_filed_twice_at_once_is_filed_once(db_url, clock):
    settings = make_settings(db_url)
    one, two = Services.build(settings, clock), Services.build(settings, clock)
    await one.start()
    try:
        await _member(one, 3001, "王五")
        sid = await _ready_draft(one, 3001, "关于公交线路调整的建议")
        results = await asyncio.gather(one.submissions.file(3001, sid), two.submissions.file(3001, sid),
                                       return_exceptions=True)
        filed = [r for r in results if not isinstance(r, Exception) and r.filed]
        assert len(filed) == 1
        async with one.db.transaction() as s:
            numbers = (await s.execute(select(Submission.number))).scalars().all()
        assert numbers == ["SQMY-2026-0001"]
    finally:
        await one.close()
        await two.close()


async def test_iter_filed_streams_records_with_everything(db_url, clock):
    services = Services.build(make_settings(db_url), clock)
    await services.start()
    try:
        await _member(services, 3001, "王五")
        await _member(services, 3002, "赵六")
        ids = []
        for i in range(5):
            sid = await _ready_draft(services, 3001, f"关于第{i}个路口信号灯的建议")
            ids.append((await services.submissions.file(3001, sid)).view.id)
        sub = services.submissions
        await sub.second(3002, ids[0])
        await sub.change_status(ADMIN_ID, ids[0], "accepted")
        await sub.change_status(ADMIN_ID, ids[0], "adopted_city", note="编入第3期")
        await sub.change_status(ADMIN_ID, ids[0], "instructed", leader="王市长", instruction="请交通局研究")
        records = [r async for r in sub.iter_filed(SubmissionFilters(), batch_size=2)]
        assert [r.id for r in records] == ids
        first = records[0]
        assert first.seconds_count == 1 and first.seconders == ("赵六",)
        assert first.adoption_levels == ("市政协",) and first.status_code == "instructed"
        assert first.status == "领导批示" and first.author_telegram_id == 3001
        assert first.instructions == "王市长批示：请交通局研究" and first.last_note == "编入第3期"
        only = [r async for r in sub.iter_filed(SubmissionFilters(statuses=("instructed",)))]
        assert [r.number for r in only] == ["SQMY-2026-0001"]
    finally:
        await services.close()


def test_transitions_only_go_forward_through_the_workflow():
    assert "adopted_city" not in TRANSITIONS["submitted"]
    assert TRANSITIONS["returned"] == () and TRANSITIONS["rejected"] == ()


def test_similarity_ranks_the_same_matter_above_another():
    same = similarity("关于老旧小区加装电梯的建议", "加装电梯", "关于老旧小区加装电梯的几点建议", "电梯加装")
    other = similarity("关于老旧小区加装电梯的建议", "加装电梯", "关于海水浴场管理的建议", "浴场")
    assert same > 0.4 > other


def test_long_html_is_split_without_cutting_an_escaped_character():
    from handlers.submissions.wiring import chunks

    parts = chunks("标题\n" + "&amp;" * 2000)
    assert all(len(p) <= 4000 for p in parts) and "".join(parts).replace("标题", "", 1) == "&amp;" * 2000
    assert all(p.endswith(("&amp;", "标题")) for p in parts)
