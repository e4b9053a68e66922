"""社情民意 in the console: the filtered, paged table, an item's page (text, attachments,
history) and its actions (status change with note, 批示, reply), and the exports.

The table and the downloads read the same `ExportFilter` (bot/console/filters.py), and the
actions call the review service the bot's buttons call, so the member is told through the
outbox exactly as when an admin acts in Telegram.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import aiohttp_jinja2
from aiohttp import web

from bot import texts
from bot.console.filters import PER_PAGE, ConsoleQuery, console_filter
from bot.errors import NotFound
from handlers.console.common import PREFIX, admin_of, bot_of, done, services_of
from handlers.console.files import download


def _filter(request: web.Request, query: ConsoleQuery):  # noqa: ANN202
    services = services_of(request)
    return console_filter(services.export, query, services.settings.sectors, services.settings.special_committees)


async def list_page(request: web.Request) -> web.StreamResponse:
    services = services_of(request)
    query = ConsoleQuery.of(request.query)
    page = await services.submissions.review_list(admin_of(request).telegram_id, _filter(request, query),
                                                  query.page, PER_PAGE)
    return aiohttp_jinja2.render_template("submissions.html", request, {
        "query": query, "page": page, "statuses": services.export.status_choices,
        "categories": services.submissions.categories, "sectors": services.settings.sectors,
        "committees": services.settings.special_committees, "sub_status": texts.SUB_STATUS_NAMES})


async def export(request: web.Request) -> web.StreamResponse:
    services = services_of(request)
    fmt = request.match_info["fmt"]
    flt = _filter(request, ConsoleQuery.of(request.query))
    with tempfile.TemporaryDirectory() as tmp:
        result = await services.export.export(fmt, flt, Path(tmp) / f"export.{fmt}",
                                              actor=admin_of(request).telegram_id)
        data = result.path.read_bytes()
    return download(data, result.filename)


async def detail_page(request: web.Request) -> web.StreamResponse:
    services = services_of(request)
    view = await services.submissions.view_admin(admin_of(request).telegram_id, int(request.match_info["sid"]))
    return aiohttp_jinja2.render_template("submission.html", request, {
        "s": view, "next": services.submissions.allowed_next(view.status), "sub_status": texts.SUB_STATUS_NAMES,
        "fields": texts.SUB_FIELD_NAMES})


async def attachment(request: web.Request) -> web.StreamResponse:
    """An attachment, fetched through the bot's file API (it is stored only at Telegram)."""
    services = services_of(request)
    view = await services.submissions.view_admin(admin_of(request).telegram_id, int(request.match_info["sid"]))
    found = next((a for a in view.attachments if a.id == int(request.match_info["aid"])), None)
    if found is None:
        raise NotFound(request.match_info["aid"])
    file = await bot_of(request).get_file(found.file_id)
    return download(bytes(await file.download_as_bytearray()), found.name or Path(file.file_path or "file").name)


def _page_of(request: web.Request) -> str:
    return f"{PREFIX}/submissions/{request.match_info['sid']}"


async def change_status(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    change = await services_of(request).submissions.change_status(
        admin_of(request).telegram_id, int(request.match_info["sid"]), str(form.get("to", "")),
        note=str(form.get("note", "")))
    return await done(request, _told(texts.CONSOLE["status_changed"].format(
        status=texts.SUB_STATUS_NAMES.get(change.to_status, change.to_status)), change.member_told), _page_of(request))


async def instruct(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    change = await services_of(request).submissions.change_status(
        admin_of(request).telegram_id, int(request.match_info["sid"]), "instructed",
        leader=str(form.get("leader", "")), instruction=str(form.get("instruction", "")))
    return await done(request, _told(texts.CONSOLE["instructed"], change.member_told), _page_of(request))


async def reply(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    change = await services_of(request).submissions.add_note(
        admin_of(request).telegram_id, int(request.match_info["sid"]), str(form.get("note", "")))
    return await done(request, _told(texts.CONSOLE["replied"], change.member_told), _page_of(request))


def _told(message: str, member_told: bool) -> str:
    return message + (texts.CONSOLE["member_told"] if member_told else texts.CONSOLE["member_not_told"])
