"""How a 社情民意 item reads in the chat: the card, the member's original, the history, and the
buttons staff see under it; plus sending long texts in parts and taking buttons off a pressed message.
"""

from __future__ import annotations

import re
from datetime import datetime

from telegram import InlineKeyboardMarkup, Update

from bot import submissions as sb
from bot import texts
from bot.timeparse import format_when
from bot.submissions import SubmissionView
from handlers import menus
from handlers.common import drop_buttons, esc, reply  # noqa: F401 - drop_buttons: imported from here by the feature
from handlers.context import BotContext
from handlers.export_buttons import IssueAddItem
from handlers.submissions.buttons import ReviewItem, ReviewTo

CHUNK = 4000


def when_text(context: BotContext, value: datetime) -> str:
    return format_when(value, context.services.settings.timezone)


def card(view: SubmissionView, with_phone: bool = True) -> str:
    """The item as staff see it (the member's preview is the same text)."""
    lines = ""
    if view.agreed_cosigners:
        lines += texts.SUB_CARD_COSIGNERS.format(names="、".join(esc(n) for n in view.agreed_cosigners))
    if view.is_draft and view.pending_cosigners:
        lines += texts.SUB_CARD_PENDING_COSIGNERS.format(names="、".join(esc(n) for n in view.pending_cosigners))
    if view.seconders:
        lines += texts.SUB_CARD_SECONDS.format(count=len(view.seconders),
                                               names="、".join(esc(n) for n in view.seconders))
    if view.attachments:
        lines += texts.SUB_CARD_ATTACHMENTS.format(count=len(view.attachments),
                                                   names="、".join(esc(a.name) for a in view.attachments))
    if view.compiled_into:
        lines += texts.ISSUE_CARD_LINE.format(issue=esc(view.compiled_into))
    text = texts.SUB_CARD.format(
        title=esc(view.title or texts.SUB_UNTITLED), number=esc(view.number or texts.SUB_NO_NUMBER),
        status=sb.status_name(view.status), category=esc(view.category),
        author=esc(view.author_name), unit=esc(view.unit or texts.NONE_CHOICE),
        phone=texts.SUB_CARD_PHONE.format(phone=esc(view.phone)) if with_phone and view.phone else "",
        lines=lines, situation=esc(view.situation), problem=esc(view.problem),
        suggestion=esc(view.suggestion))
    if view.original:
        text += texts.SUB_CARD_EDITED
    return text


def original_text(view: SubmissionView) -> str:
    """The member's own wording, before staff edited it."""
    if not view.original:
        return texts.SUB_REVIEW_NO_ORIGINAL
    original = view.original
    return texts.SUB_ORIGINAL_HEAD.format(number=esc(view.number)) + texts.SUB_CARD.format(
        title=esc(original.get("title", "")), number=esc(view.number),
        status=sb.status_name(view.status), category=esc(view.category),
        author=esc(view.author_name), unit=esc(view.unit or texts.NONE_CHOICE), phone="", lines="",
        situation=esc(original.get("situation", "")),
        problem=esc(original.get("problem", "")), suggestion=esc(original.get("suggestion", "")))


def history(context: BotContext, view: SubmissionView) -> str:
    lines = [texts.SUB_HISTORY_HEAD]
    for entry in view.history:
        when = when_text(context, entry.at)
        if entry.kind == "note":
            lines.append(texts.SUB_HISTORY_REPLY.format(when=when, note=esc(entry.note)))
        elif entry.kind == "edit":
            lines.append(texts.SUB_HISTORY_EDIT.format(when=when, field=esc(entry.note)))
        elif entry.kind == "issue":
            lines.append(texts.ISSUE_HISTORY_LINE.format(when=when, issue=esc(entry.note)))
        else:
            extra = ""
            if entry.leader:
                extra = texts.SUB_HISTORY_INSTRUCTION.format(leader=esc(entry.leader), text=esc(entry.instruction))
            elif entry.note:
                extra = texts.SUB_HISTORY_NOTE.format(note=esc(entry.note))
            lines.append(texts.SUB_HISTORY_LINE.format(
                when=when, status=sb.status_name(entry.to_status), note=extra))
    return "\n".join(lines) if len(lines) > 1 else ""


HEADING = re.compile(r"^<b>[^<>]*</b>$")  # a line that is only a bold heading, e.g. <b>二、问题与原因</b>


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """Split so each part fits one Telegram message: between sections where possible, else at line
    ends; a heading always starts a part together with its text, never ends one (tags never span lines)."""
    if len(text) <= size:
        return [text]
    parts, current = [], ""
    for section in _sections(text.split("\n")):
        block = "\n".join(section)
        joined = f"{current}\n{block}" if current else block
        if len(joined) <= size:
            current = joined
            continue
        if current.strip():
            parts.append(current)
        current = ""
        if len(block) <= size:
            current = block
            continue
        for unit in _units(section):  # a section longer than a message: by lines
            current = _add_unit(parts, current, unit, size)
    if current.strip():
        parts.append(current)
    return parts or [text]


def _sections(lines: list[str]) -> list[list[str]]:
    """Lines grouped so that each heading starts a new group."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if HEADING.match(line) and groups[-1]:
            groups.append([])
        groups[-1].append(line)
    return groups


def _units(lines: list[str]) -> list[str]:
    """Lines, a heading joined to the line after it so that they are never parted."""
    units: list[str] = []
    glue = False
    for line in lines:
        if glue:
            units[-1] += "\n" + line
        else:
            units.append(line)
        glue = bool(HEADING.match(line))
    return units


def _add_unit(parts: list[str], current: str, unit: str, size: int) -> str:
    """Add one unit to the part being filled (cutting a unit longer than a message); return the new part."""
    candidate = f"{current}\n{unit}" if current else unit
    if len(candidate) <= size:
        return candidate
    if current:
        parts.append(current)
    while len(unit) > size:
        cut = size
        amp = unit.rfind("&", 0, cut)  # never cut an escaped character (&amp;) in two
        if amp > 0 and unit.find(";", amp, cut) == -1:
            cut = amp
        parts.append(unit[:cut])
        unit = unit[cut:]
    return unit


async def send_long(update: Update, text: str, reply_markup=None) -> None:  # noqa: ANN001
    parts = chunks(text)
    for i, part in enumerate(parts):
        await reply(update, part, reply_markup=reply_markup if i == len(parts) - 1 else None)


def short(title: str, size: int = 14) -> str:
    return title if len(title) <= size else title[:size - 1] + "…"


def admin_buttons(view: SubmissionView) -> InlineKeyboardMarkup:
    """The next actions staff may take on an item: its allowed status changes, reply, edit …"""
    actions = [(texts.SUB_ACTION_NAMES[to], ReviewTo(view.id, to).pack()) for to in sb.allowed_next(view.status)]
    rows = menus.grid(actions, 3)
    extra = [(texts.SUB_BTN_REPLY, ReviewItem("r", view.id).pack()),
             (texts.SUB_BTN_EDIT, ReviewItem("e", view.id).pack())]
    if view.original:
        extra.append((texts.SUB_BTN_ORIGINAL, ReviewItem("o", view.id).pack()))
    if view.attachments:
        extra.append((texts.SUB_BTN_ATTACHMENTS, ReviewItem("a", view.id).pack()))
    rows.append(extra)
    if view.status in sb.ADOPTED and not view.compiled_into:
        rows.append([(texts.ISSUE_ADD_BUTTON, IssueAddItem(view.id).pack())])  # handlers/export.py
    return menus.inline(rows)
