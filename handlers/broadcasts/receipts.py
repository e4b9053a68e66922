"""What members receive: the notice as a Telegram message, its 已阅 button, and the press of it.

`send_notice` is the one place a notice becomes a message (the admin's preview
uses it too, with a button that only explains itself); `render_job` is what the
outbox sender calls for each row. 已阅 counts only from the row's recipient.
"""

from __future__ import annotations

from dataclasses import dataclass

from telegram import Update
from telegram.error import TelegramError

from bot import texts
from bot.errors import PermissionDenied
from bot.outbox import Job
from handlers import menus
from handlers.buttons import ButtonData
from handlers.common import answer_query, member_only
from handlers.context import BotContext


@dataclass(frozen=True)
class ReadReceipt(ButtonData):
    """已阅 under a delivered notice: the recipient's outbox row."""

    prefix = "br"
    row_id: int


@dataclass(frozen=True)
class ReadPreview(ButtonData):
    """已阅 under the admin's preview of a draft: it only says what members will see."""

    prefix = "brp"
    draft_id: int


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
    receipt = ReadReceipt(job.receipt_row_id).pack() if job.receipt_row_id else None
    return await send_notice(bot, job.telegram_id, job.kind, job.body, job.file_id, receipt)


@member_only
async def read_preview_button(update: Update, context: BotContext) -> None:
    valid = ReadPreview.parse(update.callback_query.data) is not None
    await answer_query(update, texts.BC_READ_PREVIEW if valid else texts.BUTTON_EXPIRED)


@member_only
async def read_button(update: Update, context: BotContext) -> None:
    button = ReadReceipt.parse(update.callback_query.data)
    if button is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    try:
        result = await context.services.broadcasts.mark_read(update.effective_user.id, button.row_id)
    except PermissionDenied:
        await answer_query(update, texts.BC_READ_NOT_YOURS, alert=True)
        return
    await answer_query(update, texts.BC_READ_ALREADY if result.already else texts.BC_READ_THANKS)
    # The read is committed: the choice is made, so the button goes and the message says so.
    # (After the answer, not beside it: sent together, the two requests of every press in flight
    # kept twice the objects alive, and the garbage collector's work per press doubled.)
    await _show_read(update.callback_query.message)


async def _show_read(message) -> None:  # noqa: ANN001
    """The notice marked 已阅 and its button gone (marked already: only the button goes)."""
    try:
        media = message.caption is not None or message.photo or message.document
        body = (message.caption_html or "") if media else message.text_html
        if body.endswith(texts.BC_READ_MARK.strip()):
            await message.edit_reply_markup(None)
        elif media:
            await message.edit_caption(body + texts.BC_READ_MARK, reply_markup=None)
        else:
            await message.edit_text(body + texts.BC_READ_MARK, reply_markup=None)
    except TelegramError:  # too old to edit: the button stays and a press answers 已确认过
        pass
