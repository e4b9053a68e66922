"""Export and 编报, Telegram side (admins): /export, /issue_new, /issues and the issue screen.

/export asks four things with buttons — period (本月 / 本季度 / 本年 / 全部, or two typed
dates), status, category, format — keeping the answers in the dialog store (flow "export"),
then streams the file through `services.export` in a background task (so the bot answers
others meanwhile), editing one progress message as it goes, and sends the file with a
caption that sums up the count and the filters.

/issue_new proposes the year's next number (or takes a typed one), then the issue screen
(flow "issue", step "items") takes typed tracking numbers; its buttons move and remove items,
send a proof, and publish: the DOCX goes to the admin and each author is told.

Callback kinds: handlers/export_buttons.py (xp export choices, xi* issues). Every handler is admin-only, and the
services check the role again.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot import texts
from bot.timeparse import format_when
from handlers.context import BotContext
from bot.dialogs import Dialog
from bot.errors import NotFound, PermissionDenied, UserError
from bot.issues import IssueView, numbers_in
from handlers import menus, router, send_now
from handlers.export_buttons import (ExportChoice, IssueAction, IssueAddItem, IssueAddTo, IssueItemAction,
                                     IssueNew)
from handlers.common import admin_only, answer_query, button_errors, drop_buttons, esc, reply, spawn

log = logging.getLogger(__name__)

FLOW = "export"
ISSUE_FLOW = "issue"
PERIOD, STATUS, CATEGORY, FORMAT = "period", "status", "category", "format"
PERIOD_CODES = {"m": texts.EXPORT_PERIOD_MONTH, "q": texts.EXPORT_PERIOD_QUARTER, "y": texts.EXPORT_PERIOD_YEAR,
                "a": texts.EXPORT_PERIOD_ALL}
ALL = "a"


def _x(action: str, code: object) -> str:
    return ExportChoice(action, str(code)).pack()


def _i(action: str, iid: int) -> str:
    return IssueAction(action, iid).pack()


def _is_admin(context: BotContext) -> bool:
    member = context.member
    return member is not None and member.is_admin and member.status != "blocked"


# --- /export -----------------------------------------------------------------------------------

def _choice(values: tuple[str, ...], code: str | None) -> str | None:
    """A button's index into `values` (or 'a' for 全部) → the value, None for 全部."""
    if code in (None, "", ALL):
        return None
    index = int(code) if code.isdigit() else -1
    if not 0 <= index < len(values):
        raise NotFound(code)
    return values[index]


@admin_only
async def export_command(update: Update, context: BotContext) -> None:
    await context.services.dialogs.set(update.effective_user.id, FLOW, PERIOD, {})
    buttons = [(label, _x("p", code)) for code, label in PERIOD_CODES.items()]
    await reply(update, texts.EXPORT_ASK_PERIOD, reply_markup=menus.inline(menus.grid(buttons, 4)))


async def _ask_status(update: Update, context: BotContext, period_label: str) -> None:
    statuses = context.services.export.status_choices
    buttons = [(texts.EXPORT_CHOICE_ALL, _x("s", ALL))] + [(name, _x("s", i)) for i, name in enumerate(statuses)]
    await reply(update, texts.EXPORT_ASK_STATUS.format(period=esc(period_label)),
                reply_markup=menus.inline(menus.grid(buttons, 2)))   # two a row: the labels are long


async def _ask_category(update: Update, context: BotContext, status: str | None) -> None:
    categories = context.services.export.categories
    buttons = [(texts.EXPORT_CHOICE_ALL, _x("c", ALL))] + [(name, _x("c", i)) for i, name in enumerate(categories)]
    await reply(update, texts.EXPORT_ASK_CATEGORY.format(status=esc(status or texts.EXPORT_CHOICE_ALL)),
                reply_markup=menus.inline(menus.grid(buttons, 3)))


async def _ask_format(update: Update, context: BotContext, category: str | None) -> None:
    buttons = [(name, _x("f", fmt)) for fmt, name in texts.EXPORT_FORMAT_NAMES.items()]
    await reply(update, texts.EXPORT_ASK_FORMAT.format(category=esc(category or texts.EXPORT_CHOICE_ALL)),
                reply_markup=menus.inline([buttons]))


async def _period_chosen(update: Update, context: BotContext, text: str) -> None:
    """A period button or typed dates: checked now, kept as typed (本月 is taken again at export)."""
    period = context.services.export.period(text)  # UserError when it cannot be read
    await context.services.dialogs.set(update.effective_user.id, FLOW, STATUS, {"period": text})
    await _ask_status(update, context, period.label)


async def export_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    """Typed text while choosing: dates at the period step; elsewhere a nudge towards the buttons."""
    tid = update.effective_user.id
    if not _is_admin(context):
        await context.services.dialogs.clear(tid, FLOW)
        await router.route_message(update, context)
        return
    text = update.effective_message.text
    if dialog.step != PERIOD:
        await reply(update, texts.EXPORT_BUTTON_EXPECTED)
        return
    if text is None:
        await reply(update, texts.EXPORT_TEXT_EXPECTED)
        return
    try:
        await _period_chosen(update, context, text)
    except UserError as exc:
        await reply(update, exc.text)


async def export_cancel(update: Update, context: BotContext, dialog: Dialog) -> None:
    await reply(update, texts.EXPORT_CANCELLED, reply_markup=menus.menu_for(context.member))


@admin_only
async def export_button(update: Update, context: BotContext) -> None:
    choice = ExportChoice.parse(update.callback_query.data)
    if choice is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    action, code = choice.action, choice.code
    services = context.services
    tid = update.effective_user.id
    dialog = await services.dialogs.get(tid)
    if dialog is None or dialog.flow != FLOW:
        await answer_query(update, texts.BUTTON_EXPIRED)
        await drop_buttons(update)
        return
    data = dict(dialog.data)
    try:
        if action == "p" and code in PERIOD_CODES:
            await answer_query(update)
            await drop_buttons(update, texts.EXPORT_CHOSEN.format(value=PERIOD_CODES[code]))
            await _period_chosen(update, context, PERIOD_CODES[code])
        elif action == "s" and "period" in data:
            status = _choice(services.export.status_choices, code)
            await services.dialogs.set(tid, FLOW, CATEGORY, {**data, "status": status})
            await answer_query(update)
            await drop_buttons(update, texts.EXPORT_CHOSEN.format(value=esc(status or texts.EXPORT_CHOICE_ALL)))
            await _ask_category(update, context, status)
        elif action == "c" and "status" in data:
            category = _choice(services.export.categories, code)
            await services.dialogs.set(tid, FLOW, FORMAT, {**data, "category": category})
            await answer_query(update)
            await drop_buttons(update, texts.EXPORT_CHOSEN.format(value=esc(category or texts.EXPORT_CHOICE_ALL)))
            await _ask_format(update, context, category)
        elif action == "f" and code in texts.EXPORT_FORMAT_NAMES and "category" in data:
            await services.dialogs.clear(tid, FLOW)
            await answer_query(update)
            await drop_buttons(update, texts.EXPORT_CHOSEN.format(value=texts.EXPORT_FORMAT_NAMES[code]))
            spawn(context, update, run_export(update, context, data, code), name=f"export:{tid}")
        else:
            await answer_query(update, texts.BUTTON_EXPIRED)
    except NotFound:
        await answer_query(update, texts.BUTTON_EXPIRED)
    except UserError as exc:
        await answer_query(update, exc.text, alert=True)


async def run_export(update: Update, context: BotContext, data: dict, fmt: str) -> None:
    """Count, stream the file while editing one progress message, then send it.

    Runs beside the update loop (handlers.common.spawn): the bot answers others meanwhile, and
    the export's keyset pages each take a short transaction between their updates.
    """
    try:
        await _stream_and_send(update, context, data, fmt)
    except UserError as exc:
        await reply(update, exc.text)
    except PermissionDenied:  # demoted since pressing: the service checked again
        await reply(update, texts.NOT_ALLOWED)


async def _stream_and_send(update: Update, context: BotContext, data: dict, fmt: str) -> None:
    services = context.services
    export = services.export
    chat_id = update.effective_chat.id
    flt = export.filter_for(str(data.get("period") or texts.EXPORT_PERIOD_ALL), data.get("status"),
                            data.get("category"))
    total = await services.submissions.count_for(flt)
    progress_message = await context.bot.send_message(chat_id, _progress_text(0, total))

    async def progress(done: int, of: int | None) -> None:
        try:
            await progress_message.edit_text(_progress_text(done, of))
        except BadRequest:  # unchanged text, or the message is gone: progress is a courtesy
            pass

    with tempfile.TemporaryDirectory(prefix="export-") as folder:
        path = Path(folder) / f"export.{fmt}"
        result = await export.export(fmt, flt, path, actor=update.effective_user.id, progress=progress, total=total)
        caption = texts.EXPORT_CAPTION.format(
            period=esc(result.period_label), count=result.count, status=esc(flt.status or texts.EXPORT_CHOICE_ALL),
            category=esc(flt.category or texts.EXPORT_CHOICE_ALL), format=texts.EXPORT_FORMAT_NAMES[fmt])
        if result.count == 0:
            caption += texts.EXPORT_CAPTION_EMPTY
        with path.open("rb") as fh:
            await context.bot.send_document(chat_id, document=fh, filename=result.filename, caption=caption)


def _progress_text(done: int, total: int | None) -> str:
    of_total = texts.EXPORT_PROGRESS_OF_TOTAL.format(total=total) if total is not None else ""
    return texts.EXPORT_PROGRESS.format(done=done, of_total=of_total)


# --- issues: rendering ----------------------------------------------------------------------

def issue_text(context: BotContext, view: IssueView) -> str:
    lines = "\n".join(texts.ISSUE_ITEM_LINE.format(index=item.position, title=esc(item.title),
                                                   number=esc(item.number), author=esc(item.author_name))
                      for item in view.items) or texts.ISSUE_NO_ITEMS
    text = texts.ISSUE_SCREEN.format(issue=view.label, status=texts.ISSUE_STATUS_NAMES[view.status], items=lines)
    if view.published_at is not None:
        when = format_when(view.published_at, context.services.settings.timezone)
        text += texts.ISSUE_SCREEN_PUBLISHED.format(when=when)
    elif view.is_draft:
        text += texts.ISSUE_ADD_HINT
    return text


def issue_buttons(view: IssueView):  # noqa: ANN201
    if not view.is_draft:
        return menus.inline([[(texts.ISSUE_BTN_DOCX, _i("w", view.id))]])
    rows = [[(texts.ISSUE_BTN_UP.format(index=item.position), IssueItemAction("u", view.id, item.id).pack()),
             (texts.ISSUE_BTN_DOWN.format(index=item.position), IssueItemAction("d", view.id, item.id).pack()),
             (texts.ISSUE_BTN_REMOVE.format(index=item.position), IssueItemAction("r", view.id, item.id).pack())]
            for item in view.items]
    if view.items:
        rows.append([(texts.ISSUE_BTN_PROOF, _i("w", view.id)), (texts.ISSUE_BTN_PUBLISH, _i("p", view.id))])
    rows.append([(texts.ISSUE_BTN_CLOSE, _i("x", view.id))])
    return menus.inline(rows)


async def show_issue(update: Update, context: BotContext, view: IssueView, edit: bool = False) -> None:
    text, markup = issue_text(context, view), issue_buttons(view)
    if edit and update.callback_query is not None and update.callback_query.message is not None:
        try:
            await update.callback_query.message.edit_text(text, reply_markup=markup)
            return
        except BadRequest:
            pass
    await reply(update, text, reply_markup=markup)


async def _open(update: Update, context: BotContext, view: IssueView) -> None:
    """Show an issue; a draft also opens the screen's flow, so typed numbers are added to it."""
    tid = update.effective_user.id
    if view.is_draft:
        await context.services.dialogs.set(tid, ISSUE_FLOW, "items", {"iid": view.id})
    await show_issue(update, context, view)


# --- issues: commands and typed text ------------------------------------------------------

@admin_only
async def issue_new_command(update: Update, context: BotContext) -> None:
    tid = update.effective_user.id
    proposal = await context.services.issues.propose(tid)
    await context.services.dialogs.set(tid, ISSUE_FLOW, "number", {})
    await reply(update, texts.ISSUE_ASK_NUMBER.format(issue=proposal.label, year=proposal.year,
                                                      existing=proposal.existing),
                reply_markup=menus.inline([[(texts.ISSUE_USE_PROPOSED.format(issue=proposal.label),
                                             IssueNew(proposal.year, proposal.number).pack())]]))


@admin_only
async def issues_command(update: Update, context: BotContext) -> None:
    views = await context.services.issues.recent(update.effective_user.id)
    if not views:
        await reply(update, texts.ISSUE_LIST_EMPTY)
        return
    lines = [texts.ISSUE_LIST_LINE.format(issue=v.label, status=texts.ISSUE_STATUS_NAMES[v.status],
                                          count=len(v.items)) for v in views]
    rows = [[(texts.ISSUE_LIST_LINE.format(issue=v.label, status=texts.ISSUE_STATUS_NAMES[v.status],
                                           count=len(v.items)), _i("v", v.id))] for v in views]
    await reply(update, texts.ISSUE_LIST_HEAD + "\n" + "\n".join(lines), reply_markup=menus.inline(rows))


async def issue_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    """A typed issue number (step "number") or tracking numbers to add (step "items")."""
    issues = context.services.issues
    tid = update.effective_user.id
    if not _is_admin(context):
        await context.services.dialogs.clear(tid, ISSUE_FLOW)
        await router.route_message(update, context)
        return
    text = update.effective_message.text
    try:
        if dialog.step == "number":
            if text is None:
                await reply(update, texts.ISSUE_NUMBER_EXPECTED)
                return
            year, number = issues.parse_number(text)
            view = await issues.create(tid, year, number)
            await reply(update, texts.ISSUE_CREATED.format(issue=view.label))
            await _open(update, context, view)
            return
        iid = int(dialog.data.get("iid", 0))
        wanted = numbers_in(text or "")
        if not wanted:
            await reply(update, texts.ISSUE_TEXT_EXPECTED)
            return
        lines, view = [], None
        for number in wanted:
            try:
                added = await issues.add_by_number(tid, iid, number)
            except UserError as exc:
                lines.append(exc.text)
                continue
            view = added.view
            lines.append(texts.ISSUE_ADDED.format(number=esc(added.item.number), title=esc(added.item.title),
                                                  count=len(view.items)))
        await reply(update, "\n".join(lines))
        await show_issue(update, context, view or await issues.view(tid, iid))
    except NotFound:
        await context.services.dialogs.clear(tid, ISSUE_FLOW)
        await reply(update, texts.ISSUE_NOT_FOUND)
    except UserError as exc:
        await reply(update, exc.text)
        if dialog.step == "items":  # the issue was published meanwhile
            await context.services.dialogs.clear(tid, ISSUE_FLOW)


async def issue_cancel(update: Update, context: BotContext, dialog: Dialog) -> None:
    await reply(update, texts.ISSUE_CANCELLED, reply_markup=menus.menu_for(context.member))


# --- issues: buttons -----------------------------------------------------------------------

@admin_only
@button_errors(texts.ISSUE_NOT_FOUND, alert_not_found=True)
async def issue_button(update: Update, context: BotContext) -> None:
    data = update.callback_query.data
    issues = context.services.issues
    tid = update.effective_user.id
    if (new := IssueNew.parse(data)) is not None:
        view = await issues.create(tid, new.year, new.number)
        await answer_query(update)
        await drop_buttons(update)
        await reply(update, texts.ISSUE_CREATED.format(issue=view.label))
        await _open(update, context, view)
    elif (item := IssueItemAction.parse(data)) is not None and item.action in ("u", "d", "r"):
        await _item_action(update, context, item)
    elif (pick := IssueAddItem.parse(data)) is not None:
        await _pick_issue_for(update, context, pick.sid)
    elif (add := IssueAddTo.parse(data)) is not None:
        added = await issues.add(tid, add.iid, add.sid)
        await answer_query(update)
        await drop_buttons(update)
        await reply(update, texts.ISSUE_ADDED.format(number=esc(added.item.number), title=esc(added.item.title),
                                                     count=len(added.view.items)),
                    reply_markup=menus.inline([[(added.view.label, _i("v", added.view.id))]]))
    elif (issue := IssueAction.parse(data)) is not None:
        await _issue_action(update, context, issue.action, issue.iid)
    else:
        await answer_query(update, texts.BUTTON_EXPIRED)


async def _item_action(update: Update, context: BotContext, press: IssueItemAction) -> None:
    issues = context.services.issues
    tid = update.effective_user.id
    if press.action == "r":
        before = await issues.view(tid, press.iid)
        view = await issues.remove(tid, press.iid, press.item)
        gone = next((i for i in before.items if i.id == press.item), None)
        await answer_query(update, texts.ISSUE_REMOVED.format(number=gone.number) if gone else None)
    else:
        view = await issues.move(tid, press.iid, press.item, -1 if press.action == "u" else 1)
        await answer_query(update)
    await show_issue(update, context, view, edit=True)


async def _issue_action(update: Update, context: BotContext, action: str, iid: int) -> None:
    issues = context.services.issues
    tid = update.effective_user.id
    if action == "v":
        view = await issues.view(tid, iid)
        await answer_query(update)
        await _open(update, context, view)
    elif action == "w":
        await answer_query(update)
        await send_issue_docx(update, context, iid)
    elif action == "p":
        view = await issues.ready_to_publish(tid, iid)
        await answer_query(update)
        await reply(update, texts.ISSUE_CONFIRM_PUBLISH.format(issue=view.label, count=len(view.items)),
                    reply_markup=menus.inline([[(texts.ISSUE_BTN_CONFIRM, _i("pp", view.id)),
                                                (texts.ISSUE_BTN_BACK, _i("v", view.id))]]))
    elif action == "pp":
        await publish(update, context, iid)
    elif action == "x":
        view = await issues.view(tid, iid)
        await context.services.dialogs.clear(tid, ISSUE_FLOW)
        await answer_query(update)
        await drop_buttons(update)
        await reply(update, texts.ISSUE_CLOSED.format(issue=view.label), reply_markup=menus.menu_for(context.member))
    else:
        await answer_query(update, texts.BUTTON_EXPIRED)


async def _pick_issue_for(update: Update, context: BotContext, sid: int) -> None:
    """编入期刊 on a review card: choose the draft issue the item goes into."""
    tid = update.effective_user.id
    view = await context.services.submissions.view_admin(tid, sid)
    drafts = await context.services.issues.drafts(tid)
    await answer_query(update)
    if not drafts:
        await reply(update, texts.ISSUE_NO_DRAFTS)
        return
    rows = [[(texts.ISSUE_PICK_LINE.format(issue=d.label, count=len(d.items)), IssueAddTo(d.id, sid).pack())]
            for d in drafts]
    await reply(update, texts.ISSUE_PICK_FOR_ITEM.format(number=esc(view.number), title=esc(view.title)),
                reply_markup=menus.inline(rows))


async def send_issue_docx(update: Update, context: BotContext, iid: int) -> None:
    """The issue's DOCX to the admin: the published issue, or a proof of a draft."""
    issues = context.services.issues
    with tempfile.TemporaryDirectory(prefix="issue-") as folder:
        path, info = await issues.write_docx(update.effective_user.id, iid, Path(folder) / "issue.docx")
        view = await issues.view(update.effective_user.id, iid)
        template = texts.ISSUE_DOC_CAPTION if not view.is_draft else texts.ISSUE_PROOF_CAPTION
        with path.open("rb") as fh:
            await context.bot.send_document(update.effective_chat.id, document=fh,
                                            filename=context.services.export.issue_filename(info),
                                            caption=template.format(issue=info.label, count=len(info.items)))


async def publish(update: Update, context: BotContext, iid: int) -> None:
    """发布: fix the issue, send its DOCX to the admin, tell each author."""
    tid = update.effective_user.id
    view = await context.services.issues.publish(tid, iid)
    await answer_query(update)
    await drop_buttons(update)
    dialog = await context.services.dialogs.get(tid)
    if dialog is not None and dialog.flow == ISSUE_FLOW and dialog.data.get("iid") == iid:
        await context.services.dialogs.clear(tid, ISSUE_FLOW)
    await send_issue_docx(update, context, iid)
    await send_now.kick(context.application)  # the authors' notices were queued with the publication
    told: set[int] = set()
    missed: dict[int, str] = {}
    for item in view.items:  # as the sends left them (a blocked chat is marked unreachable)
        author = await context.services.members.get(item.author_telegram_id)
        if author is not None and not author.can_receive:
            missed[item.author_telegram_id] = item.author_name
        else:
            told.add(item.author_telegram_id)
    text = texts.ISSUE_PUBLISHED.format(issue=view.label, count=len(view.items), told=len(told))
    if missed:
        text += texts.ISSUE_PUBLISHED_UNREACHABLE.format(count=len(missed),
                                                         names="、".join(esc(n) for n in missed.values()))
    await reply(update, text, reply_markup=menus.menu_for(context.member))


# --- wiring --------------------------------------------------------------------------------------

def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("export", export_command, filters=private))
    application.add_handler(CommandHandler("issue_new", issue_new_command, filters=private))
    application.add_handler(CommandHandler("issues", issues_command, filters=private))
    application.add_handler(CallbackQueryHandler(export_button, pattern=ExportChoice.pattern()))
    for kind in (IssueAction, IssueItemAction, IssueNew, IssueAddItem, IssueAddTo):
        application.add_handler(CallbackQueryHandler(issue_button, pattern=kind.pattern()))
    router.register_flow(FLOW, export_message, export_cancel)
    router.register_flow(ISSUE_FLOW, issue_message, issue_cancel)
