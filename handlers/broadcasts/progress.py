"""The admin's live progress message, its controls (暂停 / 继续 / 取消发送 / 下载明细) and the end report.

The progress message is remembered on the broadcast so any process can edit
it; `after_batch` is the outbox sender's hook: finished broadcasts get their
final edit and report, others an edit every [broadcasts].progress_seconds.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from telegram import InputFile, Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application

from bot import texts
from bot.broadcasts.public import Progress, Report
from handlers import menus
from handlers.buttons import ButtonData
from handlers.common import admin_only, answer_query, button_errors, esc
from handlers.context import BotContext

log = logging.getLogger(__name__)
NAMES_SHOWN = 20
CONTROL_TOASTS = {"pause": texts.BC_PAUSED, "resume": texts.BC_RESUMED, "cancel": texts.BC_CANCELLED_TOAST}


@dataclass(frozen=True)
class BroadcastControl(ButtonData):
    """A button of the progress message or the list: pause, resume, cancel, or xlsx (下载明细)."""

    prefix = "bp"
    broadcast_id: int
    action: str = field(metadata={"example": "resume"})

    def __post_init__(self) -> None:
        if self.action not in (*CONTROL_TOASTS, "xlsx"):
            raise ValueError(self.action)


def _count(n: int) -> str:
    return f"{n:,}".replace(",", " ")


def eta_text(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return texts.BC_ETA_SECONDS.format(s=seconds)
    if seconds < 3600:
        return texts.BC_ETA_MINUTES.format(m=seconds // 60, s=seconds % 60)
    return texts.BC_ETA_HOURS.format(h=seconds // 3600, m=seconds % 3600 // 60)


def download_button(broadcast_id: int) -> tuple[str, str]:
    return texts.BC_DOWNLOAD, BroadcastControl(broadcast_id, "xlsx").pack()


def progress_view(p: Progress, rate: float):  # noqa: ANN202
    d = p.draft
    values = dict(title=esc(d.title), sent=_count(p.sent), total=_count(p.total), failed=_count(p.failed),
                  unreachable=_count(p.unreachable), left=_count(p.left))
    data = lambda action: BroadcastControl(d.id, action).pack()  # noqa: E731
    if d.status == "done":
        return texts.BC_PROGRESS_DONE.format(**values), menus.inline([[download_button(d.id)]])
    if d.status == "cancelled":
        return texts.BC_PROGRESS_CANCELLED.format(**values), menus.inline([[download_button(d.id)]])
    if d.status == "paused":
        return texts.BC_PROGRESS_PAUSED.format(**values), menus.inline(
            [[(texts.BC_RESUME, data("resume")), (texts.BC_CANCEL, data("cancel"))]])
    eta = eta_text(p.left / rate if rate > 0 else 0)
    return texts.BC_PROGRESS.format(eta=eta, **values), menus.inline(
        [[(texts.BC_PAUSE, data("pause")), (texts.BC_CANCEL, data("cancel"))]])


async def send_to_author(application: Application, telegram_id: int, text: str, markup) -> int | None:  # noqa: ANN001
    """The author's progress message or report, sent directly (its message id is kept to edit it);
    None when the author cannot be reached. Not yet an outbox notice: see README, Broadcasts."""
    services = application.bot_data["services"]
    member = await services.members.get(telegram_id)
    if member is not None and not member.can_receive:
        return None
    try:
        return (await application.bot.send_message(telegram_id, text, reply_markup=markup)).message_id
    except Forbidden:
        await services.members.mark_unreachable(telegram_id)
        return None
    except BadRequest as exc:
        if "chat not found" in str(exc).lower():
            return None
        raise


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
    message_id = await send_to_author(application, p.draft.author_id, text, markup)
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
    markup = menus.inline([[download_button(broadcast_id)]])
    try:
        await send_to_author(application, report.progress.draft.author_id, report_text(report), markup)
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
    button = BroadcastControl.parse(update.callback_query.data)
    if button is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    services = context.services
    user_id = update.effective_user.id
    if button.action == "xlsx":
        report = await services.broadcasts.report(user_id, button.broadcast_id)
        await answer_query(update)
        data = services.broadcasts.report_xlsx(report)
        await context.bot.send_document(
            update.effective_chat.id,
            InputFile(data, filename=texts.BC_XLSX_FILENAME.format(id=button.broadcast_id)),
            caption=texts.BC_XLSX_CAPTION.format(title=esc(report.progress.draft.title)))
        return
    draft = await services.broadcasts.control(user_id, button.broadcast_id, button.action)
    await answer_query(update, CONTROL_TOASTS[button.action])
    await edit_progress(context.application, draft.id)
    if draft.status == "cancelled":
        await send_report(context.application, draft.id)
