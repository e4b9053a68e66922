"""/broadcasts, Telegram side: the latest notices with their counts and buttons.

Each notice offers 未读名单 and 提醒未读 (when it asked for 已阅), 取消定时 (when
scheduled) and 下载明细 (the progress message's own button kind).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from telegram import Update

from bot import texts
from bot.broadcasts.public import Progress
from bot.errors import NotFound
from bot.timeparse import format_when
from handlers import menus
from handlers.broadcasts.progress import download_button
from handlers.buttons import ButtonData
from handlers.common import admin_only, answer_query, button_errors, esc, reply
from handlers.context import BotContext

ACTIONS = ("u", "r", "x")  # 未读名单 (unread list), 提醒未读 (remind), 取消定时 (cancel the scheduled one)


@dataclass(frozen=True)
class ListAction(ButtonData):
    """A button under one notice of /broadcasts."""

    prefix = "bl"
    broadcast_id: int
    action: str = field(metadata={"example": "u"})

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(self.action)


def list_item(context: BotContext, p: Progress) -> tuple[str, object]:
    d = p.draft
    tz = context.services.settings.timezone
    when = texts.BC_LIST_SCHEDULED_AT.format(when=format_when(d.scheduled_at, tz)) if d.scheduled_at else ""
    read = texts.BC_LIST_READ.format(read=p.read, sent=p.sent) if d.needs_receipt else texts.BC_LIST_NO_RECEIPT
    counts = "" if d.status == "scheduled" else texts.BC_LIST_COUNTS.format(sent=p.sent, total=p.total, read=read)
    text = texts.BC_LIST_ITEM.format(id=d.id, title=esc(d.title), status=texts.BC_STATUS_NAMES.get(d.status, d.status),
                                     when=when, label=esc(d.audience_label), counts=counts)
    data = lambda action: ListAction(d.id, action).pack()  # noqa: E731
    buttons = []
    if d.needs_receipt and p.sent:
        buttons.append([(texts.BC_UNREAD_BUTTON, data("u")), (texts.BC_REMIND_BUTTON, data("r"))])
    if d.status == "scheduled":
        buttons.append([(texts.BC_CANCEL_SCHEDULED, data("x"))])
    if p.total and d.status not in ("scheduled",):
        buttons.append([download_button(d.id)])
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
    button = ListAction.parse(update.callback_query.data)
    if button is None:
        raise NotFound(None)
    services = context.services
    user_id, broadcast_id = update.effective_user.id, button.broadcast_id
    if button.action == "u":
        report = await services.broadcasts.report(user_id, broadcast_id)
        unread = report.unread
        await answer_query(update)
        if not unread:
            await reply(update, texts.BC_ALL_READ)
            return
        names = "、".join(esc(o.name) for o in unread)
        await reply(update, texts.BC_UNREAD_LIST.format(title=esc(report.progress.draft.title),
                                                         count=len(unread), names=names))
    elif button.action == "r":
        notice = await services.broadcasts.get(broadcast_id)
        if notice is None:
            raise NotFound(broadcast_id)
        started = await services.broadcasts.remind_unread(
            user_id, broadcast_id, texts.BC_REMINDER.format(title=esc(notice.title)))
        await answer_query(update, texts.BC_REMIND_STARTED.format(count=started.total))
        await reply(update, texts.BC_REMIND_STARTED.format(count=started.total))
    else:  # "x": 取消定时
        await services.broadcasts.control(user_id, broadcast_id, "cancel")
        await answer_query(update, texts.BC_CANCELLED_TOAST)
        await reply(update, texts.BC_CANCELLED_TOAST)
