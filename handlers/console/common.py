"""What the console's page modules share: the services, the acting admin, the CSRF token,
and the answer to a POST (a one-time message and 303)."""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

import aiohttp_session
from aiohttp import web

from handlers import send_now

PREFIX = "/admin"
ADMIN = web.RequestKey("console_admin", object)  # the MemberInfo `guard` found for this request


def services_of(request: web.Request):  # noqa: ANN201
    return request.config_dict["bot_application"].bot_data["services"]


def bot_of(request: web.Request):  # noqa: ANN201
    return request.config_dict["bot_application"].bot


def admin_of(request: web.Request):  # noqa: ANN201
    """The admin this request acts for (set by `guard`)."""
    return request[ADMIN]


def csrf_of(session: aiohttp_session.Session) -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(24)
    return session["csrf"]


def back_to(request: web.Request) -> str:
    """The console page the form was on (only a path of ours: never another site)."""
    referer = urlsplit(request.headers.get("Referer", ""))
    if referer.path.startswith(PREFIX + "/"):
        return referer.path + (f"?{referer.query}" if referer.query else "")
    return PREFIX + "/"


async def flash(request: web.Request, message: str, error: bool = False) -> None:
    """A one-time message shown on the next page (after the 303 of a POST)."""
    session = await aiohttp_session.get_session(request)
    session["flash"] = {"text": message, "error": error}


async def done(request: web.Request, message: str, to: str) -> web.StreamResponse:
    """The answer to a successful POST: the notices it queued sent now (as a Telegram button does),
    a message for the next page, and 303 to `to`."""
    await send_now.kick(request.config_dict["bot_application"])
    await flash(request, message)
    raise web.HTTPSeeOther(to)
