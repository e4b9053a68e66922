"""The admin console under /admin/: login by the /web link, the session and its CSRF token,
and every page and action, through aiohttp's test client against the real bot."""

from __future__ import annotations

import csv
import io
import socket
from dataclasses import replace
from datetime import timedelta

import openpyxl
import pytest

from bot import texts
from bot.config import ConfigError
from bot.localchat.session import run_chat
from tests.conftest import ADMIN_ID, make_settings, register
from tests.console_support import CONSOLE_ENV, console_client, csrf_of, log_in, login_path
from tests.test_submissions_review import filed


@pytest.fixture
async def console(bot_factory):
    bot = await bot_factory(**CONSOLE_ENV)
    client = await console_client(bot)
    yield bot, client
    await client.close()


async def test_without_a_session_a_page_explains_how_to_log_in(console):
    bot, client = console
    gets = ["/admin/", "/admin/submissions", "/admin/submissions/export.xlsx", "/admin/submissions/1",
            "/admin/submissions/1/files/1", "/admin/events", "/admin/events/1", "/admin/events/1/attendance.xlsx",
            "/admin/broadcasts", "/admin/broadcasts/1", "/admin/members", "/admin/knowledge"]
    posts = ["/admin/submissions/1/status", "/admin/submissions/1/instruct", "/admin/submissions/1/reply",
             "/admin/events/1/leave/1", "/admin/broadcasts/1/remind", f"/admin/members/{ADMIN_ID}/demote",
             "/admin/knowledge/documents", "/admin/knowledge/documents/1/remove", "/admin/knowledge/faqs",
             "/admin/knowledge/faqs/1/edit", "/admin/knowledge/faqs/1/remove", "/admin/knowledge/forwards/1/reply"]
    for path in gets:
        response = await client.get(path)
        assert response.status == 401, path
        assert texts.CONSOLE["login_needed"] in await response.text()
    for path in posts:
        assert (await client.post(path, data={"_csrf": "x"})).status == 401, path


async def test_a_member_cannot_get_a_link(console):
    bot, client = console
    li = await register(bot, 2001, "李四")
    replies = await li.send("/web")
    assert replies[-1].text == texts.NOT_ALLOWED
    with pytest.raises(Exception):
        await bot.services.console_login.issue_link(2001)


async def test_the_link_is_sent_without_preview_and_used_once(console):
    bot, client = console
    path = await login_path(bot, ADMIN_ID)
    sent = [c for c in bot.telegram.calls if c.method == "sendMessage"][-1]
    assert "/admin/login/" in sent.params["text"] and sent.params["link_preview_options"] == {"is_disabled": True}
    page = await client.get(path)                      # a GET (a preview fetcher) uses nothing up
    again = await client.get(path)
    assert page.status == again.status == 200
    csrf = csrf_of(await again.text())
    first = await client.post(path, data={"_csrf": csrf}, allow_redirects=False)
    assert first.status == 303 and first.headers["Location"] == "/admin/"
    cookie = first.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Max-Age=28800" in cookie
    overview = await client.get("/admin/")
    second = await client.post(path, data={"_csrf": csrf_of(await overview.text())}, allow_redirects=False)
    assert second.status == 410 and texts.CONSOLE_LINK_USED in await second.text()
    assert (await client.get(path)).status == 410


async def test_an_expired_link_is_refused(console):
    bot, client = console
    path = await login_path(bot, ADMIN_ID)
    bot.clock.advance(timedelta(minutes=10, seconds=1))
    page = await client.get(path)
    assert page.status == 410 and texts.CONSOLE_LINK_EXPIRED in await page.text()


async def test_login_post_without_csrf_is_forbidden(console):
    bot, client = console
    path = await login_path(bot, ADMIN_ID)
    await client.get(path)
    assert (await client.post(path, data={}, allow_redirects=False)).status == 403


async def test_missing_or_wrong_csrf_is_forbidden(console):
    bot, client = console
    await filed(bot)
    csrf = await log_in(client, bot, ADMIN_ID)
    for data in ({"to": "accepted"}, {"to": "accepted", "_csrf": csrf + "x"}):
        response = await client.post("/admin/submissions/1/status", data=data, allow_redirects=False)
        assert response.status == 403
    view = await bot.services.submissions.view_admin(ADMIN_ID, 1)
    assert view.status == "submitted"


async def test_logout_ends_the_session(console):
    bot, client = console
    csrf = await log_in(client, bot, ADMIN_ID)
    response = await client.post("/admin/logout", data={"_csrf": csrf})
    assert texts.CONSOLE["logged_out"] in await response.text()
    assert (await client.get("/admin/")).status == 401


async def test_a_demoted_admin_loses_the_session_at_the_next_request(console):
    bot, client = console
    await register(bot, 2002, "王五")
    admin = bot.member(ADMIN_ID, "管理员")
    await admin.send("/promote 2002")
    csrf = await log_in(client, bot, 2002)
    assert (await client.get("/admin/members")).status == 200
    await admin.send("/demote 2002")
    response = await client.get("/admin/members")
    assert response.status == 401
    assert (await client.post("/admin/members/2001/block", data={"_csrf": csrf})).status in (401, 403)


async def test_a_status_change_notifies_the_member_through_the_outbox(console):
    bot, client = console
    li, _ = await filed(bot)
    csrf = await log_in(client, bot, ADMIN_ID)
    detail = await client.get("/admin/submissions/1")
    assert "SQMY-2026-0001" in await detail.text()
    for to in ("accepted", "adopted_city"):
        response = await client.post("/admin/submissions/1/status", data={"_csrf": csrf, "to": to, "note": "网页说明"})
        assert texts.CONSOLE["member_told"] in await response.text()
    # no tick needed: the POST sent what it queued (send_now.kick), as a Telegram button does
    told = li.last_reply().text
    assert texts.SUB_STATUS_NAMES["adopted_city"] in told and "网页说明" in told
    response = await client.post("/admin/submissions/1/instruct",
                                 data={"_csrf": csrf, "leader": "王市长", "instruction": "请住建局办理"})
    assert "王市长" in await response.text()
    response = await client.post("/admin/submissions/1/reply", data={"_csrf": csrf, "note": "已转交相关部门"})
    assert "已转交相关部门" in li.last_reply().text
    refused = await client.post("/admin/submissions/1/status", data={"_csrf": csrf, "to": "submitted"})
    assert "flash error" in await refused.text()


@pytest.fixture
async def console_on_both(db_url, bot_factory):
    """The console on SQLite and on PostgreSQL (skipped with the reason when it is not reachable)."""
    bot = await bot_factory(db_url, **CONSOLE_ENV)
    client = await console_client(bot)
    yield bot, client
    await client.close()


async def test_filters_at_their_edges_and_the_exports_follow_them(console_on_both):
    bot, client = console_on_both
    await filed(bot)                                   # filed 2026-11-02 09:00 Beijing time
    await log_in(client, bot, ADMIN_ID)

    async def count(**params: str) -> str:
        response = await client.get("/admin/submissions", params=params)
        return await response.text()

    found_one = texts.CONSOLE["found"].format(total=1, page=1, pages=1)
    found_none = texts.CONSOLE["found"].format(total=0, page=1, pages=1)
    assert found_one in await count(**{"from": "2026-11-02", "to": "2026-11-02"})   # both days included
    assert found_none in await count(**{"from": "2026-11-03"})
    assert found_none in await count(to="2026-11-01")
    assert found_one in await count(status="已提交", sector="经济界", committee="经济委员会")
    assert found_none in await count(status="已受理")
    assert found_none in await count(sector="农业界")
    assert found_one in await count(q="SQMY-2026-0001")
    assert found_none in await count(q="100%_不存在")
    assert found_one in await count(page="99")                                     # past the end: the last page
    bad = await client.get("/admin/submissions", params={"from": "2026-13-01"})
    assert bad.status == 400 and "2026-13-01" in await bad.text()
    backwards = await client.get("/admin/submissions", params={"from": "2026-11-03", "to": "2026-11-01"})
    assert backwards.status == 400

    xlsx = await client.get("/admin/submissions/export.xlsx", params={"status": "已提交"})
    assert xlsx.status == 200 and "attachment" in xlsx.headers["Content-Disposition"]
    book = openpyxl.load_workbook(io.BytesIO(await xlsx.read()))
    assert any("SQMY-2026-0001" in str(c.value) for row in book.worksheets[0].iter_rows() for c in row)
    empty = await client.get("/admin/submissions/export.csv", params={"sector": "农业界"})
    rows = list(csv.reader(io.StringIO((await empty.read()).decode("utf-8-sig"))))
    assert not any("SQMY-2026-0001" in ",".join(r) for r in rows)
    docx = await client.get("/admin/submissions/export.docx")
    assert docx.status == 200 and (await docx.read())[:2] == b"PK"


async def test_attachments_come_through_the_bot_file_api(console):
    bot, client = console
    li = await register(bot, 2001, "李四")
    await li.send("/submit")
    await li.send("关于老旧小区加装电梯的建议")
    await li.press("民生关切")
    for part in ("情况情况情况情况情况情况", "问题问题问题问题问题问题", "建议建议建议建议建议建议"):
        await li.send(part)
    await li.file(b"%PDF-1.4 console", "调研报告.pdf")
    await li.press(texts.DONE)
    await li.press(texts.SKIP)
    await li.send(li.phone)
    await li.send("青岛大学")
    await li.press(texts.SUB_CHECK_CONFIRM)
    await li.press(texts.SUB_SUBMIT)
    await log_in(client, bot, ADMIN_ID)
    page = await (await client.get("/admin/submissions/1")).text()
    assert "调研报告.pdf" in page
    href = page.split('href="/admin/submissions/1/files/')[1].split('"')[0]
    response = await client.get(f"/admin/submissions/1/files/{href}")
    assert await response.read() == b"%PDF-1.4 console"
    assert "%E8%B0%83%E7%A0%94" in response.headers["Content-Disposition"]


async def test_the_console_needs_its_key():
    with pytest.raises(ConfigError) as err:
        make_settings("sqlite+aiosqlite:///unused.db", WEB_BASE_URL="https://bot.example.org")
    assert err.value.key == "WEB_SECRET_KEY"
    settings = make_settings("sqlite+aiosqlite:///unused.db", WEB_BASE_URL="https://bot.example.org/",
                             WEB_SECRET_KEY="console-secret-value")
    assert settings.web.enabled and settings.web.console_url == "https://bot.example.org"
    assert "console-secret-value" not in repr(settings.web)


async def test_the_cookie_is_secure_over_https(bot_factory):
    bot = await bot_factory(**{**CONSOLE_ENV, "WEB_BASE_URL": "https://bot.example.org"})
    client = await console_client(bot)
    try:
        path = await login_path(bot, ADMIN_ID)
        page = await client.get(path)                   # it starts a session for the page's CSRF token
        cookie = page.headers["Set-Cookie"]
        assert "Secure" in cookie and "HttpOnly" in cookie and "Path=/admin" in cookie
    finally:
        await client.close()


async def test_the_chat_session_serves_the_console_and_prints_its_address(sqlite_url):
    with socket.socket() as probe:                     # a free port for the session's web server
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = make_settings(sqlite_url, **CONSOLE_ENV, BOT_CONFIG="")
    settings = replace(settings, web=replace(settings.web, port=port))
    out = io.StringIO()
    await run_chat(settings, "admin", None, None, stdin=io.StringIO("/web\n"), out=out)
    head = out.getvalue().splitlines()[:5]
    assert texts.CLI_WEB.format(host="127.0.0.1", port=port) in head
    assert texts.CLI_CONSOLE.format(url=CONSOLE_ENV["WEB_BASE_URL"]) in head
    assert "/admin/login/" in out.getvalue()


async def test_without_the_console_web_says_how_to_turn_it_on(bot_factory):
    bot = await bot_factory()
    replies = await bot.member(ADMIN_ID, "管理员").send("/web")
    assert replies[-1].text == texts.CONSOLE_OFF
