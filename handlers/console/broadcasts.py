"""通知 in the console: recent broadcasts with delivered / read / failed / unreachable counts,
one broadcast's unread list, and 提醒未读 (the same service call as the bot's button)."""

from __future__ import annotations

import html

import aiohttp_jinja2
from aiohttp import web

from bot import texts
from bot.errors import NotFound
from handlers.console.common import PREFIX, admin_of, done, services_of

LIST_LIMIT = 30


async def list_page(request: web.Request) -> web.StreamResponse:
    items = await services_of(request).broadcasts.recent(admin_of(request).telegram_id, LIST_LIMIT)
    return aiohttp_jinja2.render_template("broadcasts.html", request, {
        "items": items, "statuses": texts.BC_STATUS_NAMES})


async def detail_page(request: web.Request) -> web.StreamResponse:
    report = await services_of(request).broadcasts.report(admin_of(request).telegram_id,
                                                          int(request.match_info["bid"]))
    return aiohttp_jinja2.render_template("broadcast.html", request, {
        "r": report, "p": report.progress, "statuses": texts.BC_STATUS_NAMES, "states": texts.BC_STATE_NAMES})


async def remind(request: web.Request) -> web.StreamResponse:
    services, bid = services_of(request), int(request.match_info["bid"])
    notice = await services.broadcasts.get(bid)
    if notice is None:
        raise NotFound(bid)
    started = await services.broadcasts.remind_unread(admin_of(request).telegram_id, bid,
                                                      texts.BC_REMINDER.format(title=html.escape(notice.title)))
    return await done(request, texts.BC_REMIND_STARTED.format(count=started.total), f"{PREFIX}/broadcasts/{bid}")
