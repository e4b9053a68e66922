"""Broadcasts (通知), Telegram side: /broadcast composing, live progress, report, 已阅, /broadcasts.

Composing steps in order: CONTENT → AUDIENCE → RECEIPT → PREVIEW → (TIME). The
draft row holds the step (bot/broadcasts.py); text, photos and files are read
here, buttons carry `bc:<draft id>:…`. Sending is the ticker's: it starts due
scheduled notices and drains the outbox through handlers/outbox_sender.py, then
edits the admin's progress message (`bp:` buttons 暂停 / 继续 / 取消发送 / 下载明细)
every [broadcasts].progress_seconds and sends the delivery report at the end.
Members confirm with 已阅 (`br:<outbox row>`); /broadcasts lists notices with
their counts (`bl:` buttons 未读名单 / 提醒未读 / 取消定时).
"""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import InputFile, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot import broadcasts as bc
from bot import texts
from handlers.context import BotContext
from bot.timeparse import format_when
from bot.broadcasts import Draft, Progress, Report
from bot.dialogs import Dialog
from bot.errors import NotFound, PermissionDenied, UserError
from bot.outbox import Job
from handlers import callbacks, jobs, menus, router
from handlers.common import admin_only, answer_query, button_errors, esc, member_only, reply, send_to
from handlers.outbox_sender import OutboxSender

log = logging.getLogger(__name__)
SELECTED = "✅ "
NAMES_SHOWN = 20


# --- what members receive -------------------------------------------------------------------------

def notice_text(kind: str, body: str) -> str:
    if kind == "reminder":
        return body
    if kind == "text":
        return texts.BC_NOTICE.format(body=body)
    return texts.BC_NOTICE_MEDIA.format(body=body).rstrip()


def receipt_markup(data: str | None):  # noqa: ANN201
    return menus.inline([[(texts.BC_READ_BUTTON, data)]]) if data else None


async def send_notice(bot, chat_id: int, kind: str, body: str, file_id: str | None, receipt: str | None) -> int:  # noqa: ANN001
    """The one place a notice becomes a Telegram message (the preview uses it too)."""
    text, markup = notice_text(kind, body), receipt_markup(receipt)
    if kind == "photo":
        message = await bot.send_photo(chat_id, file_id, caption=text, reply_markup=markup)
    elif kind == "document":
        message = await bot.send_document(chat_id, file_id, caption=text, reply_markup=markup)
    else:
        message = await bot.send_message(chat_id, text, reply_markup=markup)
    return message.message_id


async def render_job(bot, job: Job) -> int:  # noqa: ANN001
    receipt = callbacks.make("br", job.receipt_row_id) if job.receipt_row_id else None
    return await send_notice(bot, job.telegram_id, job.kind, job.body, job.file_id, receipt)


# --- composing ---------------------------------------------------------------------------------------

@admin_only
async def broadcast_command(update: Update, context: BotContext) -> None:
    await context.services.broadcasts.begin(update.effective_user.id)
    await reply(update, texts.BC_ASK_CONTENT, reply_markup=menus.remove_keyboard())


async def on_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    services = context.services
    member = context.member
    user_id = update.effective_user.id
    if member is None or not member.is_admin:  # demoted while composing
        await services.dialogs.clear(user_id, bc.FLOW)
        await reply(update, texts.NOT_ALLOWED)
        return
    draft_id = int(dialog.data.get("id", 0))
    message = update.effective_message
    try:
        if dialog.step == bc.CONTENT:
            if message.photo:
                draft = await services.broadcasts.set_content(
                    user_id, draft_id, "photo", message.caption_html or "", message.photo[-1].file_id)
            elif message.document is not None:
                draft = await services.broadcasts.set_content(
                    user_id, draft_id, "document", message.caption_html or "", message.document.file_id)
            elif message.text is not None:
                draft = await services.broadcasts.set_content(user_id, draft_id, "text", message.text_html)
            else:
                await reply(update, texts.BC_CONTENT_INVALID)
                return
            await show_audience(update, context, draft)
        elif dialog.step == bc.TIME:
            if message.text is None:
                await reply(update, texts.BC_TIME_INVALID)
                return
            draft = await services.broadcasts.schedule(user_id, draft_id, message.text)
            audience = await services.broadcasts.audience(draft.id)
            await reply(update, texts.BC_SCHEDULED.format(
                when=format_when(draft.scheduled_at, services.settings.timezone),
                label=esc(draft.audience_label), count=audience.total), reply_markup=menus.main_menu())
        else:
            await reply(update, texts.BC_NOT_TEXT_STEP)
    except UserError as exc:
        await reply(update, exc.text)
    except NotFound:
        await services.dialogs.clear(user_id, bc.FLOW)
        await reply(update, texts.BUTTON_EXPIRED)


async def on_cancel(update: Update, context: BotContext, dialog: Dialog) -> None:
    try:
        await context.services.broadcasts.discard(update.effective_user.id)
    except PermissionDenied:
        pass
    await reply(update, texts.BC_DISCARDED, reply_markup=menus.main_menu())


def _unreachable_note(audience: bc.Audience) -> str:
    missing = audience.unreachable
    if not missing:
        return ""
    names = "、".join(esc(r.name) for r in missing[:NAMES_SHOWN]) + ("…" if len(missing) > NAMES_SHOWN else "")
    return texts.BC_UNREACHABLE_NOTE.format(count=len(missing), names=names)


def _audience_view(context: BotContext, draft: Draft, audience: bc.Audience):  # noqa: ANN202
    settings = context.services.settings
    chosen = draft.audience

    def label(name: str, on: bool) -> str:
        return (SELECTED if on else "") + name

    def data(*parts: object) -> str:
        return callbacks.make("bc", draft.id, *parts)

    rows = [[(label(texts.BC_ALL, bool(chosen.get("all"))), data("t", "all")),
             (label(texts.BC_ONLY_ME, bool(chosen.get("me"))), data("t", "me"))]]
    rows += menus.grid([(label(name, name in chosen.get("committees", [])), data("t", "c", i))
                        for i, name in enumerate(settings.special_committees)], 2)
    rows += menus.grid([(label(name, name in chosen.get("sectors", [])), data("t", "s", i))
                        for i, name in enumerate(settings.sectors)], 3)
    rows.append([(texts.BC_NEXT, data("next")), (texts.CANCEL, data("x"))])
    text = texts.BC_ASK_AUDIENCE.format(label=esc(draft.audience_label), count=audience.total,
                                        unreachable=_unreachable_note(audience))
    return text, menus.inline(rows)


async def show_audience(update: Update, context: BotContext, draft: Draft, edit: bool = False) -> None:
    audience = await context.services.broadcasts.audience(draft.id)
    text, markup = _audience_view(context, draft, audience)
    if edit and update.callback_query is not None:
        try:
            await update.callback_query.message.edit_text(text, reply_markup=markup)
        except BadRequest as exc:
            if "not modified" not in str(exc).lower():
                raise
        return
    await reply(update, text, reply_markup=markup)


async def show_preview(update: Update, context: BotContext, draft: Draft) -> None:
    services = context.services
    audience = await services.broadcasts.audience(draft.id)
    await reply(update, texts.BC_PREVIEW_INTRO)
    await send_notice(context.bot, update.effective_chat.id, draft.kind, draft.body, draft.file_id,
                      callbacks.make("br", "p") if draft.needs_receipt else None)
    data = lambda *p: callbacks.make("bc", draft.id, *p)  # noqa: E731
    await reply(update, texts.BC_PREVIEW_CONFIRM.format(
        label=esc(draft.audience_label), count=audience.total, unreachable=_unreachable_note(audience),
        receipt=texts.BC_RECEIPT_YES if draft.needs_receipt else texts.BC_RECEIPT_NO),
        reply_markup=menus.inline([[(texts.BC_SEND_NOW, data("go")), (texts.BC_SEND_LATER, data("later"))],
                                   [(texts.CANCEL, data("x"))]]))


@admin_only
async def compose_button(update: Update, context: BotContext) -> None:
    _, parts = callbacks.parse(update.callback_query.data)
    draft_id = callbacks.int_part(parts, 0)
    action = parts[1] if len(parts) > 1 else ""
    services = context.services
    user_id = update.effective_user.id
    try:
        if draft_id is None:
            raise NotFound(None)
        if action == "t":
            group = parts[2] if len(parts) > 2 else ""
            draft = await services.broadcasts.toggle_audience(user_id, draft_id, group, callbacks.int_part(parts, 3))
            await answer_query(update)
            await show_audience(update, context, draft, edit=True)
        elif action == "next":
            draft = await services.broadcasts.confirm_audience(user_id, draft_id)
            await answer_query(update)
            await _close_keyboard(update)
            data = lambda *p: callbacks.make("bc", draft.id, *p)  # noqa: E731
            await reply(update, texts.BC_ASK_RECEIPT, reply_markup=menus.inline(
                [[(texts.BC_RECEIPT_YES, data("r", 1)), (texts.BC_RECEIPT_NO, data("r", 0))]]))
        elif action == "r":
            draft = await services.broadcasts.set_receipt(user_id, draft_id, parts[2:3] == ["1"])
            await answer_query(update)
            await _close_keyboard(update)
            await show_preview(update, context, draft)
        elif action == "go":
            started = await services.broadcasts.send_now(user_id, draft_id)
            await answer_query(update)
            await _close_keyboard(update)
            await announce_start(context.application, started.draft.id)
        elif action == "later":
            await services.broadcasts.ask_time(user_id, draft_id)
            await answer_query(update)
            await reply(update, texts.BC_ASK_TIME.format(zone=esc(str(services.settings.timezone))))
        elif action == "x":
            await services.broadcasts.discard(user_id, draft_id)
            await answer_query(update)
            await _close_keyboard(update)
            await reply(update, texts.BC_DISCARDED, reply_markup=menus.main_menu())
        else:
            raise NotFound(action)
    except UserError as exc:
        await answer_query(update, exc.text, alert=True)
    except NotFound:
        await answer_query(update, texts.BUTTON_EXPIRED)


async def _close_keyboard(update: Update) -> None:
    """A step's buttons go away once it is answered (a second press would be stale)."""
    try:
        await update.callback_query.message.edit_reply_markup(reply_markup=None)
    except TelegramError:
        pass


# --- progress, report, controls ------------------------------------------------------------------

def _count(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def eta_text(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return texts.BC_ETA_SECONDS.format(s=seconds)
    if seconds < 3600:
        return texts.BC_ETA_MINUTES.format(m=seconds // 60, s=seconds % 60)
    return texts.BC_ETA_HOURS.format(h=seconds // 3600, m=seconds % 3600 // 60)


def progress_view(p: Progress, rate: float):  # noqa: ANN202
    d = p.draft
    values = dict(title=esc(d.title), sent=_count(p.sent), total=_count(p.total), failed=_count(p.failed),
                  unreachable=_count(p.unreachable), left=_count(p.left))
    data = lambda action: callbacks.make("bp", d.id, action)  # noqa: E731
    if d.status == "done":
        return texts.BC_PROGRESS_DONE.format(**values), menus.inline([[(texts.BC_DOWNLOAD, data("xlsx"))]])
    if d.status == "cancelled":
        return texts.BC_PROGRESS_CANCELLED.format(**values), menus.inline([[(texts.BC_DOWNLOAD, data("xlsx"))]])
    if d.status == "paused":
        return texts.BC_PROGRESS_PAUSED.format(**values), menus.inline(
            [[(texts.BC_RESUME, data("resume")), (texts.BC_CANCEL, data("cancel"))]])
    eta = eta_text(p.left / rate if rate > 0 else 0)
    return texts.BC_PROGRESS.format(eta=eta, **values), menus.inline(
        [[(texts.BC_PAUSE, data("pause")), (texts.BC_CANCEL, data("cancel"))]])


async def edit_progress(application: Application, broadcast_id: int) -> None:
    services = application.bot_data["services"]
    p = await services.broadcasts.progress(broadcast_id)
    if p.progress_message_id is None:
        return
    text, markup = progress_view(p, services.pacer.rate)
    try:
        await application.bot.edit_message_text(text, chat_id=p.progress_chat_id, message_id=p.progress_message_id,
                                                 reply_markup=markup)
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            log.warning("could not edit progress of broadcast %s: %s", broadcast_id, exc)
    except TelegramError as exc:
        log.warning("could not edit progress of broadcast %s: %s", broadcast_id, exc)


async def announce_start(application: Application, broadcast_id: int) -> None:
    """The admin's live progress message, remembered on the broadcast so any process can edit it."""
    services = application.bot_data["services"]
    p = await services.broadcasts.progress(broadcast_id)
    text, markup = progress_view(p, services.pacer.rate)
    message_id = await send_to(_AppContext(application), p.draft.author_id, text, reply_markup=markup)
    if message_id is not None:
        await services.broadcasts.set_progress_message(broadcast_id, p.draft.author_id, message_id)


def report_text(report: Report) -> str:
    p = report.progress

    def names(items) -> str:  # noqa: ANN001
        if not items:
            return ""
        shown = "、".join(esc(o.name) for o in items[:NAMES_SHOWN]) + ("…" if len(items) > NAMES_SHOWN else "")
        return texts.BC_REPORT_NAMES.format(names=shown)

    failed_lines = "".join(texts.BC_REPORT_FAILURE.format(name=esc(o.name), reason=esc(o.error or "-"))
                           for o in report.failures[:NAMES_SHOWN])
    left = texts.BC_REPORT_LEFT.format(left=p.left) if p.draft.status == "cancelled" and p.left else ""
    return texts.BC_REPORT.format(title=esc(p.draft.title), label=esc(p.draft.audience_label), total=p.total,
                                  sent=p.sent, unreachable=p.unreachable, unreachable_names=names(report.unreachable),
                                  failed=p.failed, failed_lines=failed_lines, left_line=left)


async def send_report(application: Application, broadcast_id: int) -> None:
    services = application.bot_data["services"]
    if not await services.broadcasts.claim_report(broadcast_id):
        return
    report = await services.broadcasts.report(None, broadcast_id)
    if report.progress.draft.kind == "reminder":
        return
    markup = menus.inline([[(texts.BC_DOWNLOAD, callbacks.make("bp", broadcast_id, "xlsx"))]])
    try:
        await send_to(_AppContext(application), report.progress.draft.author_id, report_text(report),
                      reply_markup=markup)
    except TelegramError as exc:  # a 429 or a timeout: the next tick sends it
        log.warning("report of broadcast %s not sent yet: %s", broadcast_id, exc)
        await services.broadcasts.claim_report(broadcast_id, release=True)


async def after_batch(application: Application, touched: set[int], final: bool) -> None:
    """After each batch: finished broadcasts get their final edit and report; others an edit now and then."""
    services = application.bot_data["services"]
    every = timedelta(seconds=services.settings.broadcasts.progress_seconds)
    finished = set(await services.outbox.finish_done(touched))
    if final:  # a report that could not be sent before (a 429, a timeout) is tried again
        finished |= set(await services.broadcasts.unreported())
    for broadcast_id in sorted(touched | finished):
        if broadcast_id in finished:
            await services.broadcasts.progress_due(broadcast_id, every, force=True)
            await edit_progress(application, broadcast_id)
            await send_report(application, broadcast_id)
        elif await services.broadcasts.progress_due(broadcast_id, every):
            await edit_progress(application, broadcast_id)


@admin_only
@button_errors()
async def progress_button(update: Update, context: BotContext) -> None:
    _, parts = callbacks.parse(update.callback_query.data)
    broadcast_id = callbacks.int_part(parts, 0)
    action = parts[1] if len(parts) > 1 else ""
    services = context.services
    user_id = update.effective_user.id
    if broadcast_id is None:
        raise NotFound(None)
    if action == "xlsx":
        report = await services.broadcasts.report(user_id, broadcast_id)
        await answer_query(update)
        data = services.broadcasts.report_xlsx(report)
        await context.bot.send_document(
            update.effective_chat.id, InputFile(data, filename=texts.BC_XLSX_FILENAME.format(id=broadcast_id)),
            caption=texts.BC_XLSX_CAPTION.format(title=esc(report.progress.draft.title)))
        return
    draft = await services.broadcasts.control(user_id, broadcast_id, action)
    toast = {"pause": texts.BC_PAUSED, "resume": texts.BC_RESUMED, "cancel": texts.BC_CANCELLED_TOAST}[action]
    await answer_query(update, toast)
    await edit_progress(context.application, draft.id)
    if draft.status == "cancelled":
        await send_report(context.application, draft.id)


# --- receipts and the list ----------------------------------------------------------------------------

@member_only
async def read_button(update: Update, context: BotContext) -> None:
    _, parts = callbacks.parse(update.callback_query.data)
    if parts[:1] == ["p"]:
        await answer_query(update, texts.BC_READ_PREVIEW)
        return
    row_id = callbacks.int_part(parts, 0)
    try:
        if row_id is None:
            raise PermissionDenied(update.effective_user.id)
        result = await context.services.broadcasts.mark_read(update.effective_user.id, row_id)
    except PermissionDenied:
        await answer_query(update, texts.BC_READ_NOT_YOURS, alert=True)
        return
    await answer_query(update, texts.BC_READ_ALREADY if result.already else texts.BC_READ_THANKS)
    if not result.already:
        message = update.callback_query.message
        try:  # the button stays (pressing again is harmless); the mark shows it counted
            if message.caption is not None or message.photo or message.document:
                await message.edit_caption((message.caption_html or "") + texts.BC_READ_MARK,
                                           reply_markup=message.reply_markup)
            else:
                await message.edit_text(message.text_html + texts.BC_READ_MARK, reply_markup=message.reply_markup)
        except TelegramError:
            pass


def list_item(context: BotContext, p: Progress) -> tuple[str, object]:
    d = p.draft
    tz = context.services.settings.timezone
    when = texts.BC_LIST_SCHEDULED_AT.format(when=format_when(d.scheduled_at, tz)) if d.scheduled_at else ""
    read = texts.BC_LIST_READ.format(read=p.read, sent=p.sent) if d.needs_receipt else texts.BC_LIST_NO_RECEIPT
    counts = "" if d.status == "scheduled" else texts.BC_LIST_COUNTS.format(sent=p.sent, total=p.total, read=read)
    text = texts.BC_LIST_ITEM.format(id=d.id, title=esc(d.title), status=texts.BC_STATUS_NAMES.get(d.status, d.status),
                                     when=when, label=esc(d.audience_label), counts=counts)
    data = lambda action: callbacks.make("bl", d.id, action)  # noqa: E731
    buttons = []
    if d.needs_receipt and p.sent:
        buttons.append([(texts.BC_UNREAD_BUTTON, data("u")), (texts.BC_REMIND_BUTTON, data("r"))])
    if d.status == "scheduled":
        buttons.append([(texts.BC_CANCEL_SCHEDULED, data("x"))])
    if p.total and d.status not in ("scheduled",):
        buttons.append([(texts.BC_DOWNLOAD, callbacks.make("bp", d.id, "xlsx"))])
    return text, menus.inline(buttons) if buttons else None


@admin_only
async def broadcasts_command(update: Update, context: BotContext) -> None:
    items = await context.services.broadcasts.recent(update.effective_user.id)
    if not items:
        await reply(update, texts.BC_LIST_EMPTY)
        return
    await reply(update, texts.BC_LIST_HEADER.format(count=len(items)))
    for p in reversed(items):
        text, markup = list_item(context, p)
        await reply(update, text, reply_markup=markup)


@admin_only
@button_errors()
async def list_button(update: Update, context: BotContext) -> None:
    _, parts = callbacks.parse(update.callback_query.data)
    broadcast_id = callbacks.int_part(parts, 0)
    action = parts[1] if len(parts) > 1 else ""
    services = context.services
    user_id = update.effective_user.id
    if broadcast_id is None:
        raise NotFound(None)
    if action == "u":
        report = await services.broadcasts.report(user_id, broadcast_id)
        unread = report.unread
        await answer_query(update)
        if not unread:
            await reply(update, texts.BC_ALL_READ)
            return
        names = "、".join(esc(o.name) for o in unread)
        await reply(update, texts.BC_UNREAD_LIST.format(title=esc(report.progress.draft.title),
                                                         count=len(unread), names=names))
    elif action == "r":
        notice = await services.broadcasts.get(broadcast_id)
        if notice is None:
            raise NotFound(broadcast_id)
        started = await services.broadcasts.remind_unread(
            user_id, broadcast_id, texts.BC_REMINDER.format(title=esc(notice.title)))
        await answer_query(update, texts.BC_REMIND_STARTED.format(count=started.total))
        await reply(update, texts.BC_REMIND_STARTED.format(count=started.total))
    elif action == "x":
        await services.broadcasts.control(user_id, broadcast_id, "cancel")
        await answer_query(update, texts.BC_CANCELLED_TOAST)
        await reply(update, texts.BC_CANCELLED_TOAST)
    else:
        raise NotFound(action)


# --- the ticker -------------------------------------------------------------------------------------------

class _AppContext:
    """What handlers.common.send_to needs, outside an update."""

    def __init__(self, application: Application) -> None:
        self.application = application
        self.bot = application.bot

    @property
    def services(self):  # noqa: ANN201
        return self.application.bot_data["services"]


def sender(application: Application) -> OutboxSender:
    if "outbox_sender" not in application.bot_data:
        application.bot_data["outbox_sender"] = OutboxSender(application, render_job, after_batch)
    return application.bot_data["outbox_sender"]


async def tick(application: Application) -> None:
    """Start scheduled notices that are due, then drain the outbox (in the background in a running bot)."""
    services = application.bot_data["services"]
    # Every tick, busy or idle: the processes alive are known before a broadcast starts.
    services.pacer.share(await services.outbox.heartbeat(services.process_id))
    for started in await services.broadcasts.start_due():
        await announce_start(application, started.draft.id)
    outbox_sender = sender(application)
    if application.running:
        outbox_sender.start_background()
    else:  # tests and the scripted chat session: run_due returns when the due work is done
        await outbox_sender.drain()


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("broadcast", broadcast_command, filters=private))
    application.add_handler(CommandHandler("broadcasts", broadcasts_command, filters=private))
    application.add_handler(CallbackQueryHandler(compose_button, pattern=callbacks.pattern("bc")))
    application.add_handler(CallbackQueryHandler(progress_button, pattern=callbacks.pattern("bp")))
    application.add_handler(CallbackQueryHandler(read_button, pattern=callbacks.pattern("br")))
    application.add_handler(CallbackQueryHandler(list_button, pattern=callbacks.pattern("bl")))
    router.register_flow(bc.FLOW, on_message, on_cancel)
    jobs.register_ticker("broadcasts", tick)
