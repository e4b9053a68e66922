"""The export's database side on SQLite and PostgreSQL: keyset paging in filing order, issues under races."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.errors import UserError
from bot.export.records import ExportFilter
from bot.services import Services
from tests.conftest import ADMIN_ID, make_settings
from tests.test_submissions_storage import _member, _ready_draft


async def _adopted(services: Services, telegram_id: int, title: str) -> int:
    sid = (await services.submissions.file(telegram_id, await _ready_draft(services, telegram_id, title))).view.id
    await services.submissions.change_status(ADMIN_ID, sid, "accepted")
    await services.submissions.change_status(ADMIN_ID, sid, "adopted_city")
    return sid


async def test_records_stream_in_filing_order_across_pages_not_in_id_order(db_url, clock):
    services = Services.build(make_settings(db_url), clock)
    await services.start()
    try:
        await _member(services, 3001, "王五")
        await _member(services, 3002, "赵六")
        early_draft = await _ready_draft(services, 3001, "关于先起草后提交事项的建议")  # the lowest id …
        for i in range(4):
            clock.advance(timedelta(minutes=1))
            await services.submissions.file(3002, await _ready_draft(services, 3002, f"关于第{i}个路口的建议"))
        clock.advance(timedelta(minutes=1))
        await services.submissions.file(3001, early_draft)                             # … filed last
        records = [r async for r in services.submissions.iter_filed(batch_size=2)]
        assert [r.filed_at for r in records] == sorted(r.filed_at for r in records)
        assert records[-1].id == early_draft and len(records) == 5
        flt = ExportFilter(date_from=records[1].filed_at, date_to=records[3].filed_at)
        assert [r.id async for r in services.submissions.records_for(flt)] == [records[1].id, records[2].id]
        assert await services.submissions.count_for(flt) == 2
    finally:
        await services.close()


async def test_the_same_item_added_to_two_issues_at_once_goes_into_one(db_url, clock):
    settings = make_settings(db_url)
    one, two = Services.build(settings, clock), Services.build(settings, clock)
    await one.start()
    try:
        await _member(one, 3001, "王五")
        sid = await _adopted(one, 3001, "关于海水浴场救生设施的建议")
        first = (await one.issues.create(ADMIN_ID, 2026, 1)).id
        second = (await one.issues.create(ADMIN_ID, 2026, 2)).id
        results = await asyncio.gather(one.issues.add(ADMIN_ID, first, sid), two.issues.add(ADMIN_ID, second, sid),
                                       return_exceptions=True)
        assert sum(not isinstance(r, Exception) for r in results) == 1
        assert all(isinstance(r, UserError) for r in results if isinstance(r, Exception))
        counts = [len((await one.issues.view(ADMIN_ID, iid)).items) for iid in (first, second)]
        assert sorted(counts) == [0, 1]
    finally:
        await one.close()
        await two.close()


async def test_an_issue_published_from_two_processes_at_once_is_published_once(db_url, clock):
    settings = make_settings(db_url)
    one, two = Services.build(settings, clock), Services.build(settings, clock)
    await one.start()
    try:
        await _member(one, 3001, "王五")
        sid = await _adopted(one, 3001, "关于海水浴场救生设施的建议")
        iid = (await one.issues.create(ADMIN_ID, 2026, 1)).id
        await one.issues.add(ADMIN_ID, iid, sid)
        results = await asyncio.gather(one.issues.publish(ADMIN_ID, iid), two.issues.publish(ADMIN_ID, iid),
                                       return_exceptions=True)
        assert sum(not isinstance(r, Exception) for r in results) == 1
        view = await one.submissions.view_admin(ADMIN_ID, sid)
        assert [h.kind for h in view.history].count("issue") == 1 and view.compiled_into == "2026年第1期"
    finally:
        await one.close()
        await two.close()


async def test_two_admins_taking_the_same_number_get_one_issue(db_url, clock):
    settings = make_settings(db_url)
    one, two = Services.build(settings, clock), Services.build(settings, clock)
    await one.start()
    try:
        results = await asyncio.gather(one.issues.create(ADMIN_ID, 2026, 7), two.issues.create(ADMIN_ID, 2026, 7),
                                       return_exceptions=True)
        assert sum(not isinstance(r, Exception) for r in results) == 1
        assert all(isinstance(r, UserError) for r in results if isinstance(r, Exception))
        assert (await one.issues.propose(ADMIN_ID)).number == 8
    finally:
        await one.close()
        await two.close()


@pytest.mark.parametrize("typed, expected", [("2026年第12期", (2026, 12)), ("2026-12", (2026, 12)),
                                             ("2026/3", (2026, 3))])
def test_issue_numbers_are_read_as_staff_type_them(typed, expected):
    from bot.issues import IssuesService

    assert IssuesService.parse_number(typed) == expected
