"""/broadcast, Telegram side: composing a notice step by step.

Steps in order: CONTENT → AUDIENCE → RECEIPT → PREVIEW → (TIME → TIME_OK, the time echoed
with its date and zone, scheduled on 确认). The draft row
holds the step (bot/broadcasts/compose.py); text, photos and files are read
here, and each step's buttons are a typed kind below carrying the draft id.
A step's buttons go away once it is answered.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from telegram import Update
from telegram.error import BadRequest, TelegramError

from bot.broadcasts import public as bc
from bot import texts
from bot.broadcasts.public import Draft
from bot.dialogs import Dialog
from bot.errors import NotFound, PermissionDenied, UserError
from bot.timeparse import format_when_zoned, zone_name
from handlers import menus
from handlers.broadcasts.progress import NAMES_SHOWN, announce_start
from handlers.broadcasts.receipts import ReadPreview, send_notice
from handlers.buttons import ButtonData
from handlers.common import admin_only, answer_query, button_errors, esc, reply
from handlers.context import BotContext
from handlers.time_echo import confirm_buttons, is_current

SELECTED = "✅ "
STEPS = ("next", "go", "later", "ok", "re", "x")  # 下一步, 立即发送, 定时发送, 确认 / 重新输入 the time, 取消
GROUPS = ("all", "me", "c", "s")  # 全体委员, 仅发给我, a 专委会 by index, a 界别 by index


@dataclass(frozen=True)
class ComposeStep(ButtonData):
    """A step button of the draft: next (audience chosen), go, later (ask the time), ok / re
    (the echoed time confirmed / to be typed again), or x (discard)."""

    prefix = "bc"
    draft_id: int
    action: str = field(metadata={"example": "later"})

    def __post_init__(self) -> None:
        if self.action not in STEPS:
            raise ValueError(self.action)


@dataclass(frozen=True)
class AudienceToggle(ButtonData):
    """One audience choice switched on or off; `index` picks the committee or sector."""

    prefix = "bca"
    draft_id: int
    group: str = field(metadata={"example": "all"})
    index: int | None = None

    def __post_init__(self) -> None:
        if self.group not in GROUPS:
            raise ValueError(self.group)


@dataclass(frozen=True)
class ReceiptChoice(ButtonData):
    """需要回执 or not."""

    prefix = "bcr"
    draft_id: int
    needs_receipt: bool


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
        elif dialog.step in (bc.TIME, bc.TIME_OK):
            if message.text is None:
                await reply(update, texts.BC_TIME_INVALID)
                return
            draft = await services.broadcasts.propose_time(user_id, draft_id, message.text)
            await reply(update, _time_echo(context, draft), reply_markup=confirm_buttons(
                ComposeStep(draft.id, "ok").pack(), ComposeStep(draft.id, "re").pack()))
        else:
            await reply(update, texts.BC_NOT_TEXT_STEP)
    except UserError as exc:
        await reply(update, esc(exc.text))  # the parser's reasons are plain sentences
    except NotFound:
        await services.dialogs.clear(user_id, bc.FLOW)
        await reply(update, texts.BUTTON_EXPIRED)


def _time_echo(context: BotContext, draft: Draft) -> str:
    return texts.BC_CONFIRM_TIME.format(when=format_when_zoned(draft.scheduled_at, context.services.settings.timezone))


async def on_cancel(update: Update, context: BotContext, dialog: Dialog) -> None:
    try:
        await context.services.broadcasts.discard(update.effective_user.id)
    except PermissionDenied:
        pass
    await reply(update, texts.BC_DISCARDED, reply_markup=menus.menu_for(context.member))


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

    def toggle(group: str, index: int | None = None) -> str:
        return AudienceToggle(draft.id, group, index).pack()

    rows = [[(label(texts.BC_ALL, bool(chosen.get("all"))), toggle("all")),
             (label(texts.BC_ONLY_ME, bool(chosen.get("me"))), toggle("me"))]]
    rows += menus.grid([(label(name, name in chosen.get("committees", [])), toggle("c", i))
                        for i, name in enumerate(settings.special_committees)], 2)
    rows += menus.grid([(label(name, name in chosen.get("sectors", [])), toggle("s", i))
                        for i, name in enumerate(settings.sectors)], 3)
    rows.append([(texts.BC_NEXT, ComposeStep(draft.id, "next").pack()),
                 (texts.CANCEL, ComposeStep(draft.id, "x").pack())])
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
                      ReadPreview(draft.id).pack() if draft.needs_receipt else None)
    step = lambda action: ComposeStep(draft.id, action).pack()  # noqa: E731
    await reply(update, texts.BC_PREVIEW_CONFIRM.format(
        label=esc(draft.audience_label), count=audience.total, unreachable=_unreachable_note(audience),
        receipt=texts.BC_RECEIPT_YES if draft.needs_receipt else texts.BC_RECEIPT_NO),
        reply_markup=menus.inline([[(texts.BC_SEND_NOW, step("go")), (texts.BC_SEND_LATER, step("later"))],
                                   [(texts.CANCEL, step("x"))]]))


async def _close_keyboard(update: Update) -> None:
    """A step's buttons go away once it is answered (a second press would be stale)."""
    try:
        await update.callback_query.message.edit_reply_markup(reply_markup=None)
    except TelegramError:
        pass


@admin_only
@button_errors()
async def audience_button(update: Update, context: BotContext) -> None:
    button = AudienceToggle.parse(update.callback_query.data)
    if button is None:
        raise NotFound(None)
    draft = await context.services.broadcasts.toggle_audience(
        update.effective_user.id, button.draft_id, button.group, button.index)
    await answer_query(update)
    await show_audience(update, context, draft, edit=True)


@admin_only
@button_errors()
async def receipt_button(update: Update, context: BotContext) -> None:
    button = ReceiptChoice.parse(update.callback_query.data)
    if button is None:
        raise NotFound(None)
    draft = await context.services.broadcasts.set_receipt(update.effective_user.id, button.draft_id,
                                                          button.needs_receipt)
    await answer_query(update)
    await _close_keyboard(update)
    await show_preview(update, context, draft)


@admin_only
@button_errors()
async def step_button(update: Update, context: BotContext) -> None:
    button = ComposeStep.parse(update.callback_query.data)
    if button is None:
        raise NotFound(None)
    services = context.services
    user_id, draft_id = update.effective_user.id, button.draft_id
    if button.action == "next":
        draft = await services.broadcasts.confirm_audience(user_id, draft_id)
        await answer_query(update)
        await _close_keyboard(update)
        await reply(update, texts.BC_ASK_RECEIPT, reply_markup=menus.inline(
            [[(texts.BC_RECEIPT_YES, ReceiptChoice(draft.id, True).pack()),
              (texts.BC_RECEIPT_NO, ReceiptChoice(draft.id, False).pack())]]))
    elif button.action == "go":
        started = await services.broadcasts.send_now(user_id, draft_id)
        await answer_query(update)
        await _close_keyboard(update)
        await announce_start(context.application, started.draft.id)
    elif button.action in ("later", "re"):
        await services.broadcasts.ask_time(user_id, draft_id)
        await answer_query(update)
        if button.action == "re":
            await _close_keyboard(update)
        await reply(update, texts.BC_ASK_TIME.format(zone=zone_name(services.settings.timezone)))
    elif button.action == "ok":
        proposed = await services.broadcasts.get(draft_id)
        if proposed is None or proposed.scheduled_at is None or not is_current(update, _time_echo(context, proposed)):
            await _close_keyboard(update)  # an older echo: a newer time was typed since
            raise NotFound(draft_id)
        draft = await services.broadcasts.confirm_time(user_id, draft_id)
        await answer_query(update)
        await _close_keyboard(update)
        audience = await services.broadcasts.audience(draft.id)
        await reply(update, texts.BC_SCHEDULED.format(
            when=format_when_zoned(draft.scheduled_at, services.settings.timezone),
            label=esc(draft.audience_label), count=audience.total), reply_markup=menus.menu_for(context.member))
    else:  # "x": the draft is dropped
        await services.broadcasts.discard(user_id, draft_id)
        await answer_query(update)
        await _close_keyboard(update)
        await reply(update, texts.BC_DISCARDED, reply_markup=menus.menu_for(context.member))
