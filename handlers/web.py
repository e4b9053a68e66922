"""The aiohttp server beside the bot: the webhook, /healthz and /metrics (and, added by its
own module, the admin console).

The webhook accepts an update only with Telegram's secret-token header and puts it on
the Application's queue (the same path polling uses). /healthz answers 200 with JSON
when the bot is healthy and 503 naming what is wrong (bot/monitoring.py decides);
/metrics is prometheus-client's text exposition of the Application's own registry
(handlers/telemetry.py feeds it from the update path; the database counts are read at
scrape time).
"""

from __future__ import annotations

import hmac
import logging

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.monitoring import CONTENT_TYPE
from handlers.wiring import ALLOWED_UPDATES  # noqa: F401 (importable from here too)

log = logging.getLogger(__name__)
WEBHOOK_PATH = "/telegram/webhook"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def build_web_app(application: Application) -> web.Application:
    """Every route of the web server is added here."""
    app = web.Application(client_max_size=1024 * 1024)
    app["bot_application"] = application
    app.router.add_post(WEBHOOK_PATH, webhook)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics)
    # The console pulls in jinja2 and aiohttp-session (~15 MB): loaded only by a process that serves HTTP.
    from handlers.console.app import register as register_console

    register_console(app, application)  # /admin/, when WEB_BASE_URL is set (handlers/console/app.py)
    return app


async def webhook(request: web.Request) -> web.Response:
    application: Application = request.app["bot_application"]
    secret = application.bot_data["services"].settings.web.webhook_secret.get()
    given = request.headers.get(SECRET_HEADER, "")
    if not secret or not hmac.compare_digest(given.encode(), secret.encode()):
        log.warning("webhook call without the right secret token refused")
        return web.Response(status=403)
    try:
        update = Update.de_json(await request.json(), application.bot)
    except (ValueError, KeyError, TypeError):
        return web.Response(status=400)
    await application.update_queue.put(update)
    return web.Response(status=200)


async def healthz(request: web.Request) -> web.Response:
    application: Application = request.app["bot_application"]
    telemetry = getattr(application, "telemetry", None)
    jobs = application.job_queue
    report = await application.bot_data["services"].monitoring.report(
        scheduler_running=jobs is not None and jobs.scheduler.running,
        updates_running=application.running,
        seconds_since_last_update=telemetry.seconds_since_last_update() if telemetry else None)
    body = {"status": "ok" if report.ok else "error", "problems": list(report.problems), **report.facts}
    return web.json_response(body, status=200 if report.ok else 503)


async def metrics(request: web.Request) -> web.Response:
    application: Application = request.app["bot_application"]
    reading = await application.bot_data["services"].monitoring.metrics_or_none()
    return web.Response(body=application.telemetry.render(reading), headers={"Content-Type": CONTENT_TYPE})
