"""The 社情民意 conversations, Telegram side: writing (/submit), co-signing, 附议, /my and /review.

Steps in order: 标题 → 类别 → 情况 → 问题与原因 → 意见建议 → 附件 → 联名 → 手机 / 单位 (when the
member's record lacks them) → 确认清单 → 预览. The draft row holds the step (bot/submissions.py);
each update is routed by the stored step, so a restart or another process resumes the form.

Callback kinds: sd (the draft form), sc (a co-signer's answer), ss (附议), sm (mine), sr (review);
an adopted item's review card also carries xi (编入期刊, handled in handlers/export.py).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from types import SimpleNamespace

from telegram import Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot import texts
from bot import submissions as sb
from handlers.context import BotContext
from bot.dialogs import Dialog
from bot.errors import NotFound, UserError
from bot.submissions import SubmissionFilters, SubmissionView
from handlers import callbacks, jobs, menus, router
from handlers.common import admin_only, answer_query, button_errors, esc, member_only, notify_admins, reply, send_to

log = logging.getLogger(__name__)

CHUNK = 4000
FINISH_WORDS = (texts.DONE, texts.SKIP)


# --- rendering ---------------------------------------------------------------------------------

def _when(context: BotContext, value) -> str:  # noqa: ANN001
    return value.astimezone(context.services.settings.timezone).strftime("%Y-%m-%d %H:%M")


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
        status=texts.SUB_STATUS_NAMES.get(view.status, view.status), category=esc(view.category),
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
        status=texts.SUB_STATUS_NAMES.get(view.status, view.status), category=esc(view.category),
        author=esc(view.author_name), unit=esc(view.unit or texts.NONE_CHOICE), phone="", lines="",
        situation=esc(original.get("situation", "")),
        problem=esc(original.get("problem", "")), suggestion=esc(original.get("suggestion", "")))


def history(context: BotContext, view: SubmissionView) -> str:
    lines = [texts.SUB_HISTORY_HEAD]
    for entry in view.history:
        when = _when(context, entry.at)
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
                when=when, status=texts.SUB_STATUS_NAMES.get(entry.to_status, entry.to_status), note=extra))
    return "\n".join(lines) if len(lines) > 1 else ""


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """Split at line ends so each part fits one Telegram message (tags never span lines here)."""
    parts, current = [], ""
    for line in text.split("\n"):
        while len(line) > size:
            if current:
                parts.append(current)
                current = ""
            cut = size
            amp = line.rfind("&", 0, cut)  # never cut an escaped character (&amp;) in two
            if amp > 0 and line.find(";", amp, cut) == -1:
                cut = amp
            parts.append(line[:cut])
            line = line[cut:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > size:
            parts.append(current)
            current = line
        else:
            current = candidate
    if current:
        parts.append(current)
    return parts or [text]


async def send_long(update: Update, text: str, reply_markup=None) -> None:  # noqa: ANN001
    parts = chunks(text)
    for i, part in enumerate(parts):
        await reply(update, part, reply_markup=reply_markup if i == len(parts) - 1 else None)


async def _drop_buttons(update: Update, suffix: str | None = None) -> None:
    """Take the buttons off the pressed message (and note the choice), so it cannot be pressed again."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    try:
        if suffix:
            await query.message.edit_text(f"{query.message.text_html}\n{suffix}")
        else:
            await query.message.edit_reply_markup(None)
    except (BadRequest, TelegramError):
        pass


# --- asking each step --------------------------------------------------------------------------------

def _d(action: str, *parts: object) -> str:
    return callbacks.make("sd", action, *parts)


async def ask(update: Update, context: BotContext, view: SubmissionView) -> None:
    """Say what the current step expects (and its limits), with its buttons."""
    step = view.step
    settings = context.services.submissions
    current = ""
    if view.editing and step in sb.TEXT_FIELDS and getattr(view, step):
        current = "\n\n" + texts.SUB_CURRENT_VALUE.format(value=esc(getattr(view, step)))
    if step == sb.TITLE:
        await reply(update, texts.SUB_ASK_TITLE + current, reply_markup=menus.remove_keyboard())
    elif step == sb.CATEGORY:
        buttons = [(name, _d("cat", view.id, i)) for i, name in enumerate(settings.categories)]
        await reply(update, texts.SUB_ASK_CATEGORY, reply_markup=menus.inline(menus.grid(buttons, 2)))
    elif step in sb.BODY_FIELDS:
        prompt = {sb.SITUATION: texts.SUB_ASK_SITUATION, sb.PROBLEM: texts.SUB_ASK_PROBLEM,
                  sb.SUGGESTION: texts.SUB_ASK_SUGGESTION}[step]
        await send_long(update, prompt + current)
    elif step == sb.FILES:
        await reply(update, texts.SUB_ASK_FILES.format(max=settings.max_attachments, mb=settings.max_attachment_mb),
                    reply_markup=menus.inline([[(texts.DONE, _d("fin", view.id))]]))
    elif step == sb.COSIGN:
        label = texts.DONE if view.cosigners else texts.SKIP
        await reply(update, texts.SUB_ASK_COSIGN, reply_markup=menus.inline([[(label, _d("csd", view.id))]]))
    elif step == sb.PHONE:
        await reply(update, texts.SUB_ASK_PHONE)
    elif step == sb.UNIT:
        await reply(update, texts.SUB_ASK_UNIT)
    elif step == sb.CHECK:
        await reply(update, texts.SUB_ASK_CHECK,
                    reply_markup=menus.inline([[(texts.SUB_CHECK_CONFIRM, _d("ok", view.id))]]))
    elif step == sb.PREVIEW:
        await preview(update, context, view)
    elif step == sb.SIMILAR:
        items = await context.services.submissions.similar(update.effective_user.id, view.id)
        if items:
            await offer_similar(update, context, view, items)
        else:
            await preview(update, context, view)


async def preview(update: Update, context: BotContext, view: SubmissionView) -> None:
    length = view.body_length
    foot = texts.SUB_PREVIEW_FOOT.format(length=length,
                                         warning=texts.SUB_PREVIEW_OVER if length > sb.BODY_ADVISED else "")
    submit = texts.SUB_RESUBMIT if view.status == "returned" else texts.SUB_SUBMIT
    buttons = [[(submit, _d("go", view.id, view.rev)), (texts.SUB_EDIT, _d("ed", view.id))],
               [(texts.SUB_HOLD, _d("hold", view.id)), (texts.SUB_DISCARD, _d("drop", view.id))]]
    text = f"{texts.SUB_PREVIEW_HEAD}\n\n{card(view)}\n\n{foot}"
    await send_long(update, text, reply_markup=menus.inline(buttons))


async def offer_similar(update: Update, context: BotContext, view: SubmissionView,
                        items: list[sb.SimilarItem]) -> None:
    lines = "\n".join(texts.SUB_SIMILAR_LINE.format(
        number=esc(i.number), title=esc(i.title), author=esc(i.author_name),
        status=texts.SUB_STATUS_NAMES.get(i.status, i.status)) for i in items)
    others = [i for i in items if not i.own]
    rows = [[(texts.SUB_SECOND_BUTTON.format(number=i.number), callbacks.make("ss", i.id, view.id))] for i in others]
    rows.append([(texts.SUB_FILE_ANYWAY, _d("force", view.id, view.rev)), (texts.SUB_EDIT, _d("ed", view.id))])
    rows.append([(texts.SUB_HOLD, _d("hold", view.id))])
    template = texts.SUB_SIMILAR_OTHERS if others else texts.SUB_DUPLICATE_OWN
    await reply(update, template.format(items=lines), reply_markup=menus.inline(rows))


# --- /submit and the form's messages ---------------------------------------------------------------

@member_only
async def submit_command(update: Update, context: BotContext) -> None:
    sub = context.services.submissions
    tid = update.effective_user.id
    draft = await sub.current_draft(tid)
    if draft is not None and (draft.title or draft.step != sb.TITLE):
        await reply(update, texts.SUB_DRAFT_EXISTS.format(title=esc(draft.title or texts.SUB_UNTITLED),
                                                          when=_when(context, draft.updated_at)),
                    reply_markup=menus.inline([[(texts.SUB_CONTINUE, _d("cont", draft.id)),
                                                (texts.SUB_RESTART, _d("new", draft.id))]]))
        return
    view = await sub.start(tid)
    await reply(update, texts.SUB_INTRO)
    await ask(update, context, view)


async def form_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    """A message while writing: the answer to the draft's current step."""
    sub = context.services.submissions
    tid = update.effective_user.id
    member = context.member
    if member is None or not (member.is_active or member.is_admin) or member.status == "blocked":
        await context.services.dialogs.clear(tid, sb.FLOW)
        await router.route_message(update, context)
        return
    view = await sub.in_flow(tid)
    if view is None or view.status not in ("draft", "returned"):
        await context.services.dialogs.clear(tid, sb.FLOW)
        await reply(update, texts.BUTTON_EXPIRED, reply_markup=menus.main_menu())
        return
    message = update.effective_message
    text = message.text
    step = view.step
    try:
        if step == sb.FILES:
            await _attachment(update, context, view)
            return
        if step == sb.PHONE and message.contact is not None and message.contact.user_id == tid:
            text = message.contact.phone_number
        if text is None:
            await reply(update, texts.SUB_TEXT_EXPECTED)
            await ask(update, context, view)
            return
        if step == sb.COSIGN:
            await _cosign_search(update, context, view, text)
            return
        if step in (sb.CHECK, sb.PREVIEW, sb.SIMILAR):
            await reply(update, texts.SUB_BUTTON_EXPECTED)
            await ask(update, context, view)
            return
        result = await sub.answer(tid, view.id, step, text)
    except sb.StaleStep:
        await ask(update, context, await sub.view_own(tid, view.id))
        return
    except UserError as exc:
        await reply(update, exc.text, reply_markup=menus.main_menu())
        await context.services.dialogs.clear(tid, sb.FLOW)
        return
    if result.error:
        await reply(update, result.error)
        if step == sb.CATEGORY:
            await ask(update, context, result.view)
        return
    if result.warning:
        await reply(update, result.warning)
    await ask(update, context, result.view)


async def _attachment(update: Update, context: BotContext, view: SubmissionView) -> None:
    message = update.effective_message
    sub = context.services.submissions
    tid = update.effective_user.id
    if message.text is not None and message.text.strip() in FINISH_WORDS:
        result = await sub.finish_step(tid, view.id, sb.FILES)
        await ask(update, context, result.view)
        return
    if message.photo:
        photo = message.photo[-1]
        kind, file_id, unique_id, size = "photo", photo.file_id, photo.file_unique_id, photo.file_size
        name = f"照片{len(view.attachments) + 1}.jpg"
    elif message.document is not None:
        doc = message.document
        kind, file_id, unique_id, size = "document", doc.file_id, doc.file_unique_id, doc.file_size
        name = doc.file_name or f"文件{len(view.attachments) + 1}"
    else:
        await reply(update, texts.SUB_FILES_EXPECTED, reply_markup=menus.inline([[(texts.DONE, _d("fin", view.id))]]))
        return
    result = await sub.add_attachment(tid, view.id, kind, file_id, unique_id, name, size)
    done = menus.inline([[(texts.DONE, _d("fin", view.id))]])
    if result.error:
        await reply(update, result.error, reply_markup=done)
        return
    await reply(update, texts.SUB_FILE_ADDED.format(count=len(result.view.attachments), max=sub.max_attachments,
                                                    name=esc(name)), reply_markup=done)


async def _cosign_search(update: Update, context: BotContext, view: SubmissionView, text: str) -> None:
    sub = context.services.submissions
    tid = update.effective_user.id
    if text.strip() in FINISH_WORDS:
        result = await sub.finish_step(tid, view.id, sb.COSIGN)
        await ask(update, context, result.view)
        return
    found = await sub.find_cosigners(tid, view.id, text)
    label = texts.DONE if view.cosigners else texts.SKIP
    if not found:
        await reply(update, texts.SUB_COSIGN_NOT_FOUND.format(name=esc(text.strip()[:20])),
                    reply_markup=menus.inline([[(label, _d("csd", view.id))]]))
        return
    buttons = [(f"{m.name}（{m.sector or texts.NONE_CHOICE}）", _d("cs", view.id, m.id)) for m in found]
    rows = menus.grid(buttons, 1) + [[(label, _d("csd", view.id))]]
    await reply(update, texts.SUB_COSIGN_CHOOSE, reply_markup=menus.inline(rows))


async def form_cancel(update: Update, context: BotContext, dialog: Dialog) -> None:
    """/cancel: the draft is kept (like 暂存), so nothing typed is lost."""
    await reply(update, texts.SUB_HELD, reply_markup=menus.main_menu())


# --- the form's buttons ----------------------------------------------------------------------------

@member_only
async def form_button(update: Update, context: BotContext) -> None:
    _, parts = callbacks.parse(update.callback_query.data)
    action = parts[0] if parts else ""
    sid = callbacks.int_part(parts, 1)
    if sid is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    sub = context.services.submissions
    tid = update.effective_user.id
    try:
        await _form_action(update, context, action, sid, parts)
    except NotFound:
        await answer_query(update, texts.SUB_NOT_FOUND, alert=True)
    except sb.StaleStep:
        await answer_query(update, texts.BUTTON_EXPIRED)
        try:
            view = await sub.view_own(tid, sid)
        except NotFound:
            return
        if view.status in ("draft", "returned"):
            await ask(update, context, view)
    except UserError as exc:
        await answer_query(update, exc.text, alert=True)
        if exc.text == texts.SUB_STALE_PREVIEW:
            view = await sub.view_own(tid, sid)
            if view.step == sb.PREVIEW:
                await preview(update, context, view)


async def _form_action(update: Update, context: BotContext, action: str, sid: int, parts: list[str]) -> None:
    sub = context.services.submissions
    tid = update.effective_user.id
    if action == "cat":
        index = callbacks.int_part(parts, 2)
        result = await sub.choose_category(tid, sid, -1 if index is None else index)
        await answer_query(update)
        await _drop_buttons(update, texts.SUB_CHOSEN.format(value=esc(result.view.category)))
        await ask(update, context, result.view)
    elif action in ("fin", "csd", "ok"):
        step = {"fin": sb.FILES, "csd": sb.COSIGN, "ok": sb.CHECK}[action]
        result = await sub.finish_step(tid, sid, step)
        await answer_query(update)
        await _drop_buttons(update)
        await ask(update, context, result.view)
    elif action == "cs":
        member_id = callbacks.int_part(parts, 2)
        if member_id is None:
            raise NotFound(sid)
        await _invite(update, context, sid, member_id)
    elif action in ("go", "force"):
        rev = callbacks.int_part(parts, 2)
        await _submit(update, context, sid, rev, check_similar=action == "go")
    elif action == "ed":
        view = await sub.view_own(tid, sid)
        if view.status not in ("draft", "returned"):
            raise UserError(texts.SUB_ALREADY_FILED.format(number=view.number))
        await answer_query(update)
        buttons = [(texts.SUB_FIELD_NAMES[f], _d("f", sid, f)) for f in sb.EDITABLE_FIELDS]
        rows = menus.grid(buttons, 3) + [[(texts.SUB_BACK_TO_PREVIEW, _d("back", sid))]]
        await reply(update, texts.SUB_EDIT_WHICH, reply_markup=menus.inline(rows))
    elif action == "f":
        field_name = parts[2] if len(parts) > 2 else ""
        view = await sub.edit_field(tid, sid, field_name)
        await answer_query(update)
        await _drop_buttons(update)
        await ask(update, context, view)
    elif action == "back":
        view = await sub.back_to_preview(tid, sid)
        await answer_query(update)
        await _drop_buttons(update)
        await preview(update, context, view)
    elif action == "hold":
        await sub.hold(tid, sid)
        await answer_query(update)
        await _drop_buttons(update)
        await reply(update, texts.SUB_HELD, reply_markup=menus.main_menu())
    elif action == "drop":
        view = await sub.discard(tid, sid)
        await answer_query(update)
        await _drop_buttons(update)
        if view.status == "returned":
            await reply(update, texts.SUB_REVISION_LEFT.format(number=esc(view.number)), reply_markup=menus.main_menu())
        else:
            await reply(update, texts.SUB_DISCARDED, reply_markup=menus.main_menu())
    elif action == "cont":
        view = await sub.resume(tid, sid)
        await answer_query(update)
        await _drop_buttons(update)
        await reply(update, texts.SUB_RESUMED)
        await ask(update, context, view)
    elif action == "new":
        view = await sub.start(tid, restart=True)
        await answer_query(update)
        await _drop_buttons(update)
        await reply(update, texts.SUB_INTRO)
        await ask(update, context, view)
    else:
        await answer_query(update, texts.BUTTON_EXPIRED)


async def _invite(update: Update, context: BotContext, sid: int, member_id: int) -> None:
    sub = context.services.submissions
    invite = await sub.invite_cosigner(update.effective_user.id, sid, member_id)
    await answer_query(update)
    view, cosigner = invite.view, invite.cosigner
    summary = esc(view.situation[:200])
    text = texts.SUB_COSIGN_INVITE.format(author=esc(view.author_name), title=esc(view.title), summary=summary)
    buttons = menus.inline([[(texts.SUB_COSIGN_AGREE, callbacks.make("sc", "y", cosigner.id)),
                             (texts.SUB_COSIGN_DECLINE, callbacks.make("sc", "n", cosigner.id))]])
    sent = await send_to(context, cosigner.telegram_id, text, reply_markup=buttons)
    done = menus.inline([[(texts.DONE, _d("csd", sid))]])
    template = texts.SUB_COSIGN_INVITED if sent is not None else texts.SUB_COSIGN_UNREACHABLE
    await reply(update, template.format(name=esc(cosigner.name)), reply_markup=done)


async def _submit(update: Update, context: BotContext, sid: int, rev: int | None, check_similar: bool) -> None:
    sub = context.services.submissions
    tid = update.effective_user.id
    view = await sub.view_own(tid, sid)
    if view.status not in ("draft", "returned"):
        await answer_query(update, texts.SUB_ALREADY_FILED.format(number=view.number), alert=True)
        return
    if rev is not None and rev != view.rev:
        raise UserError(texts.SUB_STALE_PREVIEW)
    if check_similar and view.status == "draft":
        items = await sub.similar(tid, sid)
        if items:
            view = await sub.mark_similar_shown(tid, sid)
            await answer_query(update)
            await _drop_buttons(update)
            await offer_similar(update, context, view, items)
            return
    result = await sub.file(tid, sid, rev)
    if not result.filed:
        await answer_query(update, texts.SUB_ALREADY_FILED.format(number=result.view.number), alert=True)
        return
    await answer_query(update)
    await _drop_buttons(update)
    view = result.view
    if result.resubmitted:
        await reply(update, texts.SUB_RESUBMITTED.format(number=esc(view.number)), reply_markup=menus.main_menu())
    else:
        await reply(update, texts.SUB_FILED.format(number=esc(view.number)), reply_markup=menus.main_menu())
    head = texts.SUB_ADMIN_RESUBMITTED if result.resubmitted else texts.SUB_ADMIN_NEW
    await notify_admins_long(context, head + card(view), admin_buttons(view))


async def notify_admins_long(context: BotContext, text: str, markup) -> None:  # noqa: ANN001
    parts = chunks(text)
    if len(parts) == 1:
        await notify_admins(context, text, reply_markup=markup)
        return
    for i, part in enumerate(parts):
        await notify_admins(context, part, reply_markup=markup if i == len(parts) - 1 else None)


# --- co-signers and 附议 ----------------------------------------------------------------------------

@member_only
async def cosign_button(update: Update, context: BotContext) -> None:
    _, parts = callbacks.parse(update.callback_query.data)
    cosigner_id = callbacks.int_part(parts, 1)
    if cosigner_id is None or parts[0] not in ("y", "n"):
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    try:
        answer = await context.services.submissions.answer_cosign(update.effective_user.id, cosigner_id,
                                                                  parts[0] == "y")
    except NotFound:
        await answer_query(update, texts.SUB_NOT_FOUND, alert=True)
        return
    except UserError as exc:
        await answer_query(update, exc.text, alert=True)
        await _drop_buttons(update)
        return
    if not answer.changed:
        await answer_query(update, texts.SUB_COSIGN_ANSWERED, alert=True)
        return
    await answer_query(update)
    agreed = answer.cosigner.state == "agreed"
    mine = texts.SUB_COSIGN_AGREED_YOU if agreed else texts.SUB_COSIGN_DECLINED_YOU
    await _drop_buttons(update, mine.format(title=esc(answer.title)))
    told = texts.SUB_COSIGN_AGREED_AUTHOR if agreed else texts.SUB_COSIGN_DECLINED_AUTHOR
    await send_to(context, answer.author_tid, told.format(name=esc(answer.cosigner.name), title=esc(answer.title)))


@member_only
async def second_button(update: Update, context: BotContext) -> None:
    _, parts = callbacks.parse(update.callback_query.data)
    target = callbacks.int_part(parts, 0)
    draft = callbacks.int_part(parts, 1)
    if target is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    try:
        result = await context.services.submissions.second(update.effective_user.id, target, draft or None)
    except NotFound:
        await answer_query(update, texts.SUB_NOT_FOUND, alert=True)
        return
    except UserError as exc:
        await answer_query(update, exc.text, alert=True)
        return
    await answer_query(update)
    view = result.target
    if not result.added:
        await reply(update, texts.SUB_SECOND_ALREADY.format(number=esc(view.number)), reply_markup=menus.main_menu())
        return
    await _drop_buttons(update)
    template = texts.SUB_SECONDED if result.draft_deleted else texts.SUB_SECONDED_KEEP
    await reply(update, template.format(number=esc(view.number), title=esc(view.title)),
                reply_markup=menus.main_menu())


# --- mine ------------------------------------------------------------------------------------------------

def _short(title: str, size: int = 14) -> str:
    return title if len(title) <= size else title[:size - 1] + "…"


@member_only
async def my_command(update: Update, context: BotContext) -> None:
    await _show_mine(update, context, 1, edit=False)


async def _show_mine(update: Update, context: BotContext, page: int, edit: bool) -> None:
    summary = await context.services.submissions.mine(update.effective_user.id, page)
    c = summary.counts
    text = texts.SUB_MY_HEAD.format(year=c.year, filed=c.filed, city=c.city, province=c.province,
                                    national=c.national, instructed=c.instructed)
    if not summary.page.items:
        await reply(update, f"{text}\n\n{texts.SUB_MY_EMPTY}")
        return
    p = summary.page
    lines = [texts.SUB_MY_ITEM.format(number=esc(v.number), title=esc(v.title),
                                      status=texts.SUB_STATUS_NAMES.get(v.status, v.status)) for v in p.items]
    text += "\n\n" + "\n".join(lines) + "\n\n" + texts.SUB_MY_PAGE.format(page=p.page, pages=p.pages)
    rows = [[(f"{v.number} {_short(v.title)}", callbacks.make("sm", "v", v.id))] for v in p.items]
    nav = []
    if p.page > 1:
        nav.append((texts.PREV_PAGE, callbacks.make("sm", "p", p.page - 1)))
    if p.page < p.pages:
        nav.append((texts.NEXT_PAGE, callbacks.make("sm", "p", p.page + 1)))
    rows.append(nav)
    markup = menus.inline(rows)
    if edit and update.callback_query is not None:
        try:
            await update.callback_query.message.edit_text(text, reply_markup=markup)
            return
        except BadRequest:
            pass
    await reply(update, text, reply_markup=markup)


@member_only
async def mine_button(update: Update, context: BotContext) -> None:
    _, parts = callbacks.parse(update.callback_query.data)
    action = parts[0] if parts else ""
    number = callbacks.int_part(parts, 1)
    if number is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    sub = context.services.submissions
    tid = update.effective_user.id
    try:
        if action == "p":
            await answer_query(update)
            await _show_mine(update, context, number, edit=True)
        elif action == "v":
            view = await sub.view_own(tid, number)
            await answer_query(update)
            foot = "" if view.seconders else texts.SUB_MY_DETAIL_FOOT.format(seconds=0)
            text = card(view) + foot + history(context, view)
            buttons = []
            if view.status == "returned":
                buttons.append((texts.SUB_REVISE, callbacks.make("sm", "rev", view.id)))
            if view.original:
                buttons.append((texts.SUB_BTN_ORIGINAL, callbacks.make("sm", "o", view.id)))
            await send_long(update, text, reply_markup=menus.inline([buttons]) if buttons else None)
        elif action == "o":
            view = await sub.view_own(tid, number)
            await answer_query(update)
            await send_long(update, original_text(view))
        elif action == "rev":
            view = await sub.begin_revision(tid, number)
            await answer_query(update)
            await reply(update, texts.SUB_REVISION_INTRO.format(number=esc(view.number)))
            await preview(update, context, view)
        else:
            await answer_query(update, texts.BUTTON_EXPIRED)
    except NotFound:
        await answer_query(update, texts.SUB_NOT_FOUND, alert=True)
    except UserError as exc:
        await answer_query(update, exc.text, alert=True)


# --- review (admin) ---------------------------------------------------------------------------------

def _r(action: str, *parts: object) -> str:
    return callbacks.make("sr", action, *parts)


def admin_buttons(view: SubmissionView):  # noqa: ANN201
    actions = [(texts.SUB_ACTION_NAMES[to], _r("t", view.id, to)) for to in sb.TRANSITIONS.get(view.status, ())]
    rows = menus.grid(actions, 3)
    extra = [(texts.SUB_BTN_REPLY, _r("r", view.id)), (texts.SUB_BTN_EDIT, _r("e", view.id))]
    if view.original:
        extra.append((texts.SUB_BTN_ORIGINAL, _r("o", view.id)))
    if view.attachments:
        extra.append((texts.SUB_BTN_ATTACHMENTS, _r("a", view.id)))
    rows.append(extra)
    if view.status in sb.ADOPTED and not view.compiled_into:
        rows.append([(texts.ISSUE_ADD_BUTTON, callbacks.make("xi", "a", view.id))])  # handlers/export.py
    return menus.inline(rows)


STATUS_FILTERS = {"all": (), "submitted": ("submitted",), "accepted": ("accepted",), "adopted": sb.ADOPTED,
                  "returned": ("returned",)}


def _filters(context: BotContext, status: str, category: str, period: str) -> SubmissionFilters:
    sub = context.services.submissions
    now = context.services.clock.now()
    since = None
    if period == "m":
        since = now - timedelta(days=30)
    elif period == "y":
        since = datetime(now.astimezone(sub.tz).year, 1, 1, tzinfo=sub.tz)
    index = int(category) if category.isdigit() else -1
    categories = (sub.categories[index],) if 0 <= index < len(sub.categories) else ()
    return SubmissionFilters(since=since, statuses=STATUS_FILTERS.get(status, ()), categories=categories)


def parse_review_args(context: BotContext, args: list[str]) -> tuple[str, str, str] | None:
    status, category, period = "all", "a", "a"
    names = {name: code for code, name in texts.SUB_REVIEW_STATUS_FILTERS.items()}
    names.update({texts.SUB_STATUS_NAMES[code]: code for code in ("submitted", "accepted", "returned")})
    names["已采用"] = "adopted"
    categories = context.services.submissions.categories
    for word in args:
        if word in names:
            status = names[word]
        elif word in categories:
            category = str(categories.index(word))
        elif word in ("今年", "本年"):
            period = "y"
        elif word in ("近30天", "30天", "最近30天"):
            period = "m"
        else:
            return None
    return status, category, period


@admin_only
async def review_command(update: Update, context: BotContext) -> None:
    parsed = parse_review_args(context, list(context.args or []))
    if parsed is None:
        await reply(update, texts.SUB_REVIEW_USAGE)
        return
    await _show_review(update, context, *parsed, page=1, edit=False)


async def _show_review(update: Update, context: BotContext, status: str, category: str, period: str,
                       page: int, edit: bool) -> None:
    sub = context.services.submissions
    result = await sub.review_list(update.effective_user.id, _filters(context, status, category, period), page)
    index = int(category) if category.isdigit() else -1
    label = [texts.SUB_REVIEW_STATUS_FILTERS.get(status, texts.SUB_REVIEW_ALL),
             sub.categories[index] if 0 <= index < len(sub.categories) else texts.SUB_REVIEW_ALL,
             texts.SUB_REVIEW_PERIODS.get(period, "")]
    text = texts.SUB_REVIEW_HEAD.format(filters="｜".join(label), total=result.total, page=result.page,
                                        pages=result.pages)
    if result.items:
        text += "\n" + "\n".join(texts.SUB_REVIEW_LINE.format(
            number=esc(v.number), title=esc(v.title), author=esc(v.author_name),
            status=texts.SUB_STATUS_NAMES.get(v.status, v.status)) for v in result.items)
    else:
        text += "\n" + texts.SUB_REVIEW_EMPTY
    rows = [[(f"{v.number} {_short(v.title)}", _r("v", v.id))] for v in result.items]
    nav = []
    if result.page > 1:
        nav.append((texts.PREV_PAGE, _r("l", status, category, period, result.page - 1)))
    if result.page < result.pages:
        nav.append((texts.NEXT_PAGE, _r("l", status, category, period, result.page + 1)))
    rows.append(nav)
    rows.append([(("• " if code == status else "") + name, _r("l", code, category, period, 1))
                 for code, name in texts.SUB_REVIEW_STATUS_FILTERS.items()][:3])
    rows.append([(("• " if code == status else "") + name, _r("l", code, category, period, 1))
                 for code, name in texts.SUB_REVIEW_STATUS_FILTERS.items()][3:])
    rows.append([(("• " if code == period else "") + name, _r("l", status, category, code, 1))
                 for code, name in texts.SUB_REVIEW_PERIODS.items()])
    cats = [(("• " if category == "a" else "") + texts.SUB_REVIEW_ALL, _r("l", status, "a", period, 1))]
    cats += [(("• " if category == str(i) else "") + name, _r("l", status, i, period, 1))
             for i, name in enumerate(sub.categories)]
    rows += menus.grid(cats, 4)
    markup = menus.inline(rows)
    if edit and update.callback_query is not None:
        try:
            await update.callback_query.message.edit_text(text, reply_markup=markup)
            return
        except BadRequest:
            pass
    await reply(update, text, reply_markup=markup)


@admin_only
@button_errors(texts.SUB_NOT_FOUND, alert_not_found=True)
async def review_button(update: Update, context: BotContext) -> None:
    _, parts = callbacks.parse(update.callback_query.data)
    await _review_action(update, context, parts[0] if parts else "", parts)


async def _review_action(update: Update, context: BotContext, action: str, parts: list[str]) -> None:
    sub = context.services.submissions
    tid = update.effective_user.id
    if action == "l":
        if len(parts) < 5:
            raise NotFound(0)
        await answer_query(update)
        await _show_review(update, context, parts[1], parts[2], parts[3], callbacks.int_part(parts, 4) or 1, edit=True)
        return
    sid = callbacks.int_part(parts, 1)
    if sid is None:
        raise NotFound(0)
    view = await sub.view_admin(tid, sid)
    if action == "v":
        await answer_query(update)
        await send_long(update, card(view) + history(context, view), reply_markup=admin_buttons(view))
    elif action == "t":
        to = parts[2] if len(parts) > 2 else ""
        if to not in sub.allowed_next(view.status):
            raise UserError(texts.SUB_REVIEW_NOT_ALLOWED.format(
                number=view.number, current=texts.SUB_STATUS_NAMES.get(view.status, view.status),
                status=texts.SUB_STATUS_NAMES.get(to, to)))
        await answer_query(update)
        if to == "instructed":
            await context.services.dialogs.set(tid, sb.REVIEW_FLOW, "instruction", {"sid": sid})
            await reply(update, texts.SUB_REVIEW_ASK_INSTRUCTION)
            return
        await context.services.dialogs.set(tid, sb.REVIEW_FLOW, "note", {"sid": sid, "to": to})
        await reply(update, texts.SUB_REVIEW_ASK_NOTE.format(number=esc(view.number),
                                                             status=texts.SUB_STATUS_NAMES[to]),
                    reply_markup=menus.inline([[(texts.SUB_REVIEW_NO_NOTE, _r("nn", sid, to))]]))
    elif action == "nn":
        to = parts[2] if len(parts) > 2 else ""
        await context.services.dialogs.clear(tid, sb.REVIEW_FLOW)
        await answer_query(update)
        await _drop_buttons(update)
        await apply_change(update, context, await sub.change_status(tid, sid, to))
    elif action == "r":
        await answer_query(update)
        await context.services.dialogs.set(tid, sb.REVIEW_FLOW, "reply", {"sid": sid})
        await reply(update, texts.SUB_REVIEW_ASK_REPLY.format(number=esc(view.number)))
    elif action == "e":
        await answer_query(update)
        buttons = [(texts.SUB_FIELD_NAMES[f], _r("ef", sid, f)) for f in sb.TEXT_FIELDS]
        await reply(update, texts.SUB_REVIEW_EDIT_WHICH.format(number=esc(view.number)),
                    reply_markup=menus.inline(menus.grid(buttons, 2)))
    elif action == "ef":
        field_name = parts[2] if len(parts) > 2 else ""
        if field_name not in sb.TEXT_FIELDS:
            raise NotFound(field_name)
        await answer_query(update)
        await context.services.dialogs.set(tid, sb.REVIEW_FLOW, "edit", {"sid": sid, "field": field_name})
        await send_long(update, texts.SUB_REVIEW_ASK_EDIT.format(field=texts.SUB_FIELD_NAMES[field_name],
                                                                 current=esc(getattr(view, field_name))))
    elif action == "a":
        await answer_query(update)
        chat_id = update.effective_chat.id
        for attachment in view.attachments:
            caption = texts.SUB_ATTACHMENT_CAPTION.format(number=esc(view.number), name=esc(attachment.name))
            try:
                if attachment.kind == "photo":
                    await context.bot.send_photo(chat_id, attachment.file_id, caption=caption)
                else:
                    await context.bot.send_document(chat_id, attachment.file_id, caption=caption)
            except BadRequest as exc:
                log.warning("attachment %s of submission %s could not be sent: %s", attachment.id, view.id, exc)
                await reply(update, texts.SUB_ATTACHMENT_GONE.format(name=esc(attachment.name)))
    elif action == "o":
        await answer_query(update)
        if not view.original:
            await reply(update, texts.SUB_REVIEW_NO_ORIGINAL)
            return
        await send_long(update, original_text(view))
    else:
        await answer_query(update, texts.BUTTON_EXPIRED)


async def review_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    """An admin's typed note, 批示, reply or edited text for the item named in the dialog."""
    sub = context.services.submissions
    tid = update.effective_user.id
    member = context.member
    if member is None or not member.is_admin:
        await context.services.dialogs.clear(tid, sb.REVIEW_FLOW)
        await router.route_message(update, context)
        return
    text = update.effective_message.text
    if text is None:
        await reply(update, texts.SUB_TEXT_EXPECTED)
        return
    sid = int(dialog.data.get("sid", 0))
    try:
        if dialog.step == "note":
            change = await sub.change_status(tid, sid, str(dialog.data.get("to", "")), note=text)
            await context.services.dialogs.clear(tid, sb.REVIEW_FLOW)
            await apply_change(update, context, change)
        elif dialog.step == "instruction":
            leader, sep, body = text.replace(":", "：").partition("：")
            if not sep or not leader.strip() or not body.strip():
                await reply(update, texts.SUB_REVIEW_INSTRUCTION_INVALID)
                return
            change = await sub.change_status(tid, sid, "instructed", leader=leader.strip(), instruction=body.strip())
            await context.services.dialogs.clear(tid, sb.REVIEW_FLOW)
            await apply_change(update, context, change)
        elif dialog.step == "reply":
            change = await sub.add_note(tid, sid, text)
            await context.services.dialogs.clear(tid, sb.REVIEW_FLOW)
            view = change.view
            await send_to(context, view.author_tid, texts.SUB_MEMBER_REPLY.format(
                number=esc(view.number), title=esc(view.title), note=esc(change.note)))
            await reply(update, texts.SUB_REVIEW_REPLIED)
        elif dialog.step == "edit":
            field_name = str(dialog.data.get("field", ""))
            view = await sub.edit_text(tid, sid, field_name, text)
            await context.services.dialogs.clear(tid, sb.REVIEW_FLOW)
            await reply(update, texts.SUB_REVIEW_EDITED.format(field=texts.SUB_FIELD_NAMES[field_name]))
            await send_long(update, card(view), reply_markup=admin_buttons(view))
        else:
            await context.services.dialogs.clear(tid, sb.REVIEW_FLOW)
    except NotFound:
        await context.services.dialogs.clear(tid, sb.REVIEW_FLOW)
        await reply(update, texts.SUB_NOT_FOUND)
    except UserError as exc:
        await reply(update, exc.text)
        if dialog.step in ("note", "instruction") and "不能设为" in exc.text:
            await context.services.dialogs.clear(tid, sb.REVIEW_FLOW)


async def apply_change(update: Update, context: BotContext, change: sb.Change) -> None:
    """Tell the member about a status change, then the admin (with the item's next actions)."""
    view = change.view
    status = texts.SUB_STATUS_NAMES.get(change.to_status, change.to_status)
    extra = texts.SUB_MEMBER_STATUS_NOTE.format(note=esc(change.note)) if change.note else ""
    if change.leader:
        extra += texts.SUB_MEMBER_INSTRUCTION.format(leader=esc(change.leader), text=esc(change.instruction))
    markup = None
    if change.to_status == "returned":
        extra += texts.SUB_MEMBER_RETURNED_HINT
        markup = menus.inline([[(texts.SUB_REVISE, callbacks.make("sm", "rev", view.id))]])
    sent = await send_to(context, view.author_tid, texts.SUB_MEMBER_STATUS.format(
        number=esc(view.number), title=esc(view.title), status=status, note=extra), reply_markup=markup)
    done = texts.SUB_REVIEW_DONE if sent is not None else texts.SUB_REVIEW_DONE_UNREACHABLE
    await reply(update, done.format(number=esc(view.number), status=status), reply_markup=admin_buttons(view))


# --- old drafts --------------------------------------------------------------------------------------

async def draft_ticker(application: Application) -> None:
    services = application.bot_data["services"]
    sub = services.submissions
    context = SimpleNamespace(services=services, bot=application.bot)
    for view in await sub.claim_draft_reminders():
        when = sub.draft_clear_at(view).astimezone(services.settings.timezone).strftime("%Y-%m-%d")
        await send_to(context, view.author_tid, texts.SUB_DRAFT_REMINDER.format(
            title=esc(view.title or texts.SUB_UNTITLED), when=when))
    for view in await sub.clear_old_drafts():
        await send_to(context, view.author_tid, texts.SUB_DRAFT_CLEARED.format(
            title=esc(view.title or texts.SUB_UNTITLED), days=sub.draft_days))


# --- wiring --------------------------------------------------------------------------------------------

def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("submit", submit_command, filters=private))
    application.add_handler(CommandHandler("my", my_command, filters=private))
    application.add_handler(CommandHandler("review", review_command, filters=private))
    application.add_handler(CallbackQueryHandler(form_button, pattern=callbacks.pattern("sd")))
    application.add_handler(CallbackQueryHandler(cosign_button, pattern=callbacks.pattern("sc")))
    application.add_handler(CallbackQueryHandler(second_button, pattern=callbacks.pattern("ss")))
    application.add_handler(CallbackQueryHandler(mine_button, pattern=callbacks.pattern("sm")))
    application.add_handler(CallbackQueryHandler(review_button, pattern=callbacks.pattern("sr")))
    router.register_flow(sb.FLOW, form_message, form_cancel)
    router.register_flow(sb.REVIEW_FLOW, review_message)
    router.register_menu(texts.MENU_SUBMIT, submit_command)
    router.register_menu(texts.MENU_MY, my_command)
    jobs.register_ticker("submission_drafts", draft_ticker)
