"""The fake Bot API over HTTP: a local server the real bot can poll, as it polls Telegram.

Serves POST {base}/bot<token>/<method> (JSON, form or multipart bodies) and
GET {base}/file/bot<token>/<path>, answering from a FakeTelegram. Point the bot
at it with TELEGRAM_BASE_URL=http://127.0.0.1:<port>/bot and
TELEGRAM_BASE_FILE_URL=http://127.0.0.1:<port>/file/bot.
"""

from __future__ import annotations

import json
from typing import Any, Awaitable, Callable

from aiohttp import web

from bot.localchat.fakeapi import Call, FakeTelegram


def _decode(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


class FakeBotApiServer:
    def __init__(self, telegram: FakeTelegram, host: str = "127.0.0.1", port: int = 0) -> None:
        self.telegram = telegram
        self.host = host
        self.port = port
        self.runner: web.AppRunner | None = None
        self.tokens: set[str] = set()
        # Crash tests: awaited before a method reaches the fake (hold it) and after (answer slowly).
        self.before: Callable[[str, dict[str, Any]], Awaitable[None]] | None = None
        self.after: Callable[[str, dict[str, Any]], Awaitable[None]] | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://{self.host}:{self.port}/file/bot"

    async def start(self) -> "FakeBotApiServer":
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/bot{token}/{method}", self._method)
        app.router.add_get("/file/bot{token}/{path:.*}", self._file)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.host, self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # the port chosen when 0 was asked
        return self

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()

    async def _params(self, request: web.Request) -> tuple[dict[str, Any], dict[str, tuple[str, bytes, str]]]:
        params: dict[str, Any] = {}
        uploads: dict[str, tuple[str, bytes, str]] = {}
        ctype = request.content_type
        if ctype == "application/json":
            params = await request.json() if request.can_read_body else {}
        elif ctype == "multipart/form-data":
            reader = await request.multipart()
            async for part in reader:
                if part.filename:
                    uploads[part.name] = (part.filename, await part.read(), part.headers.get("Content-Type", ""))
                else:
                    params[part.name] = _decode(await part.text())
        elif request.can_read_body:
            form = await request.post()
            params = {k: _decode(v) for k, v in form.items()}
        return params, uploads

    async def _method(self, request: web.Request) -> web.Response:
        self.tokens.add(request.match_info["token"])
        method = request.match_info["method"]
        params, uploads = await self._params(request)
        if method == "getUpdates":
            self.telegram.calls.append(Call("getUpdates", params))
            result = await self.telegram.m_getUpdates_async(params)
            return web.json_response({"ok": True, "result": result})
        if self.before is not None:
            await self.before(method, params)
        status, body = self.telegram.handle(method, params, uploads)
        if self.after is not None:
            await self.after(method, params)
        return web.json_response(body, status=status, dumps=lambda o: json.dumps(o, ensure_ascii=False))

    async def _file(self, request: web.Request) -> web.Response:
        try:
            return web.Response(body=self.telegram.file_bytes(request.match_info["path"]))
        except KeyError:
            raise web.HTTPNotFound() from None
