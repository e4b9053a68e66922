"""Builds the python-telegram-bot Application: handlers, jobs, rate limiter, defaults.

All wiring is here: one function builds the Application with HTML as the
default parse mode, the services injected through a custom context type, the
handlers added in a commented order, one error handler, the command menus per
scope, and the periodic "tick" that wakes the dispatchers of due work.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, CallbackContext, ContextTypes, Defaults, ExtBot
from telegram.request import BaseRequest

from bot.config import Settings
from bot.services import Services

log = logging.getLogger(__name__)
LOCAL_TOKEN = "1000000001:LOCAL-CHAT-SESSION-NO-TELEGRAM"
TICK_SECONDS = 1.0


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """The context handlers get: `context.services` and the member the update came from."""

    member = None  # set per update by handlers.middleware (MemberInfo | None)

    @property
    def services(self) -> Services:
        return self.application.bot_data["services"]


def build_application(settings: Settings, services: Services, request: BaseRequest | None = None,
                      rate_limit: bool = True) -> Application:
    """The real Application; `request` replaces Telegram at the HTTP edge (tests, chat session)."""
    builder = (
        ApplicationBuilder()
        .token(settings.token.get() or LOCAL_TOKEN)
        .defaults(Defaults(parse_mode=ParseMode.HTML, tzinfo=settings.timezone))
        .context_types(ContextTypes(context=BotContext))
        .post_init(_post_init)
        .concurrent_updates(False)
    )
    if settings.base_url:
        builder = builder.base_url(settings.base_url)
    if settings.base_file_url:
        builder = builder.base_file_url(settings.base_file_url)
    if request is not None:
        # Both the ordinary and the getUpdates channel: nothing reaches the network.
        builder = builder.request(request).get_updates_request(request)
    if rate_limit:
        limits = settings.rate_limits
        builder = builder.rate_limiter(AIORateLimiter(
            overall_max_rate=limits.overall_per_second, overall_time_period=1, max_retries=2))
    application = builder.build()
    application.bot_data["services"] = services

    from handlers import setup

    setup(application)
    if application.job_queue is not None:
        application.job_queue.run_repeating(_tick, interval=timedelta(seconds=TICK_SECONDS),
                                            first=TICK_SECONDS, name="tick")
    return application


async def _post_init(application: Application) -> None:
    from handlers.menus import set_default_commands

    await application.bot_data["services"].start()
    await set_default_commands(application.bot)


async def _tick(context: BotContext) -> None:
    from handlers.jobs import run_due

    await run_due(context.application)


def update_summary(update: object) -> str:
    if isinstance(update, Update):
        user = update.effective_user
        return f"update={update.update_id} user={user.id if user else '-'}"
    return "update=-"
