"""Admin commands about people: /members, /promote, /demote, /block, /unblock, /invite.

A target is named by a Telegram user id, or by replying to a member card (any
bot message that carries 用户ID：N).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from telegram import Update

from bot import texts
from bot.timeparse import format_when
from handlers.context import BotContext
from bot.errors import UserError
from bot.members import MemberInfo, MembersSummary
from handlers import menus, roster, send_now
from handlers.buttons import ButtonData
from handlers.common import admin_only, answer_query, command_args, esc, reply
from handlers.start import show_pending_requests

CARD_ID = re.compile(r"用户ID[：:]\s*(-?\d+)")


@dataclass(frozen=True)
class MembersPage(ButtonData):
    """上一页 / 下一页 of /members."""

    prefix = "mlist"
    page: int


def member_card(member: MemberInfo) -> str:
    return texts.MEMBER_CARD.format(
        name=esc(member.display_name), role=texts.ROLE_NAMES.get("admin" if member.is_admin else "member"),
        status=texts.STATUS_NAMES.get(member.status, member.status),
        sector=esc(member.sector or texts.NONE_CHOICE), committee=esc(member.special_committee or texts.NONE_CHOICE),
        phone=esc(member.phone or texts.NONE_CHOICE), user_id=member.telegram_id,
        reachable=texts.YES if member.can_receive else texts.NO)


def render_summary(summary: MembersSummary) -> str:
    by_status = "，".join(f"{texts.STATUS_NAMES.get(k, k)} {v}" for k, v in summary.by_status.items()) or "0"
    text = texts.MEMBERS_SUMMARY.format(total=summary.total, by_status=by_status)
    lines = "\n".join(f"{esc(k)}：{v}" for k, v in summary.by_sector.items()) or texts.MEMBERS_EMPTY
    text += texts.MEMBERS_BY_SECTOR.format(lines=lines)
    lines = "\n".join(f"{esc(k)}：{v}" for k, v in summary.by_committee.items()) or texts.MEMBERS_EMPTY
    text += texts.MEMBERS_BY_COMMITTEE.format(lines=lines)
    rows = "\n".join(texts.MEMBERS_LIST_LINE.format(
        flag="" if m.can_receive else "⚠️", name=esc(m.display_name), sector=esc(m.sector or "—"),
        status=texts.STATUS_NAMES.get(m.status, m.status), user_id=m.telegram_id) for m in summary.members)
    text += texts.MEMBERS_LIST_HEADER.format(page=summary.page, pages=summary.pages,
                                             lines=rows or texts.MEMBERS_EMPTY)
    return text


def page_buttons(summary: MembersSummary):  # noqa: ANN201
    rows = [roster.buttons_row()]
    row = []
    if summary.page > 1:
        row.append((texts.PREV_PAGE, MembersPage(summary.page - 1).pack()))
    if summary.page < summary.pages:
        row.append((texts.NEXT_PAGE, MembersPage(summary.page + 1).pack()))
    return menus.inline([row] + rows)


@admin_only
async def members_command(update: Update, context: BotContext) -> None:
    args = command_args(context)
    members = context.services.members
    if args == [texts.ROSTER_STATE_NAMES["not_joined"]]:  # /members 未加入: the roster's list
        await roster.show_unjoined(update, context)
        return
    if args and not args[0].isdigit():  # a name: show the matching cards
        found = await members.find_by_name(" ".join(args))
        if not found:
            await reply(update, texts.MEMBERS_EMPTY)
        for member in found:
            await reply(update, member_card(member))
        return
    if args:  # a Telegram id shows that member's card; a small number is a page
        member = await members.get(int(args[0]))
        if member is not None:
            await reply(update, member_card(member))
            return
    summary = await members.summary(context.member.telegram_id, int(args[0]) if args else 1)
    await reply(update, await roster.summary_head(context) + render_summary(summary),
                reply_markup=page_buttons(summary))
    await show_pending_requests(update, context)


@admin_only
async def members_page(update: Update, context: BotContext) -> None:
    button = MembersPage.parse(update.callback_query.data)
    if button is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    summary = await context.services.members.summary(context.member.telegram_id, button.page or 1)
    await answer_query(update)
    await update.callback_query.message.edit_text(await roster.summary_head(context) + render_summary(summary),
                                                  reply_markup=page_buttons(summary))


def _target_id(update: Update, context: BotContext) -> int | None:
    args = command_args(context)
    if args and args[0].lstrip("-").isdigit():
        return int(args[0])
    replied = update.effective_message.reply_to_message
    if replied is not None:
        match = CARD_ID.search(replied.text or replied.caption or "")
        if match:
            return int(match.group(1))
    return None


async def _role_action(update: Update, context: BotContext, usage: str, action) -> None:  # noqa: ANN001
    target = _target_id(update, context)
    if target is None:
        await reply(update, usage)
        return
    try:
        await action(target)
    except UserError as exc:
        await reply(update, exc.text)


@admin_only
async def promote(update: Update, context: BotContext) -> None:
    async def act(target: int) -> None:
        member = await context.services.members.promote(context.member.telegram_id, target)
        await reply(update, texts.PROMOTED.format(name=esc(member.display_name)))
        if member.can_receive:
            await menus.set_chat_commands(context.bot, target, admin=True)
        await send_now.kick(context.application)  # the notice was queued with the change

    await _role_action(update, context, texts.PROMOTE_USAGE, act)


@admin_only
async def demote(update: Update, context: BotContext) -> None:
    async def act(target: int) -> None:
        member = await context.services.members.demote(context.member.telegram_id, target)
        await reply(update, texts.DEMOTED.format(name=esc(member.display_name)))
        if member.can_receive:
            await menus.set_chat_commands(context.bot, target, admin=False)
        await send_now.kick(context.application)  # the notice was queued with the change

    await _role_action(update, context, texts.DEMOTE_USAGE, act)


@admin_only
async def block(update: Update, context: BotContext) -> None:
    async def act(target: int) -> None:
        member = await context.services.members.set_blocked(context.member.telegram_id, target, True)
        await reply(update, texts.BLOCKED.format(name=esc(member.display_name)))

    await _role_action(update, context, texts.BLOCK_USAGE, act)


@admin_only
async def unblock(update: Update, context: BotContext) -> None:
    async def act(target: int) -> None:
        member = await context.services.members.set_blocked(context.member.telegram_id, target, False)
        await reply(update, texts.UNBLOCKED.format(name=esc(member.display_name)))

    await _role_action(update, context, texts.UNBLOCK_USAGE, act)


@admin_only
async def invite(update: Update, context: BotContext) -> None:
    settings = context.services.settings
    args = command_args(context)
    try:
        uses = int(args[0]) if args else settings.invite_uses
        days = int(args[1]) if len(args) > 1 else settings.invite_days
    except ValueError:
        await reply(update, texts.INVITE_USAGE)
        return
    if not (1 <= uses <= 1000 and 1 <= days <= 365):
        await reply(update, texts.INVITE_USAGE)
        return
    created = await context.services.members.create_invite(context.member.telegram_id, uses, days)
    link = f"https://t.me/{context.bot.username}?start={created.code}"
    expires = format_when(created.expires_at, settings.timezone)
    await reply(update, texts.INVITE_CREATED.format(uses=uses, expires=expires, link=esc(link)))
