"""The aiohttp server beside the bot: the webhook, /healthz and /metrics.

The webhook accepts an update only with Telegram's secret-token header and
puts it on the Application's queue (the same path polling uses). /healthz
answers 200 when the database answers; /metrics gives Prometheus text of what
operators watch: members by status, updates handled, questions asked.
"""

from __future__ import annotations

import hmac
import logging

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from handlers.console.app import register as register_console

log = logging.getLogger(__name__)
WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def build_web_app(application: Application) -> web.Application:
    app = web.Application(client_max_size=1024 * 1024)
    app["bot_application"] = application
    app.router.add_post(WEBHOOK_PATH, webhook)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    register_console(app, application)  # /admin/, when WEB_BASE_URL is set (handlers/console/app.py)
    return app


async def webhook(request: web.Request) -> web.Response:
    application: Application = request.app["bot_application"]
    secret = application.bot_data["services"].settings.web.webhook_secret.get()
    given = request.headers.get(SECRET_HEADER, "")
    if not secret or not hmac.compare_digest(given, secret):
        log.warning("webhook call without the right secret token refused")
        return web.Response(status=403)
    try:
        update = Update.de_json(await request.json(), application.bot)
    except (ValueError, KeyError, TypeError):
        return web.Response(status=400)
    await application.update_queue.put(update)
    return web.Response(status=200)


async def healthz(request: web.Request) -> web.Response:
    health = await request.app["bot_application"].bot_data["services"].monitoring.health()
    if not health.ok:
        return web.json_response({"status": "error", "database": health.error}, status=503)
    return web.json_response({"status": "ok"})


async def metrics(request: web.Request) -> web.Response:
    numbers = await request.app["bot_application"].bot_data["services"].monitoring.metrics()
    lines = ["# HELP lvzhi_members Members known to the bot, by status.", "# TYPE lvzhi_members gauge"]
    lines += [f'lvzhi_members{{status="{status}"}} {count}' for status, count in numbers.members_by_status.items()]
    lines += ["# HELP lvzhi_recent_updates Updates handled in the last days (deduplication window).",
              "# TYPE lvzhi_recent_updates gauge", f"lvzhi_recent_updates {numbers.recent_updates}"]
    lines += ["# HELP lvzhi_questions_total Questions members asked.", "# TYPE lvzhi_questions_total counter",
              f"lvzhi_questions_total {numbers.questions}"]
    return web.Response(text="\n".join(lines) + "\n", content_type="text/plain")
