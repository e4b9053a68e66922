"""The console's other pages: 概览 and its chart, 活动 (leave approval, attendance export),
通知 (counts, unread list, 提醒未读), 委员 (approve, block, role) and 知识库 (documents, FAQ,
questions). Each action is checked by what the member then receives from the bot."""

from __future__ import annotations

import io
import re

import aiohttp
import openpyxl
import pytest

from bot import texts
from bot.console.overview import week_buckets
from tests.conftest import ADMIN_ID, START, register
from tests.console_support import CONSOLE_ENV, console_client, log_in
from tests.test_broadcasts import compose
from tests.test_events_flow import create_event
from tests.test_submissions_review import filed


@pytest.fixture
async def console(bot_factory):
    bot = await bot_factory(**CONSOLE_ENV)
    client = await console_client(bot)
    yield bot, client
    await client.close()


async def test_the_overview_shows_the_figures_and_the_weekly_chart(console):
    bot, client = console
    await filed(bot)
    await log_in(client, bot, ADMIN_ID)
    page = await (await client.get("/admin/")).text()
    assert "<svg" in page and page.count("<rect") == 26
    assert "11月2日起的一周：1 件" in page                                  # this week's bar
    assert texts.CONSOLE["chart_total"].format(count=1) in page
    assert texts.SUB_STATUS_NAMES["submitted"] in page and texts.STATUS_NAMES["active"] in page


def test_weeks_start_on_monday_in_the_committee_zone():
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("Asia/Shanghai")
    sunday_late = datetime(2026, 11, 1, 15, 59, tzinfo=timezone.utc)     # Sunday 23:59 Beijing time
    monday_early = datetime(2026, 11, 1, 16, 0, tzinfo=timezone.utc)     # Monday 00:00 Beijing time
    weeks = week_buckets([sunday_late, monday_early], START.astimezone(tz).date(), tz)
    assert len(weeks) == 26 and [w.count for w in weeks[-2:]] == [1, 1]
    assert weeks[-1].monday.isoformat() == "2026-11-02"


async def test_leave_is_approved_in_the_console_and_the_member_told(console):
    bot, client = console
    li = await register(bot, 2001, "李四")
    await create_event(bot, start="明天上午9点")
    await li.press(texts.LEAVE)
    await li.send("家中有事")
    csrf = await log_in(client, bot, ADMIN_ID)
    listing = await (await client.get("/admin/events")).text()
    assert "十一月理论学习会" in listing and "0 / 1 / 0 / 0" in listing
    page = await (await client.get("/admin/events/1")).text()
    assert "家中有事" in page
    attendance_id = re.search(r'/admin/events/1/leave/(\d+)', page).group(1)
    response = await client.post(f"/admin/events/1/leave/{attendance_id}", data={"_csrf": csrf, "approve": "1"})
    assert texts.CONSOLE["leave_approved"].format(name="李四") in await response.text()
    assert "同意" in li.last_reply().text
    again = await client.post(f"/admin/events/1/leave/{attendance_id}", data={"_csrf": csrf, "approve": "0"})
    assert texts.CONSOLE["leave_already"] in await again.text()
    sheet = await client.get("/admin/events/1/attendance.xlsx")
    book = openpyxl.load_workbook(io.BytesIO(await sheet.read()))
    assert any("李四" in str(c.value) for row in book.active.iter_rows() for c in row)


async def test_broadcast_counts_unread_list_and_reminder(console):
    bot, client = console
    li, wang = await register(bot, 2001, "李四"), await register(bot, 2002, "王五")
    admin = bot.member(ADMIN_ID, "管理员")
    await compose(admin)
    await admin.press(texts.BC_SEND_NOW)
    await bot.run_due()
    await li.press(texts.BC_READ_BUTTON)
    csrf = await log_in(client, bot, ADMIN_ID)
    listing = await (await client.get("/admin/broadcasts")).text()
    assert texts.CONSOLE["bc_counts"].format(sent=2, total=2, read=1, failed=0, unreachable=0) in listing
    page = await (await client.get("/admin/broadcasts/1")).text()
    unread = page.split(texts.CONSOLE["bc_unread"])[1]
    assert "王五" in unread and "李四" not in unread
    response = await client.post("/admin/broadcasts/1/remind", data={"_csrf": csrf})
    assert texts.BC_REMIND_STARTED.format(count=1) in await response.text()
    await bot.run_due()
    assert wang.last_reply().text.startswith("⏰")


async def test_members_are_approved_blocked_and_promoted(console):
    bot, client = console
    zhao = await register(bot, 2003, "赵六", approve=False)
    await register(bot, 2001, "李四")
    csrf = await log_in(client, bot, ADMIN_ID)
    page = await (await client.get("/admin/members")).text()
    assert "赵六" in page and texts.STATUS_NAMES["pending"] in page
    await client.post("/admin/members/2003/approve", data={"_csrf": csrf})
    await bot.run_due()
    assert (await bot.services.members.get(2003)).status == "active"
    assert "通过" in zhao.last_reply().text
    response = await client.post("/admin/members/2001/block", data={"_csrf": csrf})
    assert texts.CONSOLE["member_done"].format(name="李四", action="停用") in await response.text()
    assert (await bot.services.members.get(2001)).status == "blocked"
    await client.post("/admin/members/2003/promote", data={"_csrf": csrf})
    assert (await bot.services.members.get(2003)).is_admin
    refused = await client.post(f"/admin/members/{ADMIN_ID}/block", data={"_csrf": csrf})
    assert texts.CANNOT_BLOCK_SELF in await refused.text()


async def test_knowledge_documents_faq_and_questions(console):
    bot, client = console
    li = await register(bot, 2001, "李四")
    asked = await bot.services.qa.ask(2001, "火星上有几个政协委员？")
    assert not asked.answered
    await bot.services.qa.forward(asked.question_id, 2001)      # as 转给工作人员 does
    csrf = await log_in(client, bot, ADMIN_ID)
    page = await (await client.get("/admin/knowledge")).text()
    assert "火星上有几个政协委员" in page
    body = "关于2027年委员履职培训的安排\n\n全体委员于2027年3月参加履职培训，地点在市政协三楼会议室。" * 3
    data = aiohttp.FormData()
    data.add_field("file", io.BytesIO(body.encode("utf-8")), filename="培训安排.txt", content_type="text/plain")
    response = await client.post(f"/admin/knowledge/documents?_csrf={csrf}", data=data)
    text = await response.text()
    assert "培训安排.txt" in text, re.findall(r'class="flash[^"]*"[^>]*>([^<]*)', text)
    doc_id = re.search(r'/admin/knowledge/documents/(\d+)/remove', await response.text()).group(1)
    await client.post(f"/admin/knowledge/documents/{doc_id}/remove", data={"_csrf": csrf})
    assert not any(d.name == "培训安排.txt" for d in await bot.services.qa.documents())
    await client.post("/admin/knowledge/faqs", data={"_csrf": csrf, "question": "学习会在哪里开？", "answer": "三楼。"})
    [(fid, _, _)] = await bot.services.qa.list_faqs()
    await client.post(f"/admin/knowledge/faqs/{fid}/edit", data={"_csrf": csrf, "question": "学习会在哪里开？",
                                                                 "answer": "市政协三楼会议室。"})
    assert (await bot.services.qa.list_faqs())[0][2] == "市政协三楼会议室。"
    await client.post(f"/admin/knowledge/faqs/{fid}/remove", data={"_csrf": csrf})
    assert await bot.services.qa.list_faqs() == []
    forward = re.search(r'/admin/knowledge/forwards/(\d+)/reply', page).group(0)
    await client.post(forward, data={"_csrf": csrf, "reply": "目前没有。"})
    await bot.run_due()
    assert "目前没有。" in li.last_reply().text
