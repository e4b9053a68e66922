"""Logging in to the console with the one-time link from /web, and 退出.

GET of the link only shows the 进入管理台 page (a link-preview fetcher must not use it up);
its same-origin POST uses the link, starts the session and answers 303 to the overview.
"""

from __future__ import annotations

import aiohttp_jinja2
import aiohttp_session
from aiohttp import web

from bot import texts
from bot.errors import UserError
from handlers.console.common import PREFIX, csrf_of, flash, services_of


async def login_page(request: web.Request) -> web.StreamResponse:
    token = request.match_info["token"]
    problem = await services_of(request).console_login.link_problem(token)
    session = await aiohttp_session.get_session(request)
    if problem:
        return aiohttp_jinja2.render_template("message.html", request, {"message": problem}, status=410)
    csrf_of(session)
    return aiohttp_jinja2.render_template("login.html", request, {"token": token})


async def login_use(request: web.Request) -> web.StreamResponse:
    try:
        admin = await services_of(request).console_login.use_link(request.match_info["token"])
    except UserError as exc:
        return aiohttp_jinja2.render_template("message.html", request, {"message": str(exc)}, status=410)
    session = await aiohttp_session.new_session(request)  # a new session: nothing of before carries over
    session["tid"] = admin.telegram_id
    csrf_of(session)
    await flash(request, texts.CONSOLE["welcome"].format(name=admin.display_name))
    raise web.HTTPSeeOther(PREFIX + "/")


async def logout(request: web.Request) -> web.StreamResponse:
    session = await aiohttp_session.get_session(request)
    session.invalidate()
    return aiohttp_jinja2.render_template("message.html", request, {"message": texts.CONSOLE["logged_out"]})
