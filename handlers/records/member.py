"""A member's own 履职档案 (/record, 我的履职, and Q&A questions routed here), and an admin's view
of anyone's: the year's summary in a few lines, points and grade, what is still missing
against the committee's minimums, entries paged back, and the one-member DOCX.

The service decides who may see which record (only admins see anyone's but their own);
this module only renders.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from telegram import Update

from bot import texts
from bot.errors import NotFound, PermissionDenied
from bot.records.public import MemberRecord
from bot.records.scoring import EVENT_KINDS, fact_label, fact_points, points_label
from bot.timeparse import format_day
from handlers import menus
from handlers.common import answer_query, esc, member_only, refuse, reply
from handlers.context import BotContext
from handlers.records.buttons import RecordButton

PAGE = 8


def summary_text(record: MemberRecord) -> str:
    t = record.tally
    parts = [f"{texts.EVENT_KIND_NAMES[k]} {t.events[(k, 'attended')]}" for k in EVENT_KINDS
             if t.events[(k, "attended")]]
    read = texts.RECORD_READ.format(read=t.notices_read, sent=t.notices) if t.notices else texts.RECORD_READ_NONE
    text = texts.RECORD_SUMMARY.format(
        year=record.year, name=esc(record.person.name), attended=t.attended,
        by_kind=texts.RECORD_BY_KIND.format(parts=" · ".join(parts)) if parts else "", leave=t.on_leave,
        absent=t.absent, submissions=t.submissions, cosigned=t.cosigned, seconded=t.seconded, city=t.adopted_city,
        province=t.adopted_province, national=t.adopted_national, instructions=t.instructions,
        in_issue=t.in_issue, read=read, questions=t.questions, manual=sum(t.manual.values()),
        points=points_label(t.points), grade=esc(record.grade))
    if record.missing:
        text += texts.RECORD_MISSING_HEADER + "".join(texts.RECORD_MISSING_LINE.format(text=esc(m))
                                                      for m in record.missing)
    else:
        text += texts.RECORD_ALL_MET
    return text


def summary_buttons(record: MemberRecord, member: int, years: tuple[int, ...]):  # noqa: ANN201
    year = record.year
    rows = [[(texts.RECORD_BTN_ENTRIES, RecordButton("e", year, member, 1).pack()),
             (texts.RECORD_BTN_DOCX, RecordButton("d", year, member, 0).pack())]]
    rows.append([(texts.RECORD_BTN_YEAR.format(year=y), RecordButton("v", y, member, 0).pack())
                 for y in years if y != year])
    return menus.inline(rows)


def entries_text(record: MemberRecord, page: int, weights) -> tuple[str, int]:  # noqa: ANN001
    facts = record.facts
    if not facts:
        return texts.RECORD_ENTRIES_EMPTY.format(year=record.year), 1
    pages = (len(facts) + PAGE - 1) // PAGE
    page = min(max(page, 1), pages)
    text = texts.RECORD_ENTRIES_HEADER.format(year=record.year, name=esc(record.person.name), page=page,
                                              pages=pages, count=len(facts))
    for fact in facts[(page - 1) * PAGE: page * PAGE]:
        kind, title, result = fact_label(fact)
        points = fact_points(fact, weights)
        text += texts.RECORD_ENTRY_LINE.format(
            day=format_day(fact.day), kind=esc(kind),
            title=texts.RECORD_ENTRY_TITLE.format(title=esc(title)) if title else "",
            result=texts.RECORD_ENTRY_RESULT.format(result=esc(result)) if result else "",
            points=texts.RECORD_ENTRY_POINTS.format(points=points_label(points)) if points else "")
    return text, pages


async def show_record(update: Update, context: BotContext, year: int | None = None, member: int = 0,
                      edit: bool = False) -> None:
    services = context.services
    record = await services.records.record(update.effective_user.id, year, member or None)
    text = summary_text(record)
    markup = summary_buttons(record, member, services.records.years())
    if edit and update.callback_query is not None:
        await update.callback_query.edit_message_text(text, reply_markup=markup)
    else:
        await reply(update, text, reply_markup=markup)


@member_only
async def record_command(update: Update, context: BotContext) -> None:
    """/record, 我的履职, and "我的履职积分" from the Q&A: this year's own record."""
    await show_record(update, context)


@member_only
async def record_button(update: Update, context: BotContext) -> None:
    press = RecordButton.parse(update.callback_query.data)
    if press is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    services = context.services
    tid = update.effective_user.id
    me = context.member
    if press.member and press.member != me.id and not (me.is_admin and me.status != "blocked"):
        await refuse(update, texts.NO_PERMISSION_BUTTON)  # someone else's record: admins only (and the service)
        return
    try:
        if press.action == "v":
            await show_record(update, context, press.year, press.member, edit=True)
            await answer_query(update)
        elif press.action == "e":
            record = await services.records.record(tid, press.year, press.member or None)
            text, pages = entries_text(record, press.page, services.records.weights)
            row = []
            if press.page > 1:
                row.append((texts.RECORD_BTN_NEWER, RecordButton("e", press.year, press.member, press.page - 1).pack()))
            if press.page < pages:
                row.append((texts.RECORD_BTN_OLDER, RecordButton("e", press.year, press.member, press.page + 1).pack()))
            rows = [row, [(texts.RECORD_BTN_BACK, RecordButton("v", press.year, press.member, 0).pack())]]
            await answer_query(update)
            await update.callback_query.edit_message_text(text, reply_markup=menus.inline(rows))
        elif press.action == "d":
            await send_member_docx(update, context, press.year, press.member)
            await answer_query(update)
        else:
            await answer_query(update, texts.BUTTON_EXPIRED)
    except PermissionDenied:
        await refuse(update, texts.NO_PERMISSION_BUTTON)
    except NotFound:
        await answer_query(update, texts.RECORD_NOT_FOUND, alert=True)


async def send_member_docx(update: Update, context: BotContext, year: int, member: int) -> None:
    records = context.services.records
    with tempfile.TemporaryDirectory(prefix="record-") as folder:
        path = Path(folder) / "record.docx"
        record = await records.member_docx(update.effective_user.id, year, path, member or None)
        with path.open("rb") as fh:
            await context.bot.send_document(
                update.effective_chat.id, document=fh,
                filename=records.filename("member", record.year, record.person.name),
                caption=texts.RECORD_MEMBER_DOC_CAPTION.format(name=esc(record.person.name), year=record.year))
