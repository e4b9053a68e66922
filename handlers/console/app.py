"""Mounts the admin console on the bot's aiohttp server, under /admin/.

The console is a sub-application with its own middlewares: the encrypted session cookie
(aiohttp-session, keyed from WEB_SECRET_KEY), then `guard`, which lets only a current admin
past (checked on every request, so a demoted admin is out at the next one), checks the CSRF
token of every POST, and turns the services' errors into pages. Nothing here decides
anything about submissions, events or members: the handlers call the services.
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from pathlib import Path
from typing import Awaitable, Callable
from urllib.parse import quote

import aiohttp_jinja2
import aiohttp_session
import jinja2
from aiohttp import web
from aiohttp_session.cookie_storage import EncryptedCookieStorage
from telegram.ext import Application

from bot import texts
from bot.console.login import SESSION_HOURS
from bot.errors import NotFound, PermissionDenied, UserError
from bot.timeparse import format_when, zone_name
from handlers.console.common import ADMIN, PREFIX, back_to, flash, services_of

log = logging.getLogger(__name__)
TEMPLATES = Path(__file__).resolve().parent / "templates"
COOKIE = "lvzhi_console"
# Routes a person without a session may open: the login link's page and its POST.
OPEN_ROUTES = {"login", "login_use"}
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def cookie_key(secret: str) -> bytes:
    """The 32 bytes of the session cookie's Fernet key, derived from WEB_SECRET_KEY (any length)."""
    return hashlib.sha256(secret.encode("utf-8")).digest()


def register(app: web.Application, application: Application) -> None:
    """Add /admin/ to the bot's web app when the console is on (WEB_BASE_URL is set)."""
    from handlers.console import routes

    settings = application.bot_data["services"].settings
    if not settings.web.console_url:
        return
    console = web.Application()
    storage = EncryptedCookieStorage(
        cookie_key(settings.web.console_key.get()), cookie_name=COOKIE, max_age=SESSION_HOURS * 3600, path=PREFIX,
        httponly=True, samesite="Lax", secure=settings.web.console_url.startswith("https://"))
    console.middlewares.append(aiohttp_session.session_middleware(storage))
    console.middlewares.append(guard)
    env = aiohttp_jinja2.setup(console, loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                               context_processors=[_page_context])
    tz = settings.timezone
    env.globals.update(t=texts.CONSOLE, committee=settings.committee, bot_name=settings.bot_name,
                       zone=zone_name(tz), prefix=PREFIX, quote=quote)
    env.filters["when"] = lambda value: format_when(value, tz) if value else "—"
    routes.add_routes(console)
    app.add_subapp(PREFIX, console)


async def _page_context(request: web.Request) -> dict:
    """What every page shows. It runs before the handler (aiohttp-jinja2's middleware), so the
    CSRF token is read when the page is drawn: a login handler sets it after this ran."""
    session = await aiohttp_session.get_session(request)
    return {"admin": request.get(ADMIN), "csrf": lambda: session.get("csrf", ""),
            "flash": session.pop("flash", None), "path": request.path}


async def check_csrf(request: web.Request) -> None:
    """Every POST carries the session's CSRF token in the `_csrf` field or the X-CSRF-Token header."""
    session = await aiohttp_session.get_session(request)
    expected = session.get("csrf", "")
    given = request.headers.get("X-CSRF-Token", "")
    if not given and request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        if request.content_type == "multipart/form-data":
            given = request.query.get("_csrf", "")  # an upload puts it in the URL: the body is streamed
        else:
            given = str((await request.post()).get("_csrf", ""))
    if not expected or not secrets.compare_digest(given, expected):
        raise web.HTTPForbidden(text=texts.CONSOLE["csrf_refused"])


@web.middleware
async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
    route = request.match_info.route.name
    if route in OPEN_ROUTES:
        if request.method == "POST":
            await check_csrf(request)
        return await handler(request)
    session = await aiohttp_session.get_session(request)
    admin = await services_of(request).console_login.session_admin(session.get("tid"))
    if admin is None:
        if "tid" in session:
            log.info("console session of %s ended: no longer admin", session.get("tid"))
        session.invalidate()
        return aiohttp_jinja2.render_template("login_needed.html", request, {}, status=401)
    request[ADMIN] = admin
    if request.method == "POST":
        await check_csrf(request)
    try:
        return await handler(request)
    except PermissionDenied:
        session.invalidate()
        return aiohttp_jinja2.render_template("login_needed.html", request, {}, status=401)
    except NotFound:
        return aiohttp_jinja2.render_template("message.html", request, {"message": texts.CONSOLE["not_found"]},
                                              status=404)
    except UserError as exc:
        if request.method != "POST":
            return aiohttp_jinja2.render_template("message.html", request, {"message": str(exc)}, status=400)
        await flash(request, str(exc), error=True)
        raise web.HTTPSeeOther(back_to(request)) from None
