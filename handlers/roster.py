"""The roster (委员名册), Telegram side: /members_import, the roster block of /members and its
buttons (未加入名单, 下载邀请链接, 导出名册), the personal link at /start, and the roster match on a
registration card. The rules are in bot/roster/; this module reads the update and renders.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from telegram import InputFile, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import texts
from bot.dialogs import Dialog
from bot.members import MemberInfo
from bot.roster.service import BLOCKED, JOINED, NOT_JOINED, PENDING, RosterOverview
from bot.roster.sheets import links_xlsx, roster_xlsx
from handlers import menus, router
from handlers.buttons import ButtonData
from handlers.common import admin_only, answer_query, esc, reply
from handlers.context import BotContext

IMPORT_FLOW = "roster_import"
MAX_ERRORS_SHOWN = 30
MAX_MESSAGE = 3800  # under Telegram's 4096 characters, with room for the HTML tags


@dataclass(frozen=True)
class RosterButton(ButtonData):
    """The roster actions under /members: "u" 未加入名单, "l" 下载邀请链接, "x" 导出名册."""

    prefix = "rost"
    action: str = field(metadata={"example": "u"})


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("members_import", import_command, filters=private))
    application.add_handler(MessageHandler(
        private & filters.Document.ALL & filters.CaptionRegex(r"^/members_import\b"), import_with_caption))
    application.add_handler(CallbackQueryHandler(on_button, pattern=RosterButton.pattern()))
    router.register_flow(IMPORT_FLOW, import_flow_message)


# --- /members_import ---------------------------------------------------------------------

@admin_only
async def import_command(update: Update, context: BotContext) -> None:
    await context.services.dialogs.set(update.effective_user.id, IMPORT_FLOW, "file")
    await reply(update, texts.ROSTER_IMPORT_PROMPT)


@admin_only
async def import_with_caption(update: Update, context: BotContext) -> None:
    await context.services.dialogs.clear(update.effective_user.id, IMPORT_FLOW)
    await _import(update, context)


@admin_only
async def import_flow_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    if update.effective_message.document is None:
        await reply(update, texts.ROSTER_IMPORT_NEED_FILE)
        return
    await context.services.dialogs.clear(update.effective_user.id, IMPORT_FLOW)
    await _import(update, context)


async def _import(update: Update, context: BotContext) -> None:
    services = context.services
    document = update.effective_message.document
    limit = services.settings.roster.max_file_mb
    if document.file_size and document.file_size > limit * 1024 * 1024:
        await reply(update, texts.ROSTER_TOO_BIG.format(size=round(document.file_size / 1048576, 1), limit=limit))
        return
    data = bytes(await (await context.bot.get_file(document.file_id)).download_as_bytearray())
    outcome = await services.roster.import_file(update.effective_user.id, document.file_name or "", data)
    if not outcome.ok:
        lines = [esc(line) for line in outcome.errors[:MAX_ERRORS_SHOWN]]
        if len(outcome.errors) > MAX_ERRORS_SHOWN:
            lines.append(texts.ROSTER_IMPORT_MORE.format(more=len(outcome.errors) - MAX_ERRORS_SHOWN))
        await reply(update, texts.ROSTER_IMPORT_FAILED.format(count=len(outcome.errors), lines="\n".join(lines)))
        return
    await reply(update, texts.ROSTER_IMPORT_DONE.format(added=outcome.added, updated=outcome.updated,
                                                        unchanged=outcome.unchanged))
    await _send_links(update, context)


# --- /members: the roster block and its buttons -------------------------------------------------

async def summary_head(context: BotContext) -> str:
    """The roster counts shown above the member overview (the caller has checked the role)."""
    overview = await context.services.roster.overview(context.member.telegram_id)
    if not overview.roster_total:
        return texts.ROSTER_NO_ROSTER
    blocked_bot = sum(1 for p in overview.people if p.blocked_bot)
    counts = overview.counts
    by_committee: dict[str, int] = {}
    for p in overview.not_joined:  # in the configured order of 专委会
        key = p.committee or texts.ROSTER_UNJOINED_NO_COMMITTEE
        by_committee[key] = by_committee.get(key, 0) + 1
    unjoined = "，".join(f"{esc(k)} {v}" for k, v in by_committee.items())
    return texts.ROSTER_COUNTS.format(
        total=overview.roster_total, joined=counts[JOINED], not_joined=counts[NOT_JOINED],
        pending=counts[PENDING], blocked=counts[BLOCKED],
        blocked_bot=texts.ROSTER_COUNTS_BLOCKED_BOT.format(count=blocked_bot) if blocked_bot else "",
        unjoined=texts.ROSTER_COUNTS_UNJOINED.format(groups=unjoined) if unjoined else "")


def buttons_row() -> list[tuple[str, str]]:
    return [(texts.ROSTER_BUTTON_UNJOINED, RosterButton("u").pack()),
            (texts.ROSTER_BUTTON_LINKS, RosterButton("l").pack()),
            (texts.ROSTER_BUTTON_EXPORT, RosterButton("x").pack())]


@admin_only
async def on_button(update: Update, context: BotContext) -> None:
    button = RosterButton.parse(update.callback_query.data)
    if button is None or button.action not in ("u", "l", "x"):
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    await answer_query(update)
    if button.action == "u":
        await show_unjoined(update, context)
    elif button.action == "l":
        await _send_links(update, context)
    else:
        await _send_export(update, context)


async def show_unjoined(update: Update, context: BotContext) -> None:
    """未加入名单 (the button) and /members 未加入 (the caller has checked the role; the service checks again)."""
    for part in unjoined_messages(await context.services.roster.overview(update.effective_user.id)):
        await reply(update, part)


def unjoined_messages(overview: RosterOverview) -> list[str]:
    """The 未加入 grouped by 专委会, then 界别, cut into messages Telegram accepts."""
    people = overview.not_joined
    if not people:
        return [texts.ROSTER_UNJOINED_NONE]
    lines = [texts.ROSTER_UNJOINED_HEADER.format(count=len(people))]
    groups: dict[str, dict[str, list[str]]] = {}
    for p in people:  # already in the configured order of 专委会 and 界别
        committee = p.committee or texts.ROSTER_UNJOINED_NO_COMMITTEE
        groups.setdefault(committee, {}).setdefault(p.sector or texts.NONE_CHOICE, []).append(p.name)
    for committee, sectors in groups.items():
        lines.append(texts.ROSTER_UNJOINED_COMMITTEE.format(committee=esc(committee)))
        for sector, names in sectors.items():
            lines.append(texts.ROSTER_UNJOINED_SECTOR.format(sector=esc(sector), count=len(names),
                                                             names=esc("、".join(names))))
    parts, current = [], ""
    for line in lines:
        if current and len(current) + len(line) + 1 > MAX_MESSAGE:
            parts.append(current)
            current = ""
        current = f"{current}\n{line}" if current else line
    parts.append(current)
    return parts


async def _send_links(update: Update, context: BotContext) -> None:
    services = context.services
    username = await services.roster.bot_username(context.bot.username)
    rows = await services.roster.links(update.effective_user.id, username)
    if not rows:
        await reply(update, texts.ROSTER_LINKS_NONE)
        return
    name = texts.ROSTER_LINKS_FILENAME.format(stamp=_stamp(context))
    await update.get_bot().send_document(update.effective_chat.id, InputFile(links_xlsx(rows), filename=name),
                                         caption=texts.ROSTER_LINKS_CAPTION.format(count=len(rows)))


async def _send_export(update: Update, context: BotContext) -> None:
    services = context.services
    overview = await services.roster.overview(update.effective_user.id)
    counts = overview.counts
    name = texts.ROSTER_EXPORT_FILENAME.format(stamp=_stamp(context))
    data = roster_xlsx(overview, services.settings.timezone)
    await update.get_bot().send_document(
        update.effective_chat.id, InputFile(data, filename=name),
        caption=texts.ROSTER_EXPORT_CAPTION.format(joined=counts[JOINED], not_joined=counts[NOT_JOINED],
                                                   pending=counts[PENDING], blocked=counts[BLOCKED]))


def _stamp(context: BotContext) -> str:
    now: datetime = context.services.clock.now()
    return now.astimezone(context.services.settings.timezone).strftime("%Y%m%d_%H%M")


# --- /start with a personal link, and the registration card -----------------------------------------

async def start_with_link(update: Update, context: BotContext, code: str) -> bool:
    """Bind the person to their roster row if `code` is a roster link; False: not one (the usual /start)."""
    services = context.services
    outcome = await services.roster.bind_by_link(update.effective_user.id, code)
    if outcome is None:
        return False
    member = outcome.member
    if outcome.problem:
        text = esc(outcome.problem)  # it may carry a roster name
        if member is not None and member.status == "registering":
            text += texts.ROSTER_REGISTER_INSTEAD
        await reply(update, text)
        return True
    keyboard = menus.main_menu(admin=member.is_admin)
    if outcome.already:
        await reply(update, texts.ROSTER_BOUND_ALREADY, reply_markup=keyboard)
        return True
    settings = services.settings
    await reply(update, texts.ROSTER_BOUND.format(
        name=esc(member.name), committee=esc(settings.committee), bot_name=esc(settings.bot_name),
        sector=esc(member.sector or texts.NONE_CHOICE),
        special_committee=esc(member.special_committee or texts.NONE_CHOICE)), reply_markup=keyboard)
    return True


async def match_line(services, member: MemberInfo) -> str:  # noqa: ANN001
    """The roster line of a registration card: the row it matches, a namesake to check, or none."""
    if not await services.roster.has_roster():
        return ""
    match = await services.roster.match_for(member)
    if match is None:
        return texts.ROSTER_MATCH_NONE
    values = dict(name=esc(match.name), sector=esc(match.sector),
                  committee=esc(match.committee or texts.NONE_CHOICE), unit=esc(match.unit or texts.NONE_CHOICE),
                  title=esc(match.title or texts.NONE_CHOICE), phone=esc(match.phone or texts.NONE_CHOICE))
    if not match.name_agrees:
        return texts.ROSTER_MATCH_PHONE.format(**values)
    return (texts.ROSTER_MATCH_FULL if match.phone_agrees else texts.ROSTER_MATCH_NAME).format(**values)
