"""Helpers of the console tests: the bot with the console on, its web app on a test server,
and an admin logged in by the link /web gives."""

from __future__ import annotations

import re

from aiohttp.test_utils import TestClient, TestServer

from handlers.web import build_web_app

CONSOLE_ENV = {"WEB_BASE_URL": "http://127.0.0.1:8080", "WEB_SECRET_KEY": "test-console-key-0123456789"}
LINK = re.compile(r"https?://[^\s<]+/admin/login/([A-Za-z0-9_-]+)")
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')


async def console_client(bot) -> TestClient:  # noqa: ANN001
    client = TestClient(TestServer(build_web_app(bot.app)))
    await client.start_server()
    return client


async def login_path(bot, admin_id: int) -> str:  # noqa: ANN001
    """The path of a fresh one-time link, as the admin gets it from /web."""
    person = bot.member(admin_id, "管理员")
    replies = await person.send("/web")
    found = LINK.search(replies[-1].text)
    assert found, replies[-1].text
    return f"/admin/login/{found.group(1)}"


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, html[:500]
    return found.group(1)


async def log_in(client: TestClient, bot, admin_id: int) -> str:  # noqa: ANN001
    """Log in by link; the session's CSRF token."""
    path = await login_path(bot, admin_id)
    page = await client.get(path)
    assert page.status == 200
    response = await client.post(path, data={"_csrf": csrf_of(await page.text())}, allow_redirects=False)
    assert response.status == 303, await response.text()
    overview = await client.get("/admin/")
    assert overview.status == 200
    return csrf_of(await overview.text())
