"""知识库 in the console: documents (upload, remove), FAQ pairs (add, edit, remove), questions
members handed to staff (with the reply, sent through the outbox as from the bot) and the
questions the bot declined. Every change goes through the Q&A service the bot's /kb uses."""

from __future__ import annotations

from urllib.parse import unquote

import aiohttp_jinja2
from aiohttp import web

from bot import texts
from bot.errors import UserError
from handlers.console.common import PREFIX, admin_of, done, services_of

PAGE = f"{PREFIX}/knowledge"


async def page(request: web.Request) -> web.StreamResponse:
    services, tid = services_of(request), admin_of(request).telegram_id
    return aiohttp_jinja2.render_template("knowledge.html", request, {
        "documents": await services.qa.documents(), "faqs": await services.qa.list_faqs(),
        "handed": await services.console_lists.handed_questions(tid),
        "declined": await services.console_lists.declined_questions(tid),
        "max_mb": services.settings.qa.max_upload_mb})


async def upload(request: web.Request) -> web.StreamResponse:
    """A document in a multipart body, read as a stream (the server's body limit is for small forms)."""
    services = services_of(request)
    limit = services.settings.qa.max_upload_mb * 1024 * 1024
    reader = await request.multipart()
    name, data = "", b""
    while (part := await reader.next()) is not None:
        if part.name == "file" and part.filename:
            # Some clients send the name RFC 5987-encoded (filename*=UTF-8''…), browsers as UTF-8.
            name, chunks, size = unquote(part.filename), [], 0
            while chunk := await part.read_chunk():
                size += len(chunk)
                if size > limit:  # stop reading here; the service refuses such a file anyway
                    raise UserError(texts.CONSOLE["upload_too_large"].format(mb=services.settings.qa.max_upload_mb))
                chunks.append(chunk)
            data = b"".join(chunks)
    if not name:
        raise UserError(texts.CONSOLE["upload_missing"])
    doc = await services.qa.add_document(admin_of(request).telegram_id, name, data)
    return await done(request, texts.CONSOLE["document_added"].format(name=doc.name, passages=doc.passages), PAGE)


async def remove_document(request: web.Request) -> web.StreamResponse:
    await services_of(request).qa.remove_document(admin_of(request).telegram_id, int(request.match_info["doc"]))
    return await done(request, texts.CONSOLE["document_removed"], PAGE)


async def add_faq(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    await services_of(request).qa.add_faq(admin_of(request).telegram_id, str(form.get("question", "")),
                                          str(form.get("answer", "")))
    return await done(request, texts.CONSOLE["faq_added"], PAGE)


async def edit_faq(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    await services_of(request).qa.edit_faq(admin_of(request).telegram_id, int(request.match_info["fid"]),
                                           str(form.get("question", "")), str(form.get("answer", "")))
    return await done(request, texts.CONSOLE["faq_edited"], PAGE)


async def remove_faq(request: web.Request) -> web.StreamResponse:
    await services_of(request).qa.remove_faq(admin_of(request).telegram_id, int(request.match_info["fid"]))
    return await done(request, texts.CONSOLE["faq_removed"], PAGE)


async def reply_forward(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    await services_of(request).qa.reply(admin_of(request).telegram_id, int(request.match_info["fwd"]),
                                        str(form.get("reply", "")))
    return await done(request, texts.CONSOLE["forward_replied"], PAGE)
