"""/start, /help and the registration flow, Telegram side; approval buttons for admins.

Steps in order: 姓名 → 界别 → 专委会 → 手机 (optional). The step is stored by
bot/registration.py with each answer; this module only asks and renders.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from telegram import Update

from bot import registration as reg
from bot import texts
from handlers.context import BotContext
from bot.dialogs import Dialog
from bot.members import MemberInfo
from bot.registration import Progress
from handlers import menus, roster, send_now
from handlers.buttons import ButtonData
from handlers.common import admin_only, answer_query, esc, reply

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RegistrationChoice(ButtonData):
    """A 界别 (step "s") or 专委会 (step "c") option: its index in the configured list, or "none"."""

    prefix = "reg"
    step: str = field(metadata={"example": "s"})
    choice: str = field(metadata={"example": "none"})


@dataclass(frozen=True)
class DecisionButton(ButtonData):
    """An admin's 通过 ("ok") or 拒绝 ("no") on a registration request."""

    prefix = "mem"
    verdict: str = field(metadata={"example": "ok"})
    member_id: int


# --- /start --------------------------------------------------------------------------------

async def start(update: Update, context: BotContext) -> None:
    if update.effective_chat.type != "private":
        return
    services = context.services
    member: MemberInfo = context.member
    if context.args and await roster.start_with_link(update, context, context.args[0]):
        return  # a personal roster link: bound (or why not) without the registration form
    if member.is_admin:
        await services.dialogs.clear(member.telegram_id, reg.FLOW)
        await menus.set_chat_commands(context.bot, member.telegram_id, admin=True)
        await reply(update, texts.WELCOME_ADMIN.format(name=esc(member.display_name)),
                    reply_markup=menus.main_menu(admin=True))
        await show_pending_requests(update, context)
        return
    if member.status == "active":
        await reply(update, texts.WELCOME_BACK.format(name=esc(member.display_name)), reply_markup=menus.main_menu())
        return
    if member.status != "registering":
        refusal = {"pending": texts.ALREADY_PENDING, "blocked": texts.ACCOUNT_BLOCKED}
        await reply(update, refusal.get(member.status, texts.ACCOUNT_REJECTED), reply_markup=menus.remove_keyboard())
        return
    code = context.args[0] if context.args else None
    progress = await services.registration.begin(member, code)
    if progress.invite_problem:
        await reply(update, texts.INVITE_INVALID.format(reason=progress.invite_problem))
    elif progress.via_invite:
        await reply(update, texts.INVITE_ACCEPTED)
    if progress.step == reg.NAME and not member.name:
        await reply(update, texts.WELCOME_NEW.format(bot_name=esc(services.settings.bot_name),
                                                     committee=esc(services.settings.committee)),
                    reply_markup=menus.remove_keyboard())
        return
    await reply(update, texts.RESUME_REGISTRATION)
    await ask_step(update, context, progress.step)


async def ask_step(update: Update, context: BotContext, step: str | None) -> None:
    settings = context.services.settings
    if step == reg.NAME:
        await reply(update, texts.ASK_NAME, reply_markup=menus.remove_keyboard())
    elif step == reg.SECTOR:
        buttons = [(name, RegistrationChoice("s", str(i)).pack()) for i, name in enumerate(settings.sectors)]
        await reply(update, texts.ASK_SECTOR, reply_markup=menus.inline(menus.grid(buttons, 3)))
    elif step == reg.COMMITTEE:
        buttons = [(name, RegistrationChoice("c", str(i)).pack())
                   for i, name in enumerate(settings.special_committees)]
        buttons.append((texts.NONE_CHOICE, RegistrationChoice("c", "none").pack()))
        await reply(update, texts.ASK_COMMITTEE, reply_markup=menus.inline(menus.grid(buttons, 2)))
    elif step == reg.PHONE:
        await reply(update, texts.ASK_PHONE, reply_markup=menus.phone_keyboard())


async def registration_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    """A message while registering: the answer to the current step."""
    message = update.effective_message
    step = dialog.step
    if step == reg.PHONE:
        if message.contact is not None:
            if message.contact.user_id != update.effective_user.id:
                await reply(update, texts.PHONE_NOT_OWN, reply_markup=menus.phone_keyboard())
                return
            value = message.contact.phone_number
        elif message.text is not None and message.text.strip() == texts.SKIP:
            value = None
        elif message.text is not None:
            value = message.text
        else:
            await reply(update, texts.PHONE_INVALID, reply_markup=menus.phone_keyboard())
            return
    elif message.text is None:
        await ask_step(update, context, step)
        return
    else:
        value = message.text
    await _apply(update, context, step, value)


async def registration_button(update: Update, context: BotContext) -> None:
    button = RegistrationChoice.parse(update.callback_query.data)
    services = context.services
    current = await services.registration.current_step(update.effective_user.id)
    wanted = {"s": reg.SECTOR, "c": reg.COMMITTEE}.get(button.step) if button else None
    if current is None or wanted != current:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    options = services.settings.sectors if wanted == reg.SECTOR else services.settings.special_committees
    index = int(button.choice) if button.choice.isdigit() else None
    if button.choice == "none":
        value = texts.NONE_CHOICE
    elif index is not None and 0 <= index < len(options):
        value = options[index]
    else:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    await answer_query(update)
    query_message = update.callback_query.message
    await query_message.edit_text(f"{query_message.text_html}\n{texts.REGISTRATION_FIELD_CHOSEN.format(value=esc(value))}")
    await _apply(update, context, wanted, value)


async def _apply(update: Update, context: BotContext, step: str, value: str | None) -> None:
    progress: Progress = await context.services.registration.answer(update.effective_user.id, step, value)
    if progress.error:
        await reply(update, progress.error)
        await ask_step(update, context, progress.step)
        return
    if progress.step is not None:
        await ask_step(update, context, progress.step)
        return
    member = progress.member
    if progress.via_invite:
        await reply(update, texts.REGISTRATION_DONE_INVITE.format(name=esc(member.name)),
                    reply_markup=menus.main_menu())
        return
    await reply(update, texts.REGISTRATION_SENT.format(name=esc(member.name)), reply_markup=menus.remove_keyboard())
    await send_now.kick(context.application)  # the admins' cards were queued with the registration


def request_card(member: MemberInfo) -> str:
    return texts.ADMIN_NEW_REQUEST.format(
        name=esc(member.name), sector=esc(member.sector or texts.NONE_CHOICE),
        committee=esc(member.special_committee or texts.NONE_CHOICE),
        phone=esc(member.phone or texts.NONE_CHOICE), tg_name=esc(member.tg_name), user_id=member.telegram_id)


def decision_buttons(member: MemberInfo):  # noqa: ANN201
    return menus.inline([[(texts.APPROVE, DecisionButton("ok", member.id).pack()),
                          (texts.REJECT, DecisionButton("no", member.id).pack())]])


async def show_pending_requests(update: Update, context: BotContext) -> None:
    pending = await context.services.members.pending()
    if not pending:
        return
    await reply(update, texts.PENDING_REQUESTS_HEADER.format(count=len(pending)))
    for member in pending:
        await reply(update, request_card(member) + await roster.match_line(context.services, member),
                    reply_markup=decision_buttons(member))


@admin_only
async def decide(update: Update, context: BotContext) -> None:
    button = DecisionButton.parse(update.callback_query.data)
    if button is None or button.verdict not in ("ok", "no"):
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    approve = button.verdict == "ok"
    admin = context.member
    decision = await context.services.members.decide(admin.telegram_id, button.member_id, approve)
    member = decision.member
    if not decision.changed:
        status = texts.STATUS_NAMES.get(member.status, member.status)
        await answer_query(update, texts.REQUEST_ALREADY_HANDLED.format(status=status), alert=True)
        return
    await answer_query(update)
    suffix = texts.REQUEST_APPROVED_BY if approve else texts.REQUEST_REJECTED_BY
    await update.callback_query.message.edit_text(
        request_card(member) + await roster.match_line(context.services, member)
        + suffix.format(admin=esc(admin.display_name)))
    await send_now.kick(context.application)  # the member's result was queued with the decision


# --- /help and menu buttons --------------------------------------------------------------------

async def help_command(update: Update, context: BotContext) -> None:
    member = context.member
    name = esc(context.services.settings.bot_name)
    if member is None or member.status == "registering":
        await reply(update, texts.HELP_UNREGISTERED)
    elif member.is_admin:
        await reply(update, texts.HELP_MEMBER.format(bot_name=name) + texts.HELP_ADMIN,
                    reply_markup=menus.main_menu(admin=True))
    elif member.status == "active":
        await reply(update, texts.HELP_MEMBER.format(bot_name=name), reply_markup=menus.main_menu())
    else:
        await reply(update, texts.HELP_PENDING)


async def ask_prompt(update: Update, context: BotContext) -> None:
    await reply(update, texts.ASK_PROMPT, reply_markup=menus.menu_for(context.member))
