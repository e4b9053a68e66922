"""The Bot API transport (handlers/bot_api_http.py): the environment's proxy, read once per server.

A local aiohttp server plays both Telegram and an HTTP proxy: a request through a proxy
arrives with the whole URL as its target (absolute form), one straight to the server with
the path only, so the server can tell which way each request came.
"""

from __future__ import annotations

import json

import pytest
from aiohttp import web
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from handlers import bot_api_http
from handlers.bot_api_http import AiohttpRequest


@pytest.fixture
async def server():
    """(base URL, the requests seen as (target, body)); answers every call with ok."""
    seen: list[tuple[str, bytes]] = []

    async def answer(request: web.Request) -> web.Response:
        seen.append((request.raw_path, await request.read()))
        return web.json_response({"ok": True, "result": True})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", answer)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # noqa: SLF001 - the port the OS chose
    try:
        yield f"http://127.0.0.1:{port}", seen
    finally:
        await runner.cleanup()


def params(**values: object) -> RequestData:
    return RequestData([RequestParameter.from_input(k, v) for k, v in values.items()])


async def test_a_call_through_the_environments_proxy_reads_the_environment_once(server, monkeypatch):
    base, seen = server
    reads: list[str] = []
    real = bot_api_http.route_from_env
    monkeypatch.setattr(bot_api_http, "route_from_env", lambda url: reads.append(str(url)) or real(url))
    monkeypatch.setenv("HTTP_PROXY", base)  # the same server, as the proxy
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    request = AiohttpRequest()
    await request.initialize()
    try:
        telegram = "http://api.telegram.example/bot123"
        for chat in (1, 2):
            status, body = await request.do_request(f"{telegram}/sendMessage", "POST",
                                                    params(chat_id=chat, text="收到 & 谢谢"))
            assert status == 200 and json.loads(body)["ok"] is True
    finally:
        await request.shutdown()
    # Both calls went through the proxy (absolute-form targets), with the form body PTB's parameters make.
    assert [target for target, _ in seen] == [f"{telegram}/sendMessage"] * 2
    assert seen[0][1] == "chat_id=1&text=%E6%94%B6%E5%88%B0+%26+%E8%B0%A2%E8%B0%A2".encode()
    assert reads == ["http://api.telegram.example"]  # once for the server, not once a call


async def test_no_proxy_for_a_host_named_in_no_proxy(server, monkeypatch):
    base, seen = server
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there: it must not be used
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    request = AiohttpRequest()
    await request.initialize()
    try:
        status, _ = await request.do_request(f"{base}/bot123/getMe", "POST", params())
    finally:
        await request.shutdown()
    assert status == 200
    assert seen == [("/bot123/getMe", b"")]  # straight to the server, path only; no parameters, empty body
