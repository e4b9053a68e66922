"""The bot token never reaches the logs, even with httpx and PTB at DEBUG."""

from __future__ import annotations

import logging

from aiohttp import web
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.logging_setup import configure_logging

TOKEN = "123456789:AAH-secret-token-never-in-logs_xyz"


async def test_real_httpx_request_at_debug_logs_no_token(caplog):
    async def get_me(request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "result": {"id": 123456789, "is_bot": True,
                                                          "first_name": "t", "username": "t_bot"}})

    app = web.Application()
    app.router.add_post("/bot{token}/{method}", get_me)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    try:
        caplog.set_level(logging.DEBUG)
        configure_logging(logging.DEBUG, TOKEN)
        for name in ("httpx", "httpcore", "telegram"):
            logging.getLogger(name).setLevel(logging.DEBUG)
        bot = Bot(TOKEN, base_url=f"http://127.0.0.1:{port}/bot", request=HTTPXRequest())
        async with bot:
            me = await bot.get_me()
        assert me.username == "t_bot"
        messages = [r.getMessage() for r in caplog.records]
        assert any("getMe" in m for m in messages), "the DEBUG log should show the request"
        assert not any(TOKEN in m for m in messages)
        assert not any("secret-token" in caplog.text for _ in [0])
    finally:
        await runner.cleanup()
        logging.getLogger("httpx").setLevel(logging.WARNING)


def test_library_debug_lines_never_reach_the_output():
    import io
    import logging

    from bot.logging_setup import install_filter

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    install_filter(handler)
    logger = logging.getLogger("bm25s")
    logger.addHandler(handler)
    try:
        logger.setLevel(logging.DEBUG)  # as bm25s does to itself at import
        logger.debug("Building index from IDs objects")
        logger.warning("a real warning")
    finally:
        logger.removeHandler(handler)
    assert "Building index" not in stream.getvalue()
    assert "a real warning" in stream.getvalue()
