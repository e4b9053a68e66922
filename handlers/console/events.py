"""活动 in the console: upcoming and past events with attendance counts; an event's lists,
its leave requests to approve (the same service call as the bot's 同意 / 不同意 buttons, so
the member is told through the outbox) and its attendance sheet."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web

from bot import texts
from handlers.console.common import PREFIX, admin_of, done, services_of
from handlers.console.files import download


async def list_page(request: web.Request) -> web.StreamResponse:
    services, tid = services_of(request), admin_of(request).telegram_id
    return aiohttp_jinja2.render_template("events.html", request, {
        "upcoming": await services.events.upcoming(tid), "past": await services.console_lists.past_events(tid),
        "kinds": texts.EVENT_KIND_NAMES})


async def detail_page(request: web.Request) -> web.StreamResponse:
    event, rows = await services_of(request).events.attendance(admin_of(request).telegram_id,
                                                               int(request.match_info["eid"]))
    return aiohttp_jinja2.render_template("event.html", request, {
        "e": event, "rows": rows, "kinds": texts.EVENT_KIND_NAMES, "answers": texts.ANSWER_NAMES,
        "decisions": texts.LEAVE_DECISION_NAMES})


async def attendance_export(request: web.Request) -> web.StreamResponse:
    services, tid, eid = services_of(request), admin_of(request).telegram_id, int(request.match_info["eid"])
    data = await services.events.export_xlsx(tid, eid)
    return download(data, services.events.attendance_filename(await services.events.admin_view(tid, eid)))


async def decide_leave(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    approve = form.get("approve") == "1"
    decision = await services_of(request).events.decide_leave(admin_of(request).telegram_id,
                                                               int(request.match_info["aid"]), approve)
    message = texts.CONSOLE["leave_approved" if approve else "leave_rejected"].format(name=decision.attendance.name)
    if not decision.changed:
        message = texts.CONSOLE["leave_already"]
    return await done(request, message, f"{PREFIX}/events/{request.match_info['eid']}")
