"""Builds the python-telegram-bot Application: handlers, jobs, rate limiter, defaults.

All wiring is here: one function builds the Application with HTML as the
default parse mode, the services injected through a custom context type, the
handlers added in a commented order, one error handler, the command menus per
scope, and the periodic "tick" that wakes the dispatchers of due work.
"""

from __future__ import annotations

import gc
import logging
import sys
from datetime import timedelta

from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, TelegramError
from telegram.constants import ParseMode
from telegram.ext import Application, ApplicationBuilder, ContextTypes, Defaults
from telegram.request import BaseRequest

from bot.config import Settings
from bot.services import Services
from handlers.wiring import setup
from handlers.bot_api_http import AiohttpRequest
from handlers.context import BotContext
from handlers.jobs import run_due
from handlers.menus import set_default_commands
from handlers.rate_limiter import ReplyLaneLimiter
from handlers.update_order import PerPersonOrder
from handlers.telemetry import MeteredApplication
from handlers.wiring import ALLOWED_UPDATES

log = logging.getLogger(__name__)
LOCAL_TOKEN = "1000000001:LOCAL-CHAT-SESSION-NO-TELEGRAM"
TICK_SECONDS = 1.0
HTTP_CHANNELS = "http_channels"


def build_application(settings: Settings, services: Services, request: BaseRequest | None = None,
                      rate_limit: bool = True) -> Application:
    """The real Application; `request` replaces Telegram at the HTTP edge (tests, chat session)."""
    builder = (
        ApplicationBuilder()
        .token(settings.token.get() or LOCAL_TOKEN)
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=settings.timezone))
        .context_types(ContextTypes(context=BotContext))
        .post_init(_post_init)
        # Different people side by side, one person's updates in order (handlers/update_order.py).
        .concurrent_updates(PerPersonOrder())
        .application_class(MeteredApplication)  # counts and times every update for /metrics
    )
    if settings.base_url:
        builder = builder.base_url(settings.base_url)
    if settings.base_file_url:
        builder = builder.base_file_url(settings.base_file_url)
    if request is not None:
        # Both the ordinary and the getUpdates channel: nothing reaches the network.
        builder = builder.request(request).get_updates_request(request)
    else:
        # aiohttp instead of PTB's httpx: a quarter of the CPU per Bot API call (handlers/bot_api_http.py).
        channels = (AiohttpRequest(), AiohttpRequest(connection_pool_size=1))
        builder = builder.request(channels[0]).get_updates_request(channels[1])
    if rate_limit:
        # Replies first, the outbox senders the rest of the budget (bot/pacing.py).
        builder = builder.rate_limiter(ReplyLaneLimiter(services.pacer, max_retries=2))
    application = builder.build()
    application.bot_data["services"] = services
    if request is None:
        application.bot_data[HTTP_CHANNELS] = channels  # closed by serve() even when the start failed

    setup(application)
    if application.job_queue is not None:
        application.job_queue.run_repeating(_tick, interval=timedelta(seconds=TICK_SECONDS),
                                            first=TICK_SECONDS, name="tick")
    return application


async def _post_init(application: Application) -> None:
    services = application.bot_data["services"]
    await services.start()
    if not await services.members.admins():
        log.warning("no admin configured: set ADMIN_IDS (comma-separated Telegram user ids) "
                    "so that registrations can be approved")
    await set_default_commands(application.bot)
    freeze_startup_heap()


_frozen = False


def freeze_startup_heap() -> None:
    """Keep the objects that live as long as the process (modules, classes, the services built at the
    start) out of Python's full garbage collections, once per process.

    A full collection walks every tracked object; with the start-up heap (about 240 000 objects)
    each took 0.1–0.2 s of CPU, and a crowd of updates in flight, which live long enough to be
    promoted, triggered one every several hundred updates: most of the collector's 0.4 ms of a
    已阅 press in `bench/updates` (b), which fell to about 0.25 ms. Frozen objects are never scanned
    again (and a cycle among them is never freed, which is why only what exists once the bot has
    started is frozen, after a collection).
    """
    global _frozen
    if _frozen:  # a second Application in one process (the tests): its heap is not the start-up's
        return
    _frozen = True
    gc.collect()
    gc.freeze()


async def _tick(context: BotContext) -> None:
    await run_due(context.application)


async def serve(settings: Settings) -> int:
    """Run until SIGINT/SIGTERM: polling, or the webhook when web.webhook_url is set;
    the web server (/healthz, /metrics, webhook) when web.enabled."""
    import asyncio
    import signal

    from bot import texts

    services = Services.build(settings)
    application = build_application(settings, services)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    runner = None
    try:
        await application.initialize()
        await _post_init(application)
        await application.start()
        if settings.web.enabled:
            # aiohttp.web (the server half) is loaded only by a process that serves HTTP
            from aiohttp import web

            from handlers.web import build_web_app

            runner = web.AppRunner(build_web_app(application), access_log=None)
            await runner.setup()
            await web.TCPSite(runner, settings.web.host, settings.web.port).start()
            print(texts.CLI_WEB.format(host=settings.web.host, port=settings.web.port), flush=True)
            if settings.web.console_url:
                print(texts.CLI_CONSOLE.format(url=settings.web.console_url), flush=True)
        if settings.web.webhook_url:
            await application.bot.set_webhook(settings.web.webhook_url, allowed_updates=ALLOWED_UPDATES,
                                              secret_token=settings.web.webhook_secret.get())
            print(texts.CLI_WEBHOOK.format(url=settings.web.webhook_url), flush=True)
        else:
            await application.bot.delete_webhook()
            await application.updater.start_polling(allowed_updates=ALLOWED_UPDATES)
            print(texts.CLI_POLLING.format(server=settings.base_url or "Telegram"), flush=True)
        await stop.wait()
    except (TelegramError, OSError) as exc:
        # The start failed on something outside the bot (Telegram refused, the server is
        # unreachable, the port is taken): one line naming the cause, not a traceback.
        print(start_failure(exc, settings), file=sys.stderr, flush=True)
        return 2
    finally:
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        if runner is not None:
            await runner.cleanup()
        await application.shutdown()
        for channel in application.bot_data.get(HTTP_CHANNELS, ()):
            await channel.shutdown()  # PTB skips it when initialize() failed (Telegram unreachable)
        await services.close()
    return 0


def start_failure(exc: BaseException, settings: Settings) -> str:
    """The one Chinese line that says why the start failed."""
    from bot import texts

    reason = (getattr(exc, "message", None) or str(exc) or type(exc).__name__).strip()
    server = settings.base_url or "https://api.telegram.org"
    if isinstance(exc, InvalidToken):
        return texts.START_TOKEN_REFUSED.format(reason=reason)
    if isinstance(exc, (BadRequest, Forbidden, Conflict)):  # Telegram answered, and said no
        if settings.web.webhook_url:
            return texts.START_WEBHOOK_REFUSED.format(url=settings.web.webhook_url, reason=reason)
        return texts.START_TELEGRAM_REFUSED.format(server=server, reason=reason)
    if isinstance(exc, TelegramError):  # NetworkError, TimedOut: no answer at all
        return texts.START_TELEGRAM_UNREACHABLE.format(server=server, reason=reason)
    return texts.START_WEB_FAILED.format(host=settings.web.host, port=settings.web.port, reason=reason)
