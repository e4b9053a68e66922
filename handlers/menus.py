"""Keyboards and command menus: the reply keyboard of main actions, inline rows, scopes."""

from __future__ import annotations

import logging

from telegram import (BotCommand, BotCommandScopeChat, BotCommandScopeDefault, InlineKeyboardButton,
                      InlineKeyboardMarkup, KeyboardButton, ReplyKeyboardMarkup, ReplyKeyboardRemove)
from telegram.error import TelegramError

from bot import texts

log = logging.getLogger(__name__)


def main_menu(admin: bool = False) -> ReplyKeyboardMarkup:
    """The reply keyboard of main actions; an admin's adds the admin's tasks below the member's."""
    rows = texts.ADMIN_MENU if admin else texts.MAIN_MENU
    return ReplyKeyboardMarkup([[KeyboardButton(t) for t in row] for row in rows],
                               resize_keyboard=True, input_field_placeholder=texts.MENU_PLACEHOLDER)


def menu_for(member) -> ReplyKeyboardMarkup:  # noqa: ANN001 (MemberInfo | None)
    """The keyboard this person should keep: an active admin's, or the member's."""
    return main_menu(admin=member is not None and member.is_admin and member.status != "blocked")


def remove_keyboard() -> ReplyKeyboardRemove:
    return ReplyKeyboardRemove()


def inline(rows: list[list[tuple[str, str]]]) -> InlineKeyboardMarkup:
    """Rows of (label, callback_data)."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=data) for label, data in row]
                                 for row in rows if row])


def grid(buttons: list[tuple[str, str]], per_row: int = 2) -> list[list[tuple[str, str]]]:
    return [buttons[i:i + per_row] for i in range(0, len(buttons), per_row)]


def phone_keyboard(skip: bool = True) -> ReplyKeyboardMarkup:
    """分享手机号 (Telegram shares the person's own number), and 跳过 where the phone is optional."""
    rows = [[KeyboardButton(texts.SHARE_PHONE, request_contact=True)]]
    if skip:
        rows.append([KeyboardButton(texts.SKIP)])
    return ReplyKeyboardMarkup(rows, resize_keyboard=True, one_time_keyboard=True)


def _commands(mapping: dict[str, str]) -> list[BotCommand]:
    return [BotCommand(name, description) for name, description in mapping.items()]


async def set_default_commands(bot) -> None:  # noqa: ANN001
    await bot.set_my_commands(_commands(texts.COMMANDS_MEMBER), scope=BotCommandScopeDefault())


async def set_chat_commands(bot, chat_id: int, admin: bool) -> None:  # noqa: ANN001
    """Admins see the admin menu in their own chat; others the default one."""
    try:
        if admin:
            await bot.set_my_commands(_commands(texts.COMMANDS_ADMIN), scope=BotCommandScopeChat(chat_id))
        else:
            await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id))
    except TelegramError as exc:  # a menu is a convenience: never fail the action for it
        log.warning("could not set commands for chat %s: %s", chat_id, exc)
