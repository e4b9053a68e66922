"""The staff's side of the 履职档案 (admins only; the service checks the role again):

/records [年份 | 姓名]: the year's overview with 导出 Excel / 导出通报（Word） and the other years,
or one member's record; /record_add 姓名或ID 日期 类型 备注 adds a manual entry;
/record_fix 记录号 日期|类型|备注 新内容 corrects one (the version before is kept);
/record_del 记录号 deletes one (kept in its history, no longer counted).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from telegram import Update

from bot import texts
from bot.errors import NotFound, PermissionDenied, UserError
from bot.records.public import EntryView
from bot.records.scoring import points_label
from bot.records.service import parse_day
from bot.timeparse import format_day, format_when
from handlers import menus
from handlers.common import admin_only, answer_query, command_args, esc, reply, spawn
from handlers.context import BotContext
from handlers.records.buttons import RecordButton, RecordsButton
from handlers.records.member import show_record


def _detail(member) -> str:  # noqa: ANN001 (MemberInfo)
    return "，".join(x for x in (member.sector, member.special_committee) if x) or str(member.telegram_id)


def _guarded(work):  # noqa: ANN001, ANN202
    """Work spawned beside the update loop: an admin demoted since pressing is refused by the service."""
    async def run(update: Update, context: BotContext, *args) -> None:  # noqa: ANN002
        try:
            await work(update, context, *args)
        except PermissionDenied:
            await reply(update, texts.NOT_ALLOWED)
    return run


@_guarded
async def _overview(update: Update, context: BotContext, year: int, edit: bool = False) -> None:
    """The year's overview; reading every member's facts takes a moment, so it runs beside the update loop."""
    records = context.services.records
    view = await records.overview(update.effective_user.id, year)
    text = texts.RECORDS_OVERVIEW.format(
        year=view.year, count=view.count, average=f"{view.average:.1f}", below=view.below,
        grades=" · ".join(texts.RECORDS_GRADE_ITEM.format(grade=esc(g), n=n) for g, n in view.grades))
    text += texts.RECORDS_USAGE.format(kinds="、".join(esc(k) for k in records.manual_kinds))
    buttons = [[(texts.RECORDS_BTN_XLSX, RecordsButton("x", year).pack()),
                (texts.RECORDS_BTN_DOCX, RecordsButton("w", year).pack())],
               [(texts.RECORD_BTN_YEAR.format(year=y), RecordsButton("y", y).pack()) for y in records.years()
                if y != year]]
    if edit and update.callback_query is not None:
        await update.callback_query.edit_message_text(text, reply_markup=menus.inline(buttons))
    else:
        await reply(update, text, reply_markup=menus.inline(buttons))


@admin_only
async def records_command(update: Update, context: BotContext) -> None:
    records = context.services.records
    query = " ".join(command_args(context)).strip()
    try:
        if not query or query.isdigit() and len(query) == 4:
            year = records.check_year(int(query)) if query else records.this_year()
            spawn(context, update, _overview(update, context, year), name=f"records:{update.effective_user.id}")
            return
        found = await records.find_members(update.effective_user.id, query)
        if not found:
            await reply(update, texts.RECORDS_NO_MEMBER.format(query=esc(query)))
        elif len(found) == 1:
            await show_record(update, context, None, found[0].id)
        else:
            buttons = [[(texts.RECORDS_MEMBER_BUTTON.format(name=m.display_name, detail=_detail(m)),
                         RecordButton("v", records.this_year(), m.id, 0).pack())] for m in found]
            await reply(update, texts.RECORDS_PICK_MEMBER, reply_markup=menus.inline(buttons))
    except UserError as exc:
        await reply(update, exc.text)
    except NotFound:
        await reply(update, texts.RECORD_NOT_FOUND)


@admin_only
async def records_button(update: Update, context: BotContext) -> None:
    press = RecordsButton.parse(update.callback_query.data)
    if press is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    if press.action == "y":
        await answer_query(update)
        spawn(context, update, _overview(update, context, press.year, edit=True),
              name=f"records:{update.effective_user.id}")
    elif press.action in ("x", "w"):
        await answer_query(update, texts.RECORDS_WORKING)
        spawn(context, update, _send_export(update, context, press.year, press.action),
              name=f"records:{update.effective_user.id}")
    else:
        await answer_query(update, texts.BUTTON_EXPIRED)


@_guarded
async def _send_export(update: Update, context: BotContext, year: int, action: str) -> None:
    records = context.services.records
    fmt = "xlsx" if action == "x" else "docx"
    with tempfile.TemporaryDirectory(prefix="records-") as folder:
        path = Path(folder) / f"records.{fmt}"
        if fmt == "xlsx":
            count = await records.export_xlsx(update.effective_user.id, year, path)
            caption = texts.RECORDS_XLSX_CAPTION.format(year=year, count=count)
        else:
            count = await records.export_docx(update.effective_user.id, year, path)
            caption = texts.RECORDS_DOCX_CAPTION.format(year=year, count=count)
        with path.open("rb") as fh:
            await context.bot.send_document(update.effective_chat.id, document=fh,
                                            filename=records.filename(fmt, year), caption=caption)


def entry_text(context: BotContext, entry: EntryView) -> str:
    records = context.services.records
    tz = records.tz
    updated = ""
    if entry.updated_at is not None:
        updated = texts.RECORD_ENTRY_UPDATED.format(by=esc(entry.updated_by_name or ""),
                                                    at=format_when(entry.updated_at, tz), versions=entry.versions)
    if entry.deleted:
        updated += texts.RECORD_ENTRY_DELETED
    return texts.RECORD_ENTRY_VIEW.format(
        id=entry.id, name=esc(entry.member_name), day=format_day(entry.day), kind=esc(entry.kind),
        points=points_label(float(records.weights.manual.get(entry.kind, 0))), note=esc(entry.note),
        created_by=esc(entry.created_by_name), created_at=format_when(entry.created_at, tz), updated=updated)


@admin_only
async def record_add(update: Update, context: BotContext) -> None:
    records = context.services.records
    args = command_args(context)
    if len(args) < 3:
        await reply(update, texts.RECORD_ADD_USAGE.format(kinds="、".join(records.manual_kinds)))
        return
    tid = update.effective_user.id
    try:
        found = await records.find_members(tid, args[0])
        if not found:
            await reply(update, texts.RECORDS_NO_MEMBER.format(query=esc(args[0])))
            return
        if len(found) > 1:
            names = "\n".join(texts.RECORD_ADD_AMBIGUOUS_LINE.format(name=esc(m.display_name), tid=m.telegram_id,
                                                                     detail=esc(_detail(m))) for m in found)
            await reply(update, texts.RECORD_ADD_AMBIGUOUS.format(query=esc(args[0]), names=names))
            return
        day = parse_day(args[1], records.today())
        entry = await records.add_entry(tid, found[0].id, day, args[2], " ".join(args[3:]))
    except UserError as exc:
        await reply(update, esc(exc.text))
        return
    await reply(update, texts.RECORD_ADDED + entry_text(context, entry))


@admin_only
async def record_fix(update: Update, context: BotContext) -> None:
    records = context.services.records
    args = command_args(context)
    field = texts.RECORD_FIELD_NAMES.get(args[1]) if len(args) >= 3 else None
    if field is None or not args[0].lstrip("#").isdigit():
        await reply(update, texts.RECORD_FIX_USAGE)
        return
    entry_id = int(args[0].lstrip("#"))
    value = " ".join(args[2:])
    try:
        changes = {"day": parse_day(value, records.today())} if field == "day" else {field: value}
        entry = await records.correct_entry(update.effective_user.id, entry_id, **changes)
    except UserError as exc:
        await reply(update, esc(exc.text))
        return
    except NotFound:
        await reply(update, texts.RECORD_ENTRY_NOT_FOUND.format(id=entry_id))
        return
    await reply(update, texts.RECORD_FIXED + entry_text(context, entry))


@admin_only
async def record_del(update: Update, context: BotContext) -> None:
    args = command_args(context)
    if len(args) != 1 or not args[0].lstrip("#").isdigit():
        await reply(update, texts.RECORD_DEL_USAGE)
        return
    entry_id = int(args[0].lstrip("#"))
    try:
        entry = await context.services.records.correct_entry(update.effective_user.id, entry_id, delete=True)
    except NotFound:
        await reply(update, texts.RECORD_ENTRY_NOT_FOUND.format(id=entry_id))
        return
    await reply(update, texts.RECORD_FIXED + entry_text(context, entry))
