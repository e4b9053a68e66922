"""The 社情民意 form, Telegram side: /submit, each step's message and buttons, filing.

Steps in order: 标题 → 类别 → 情况 → 问题与原因 → 意见建议 → 附件 → 联名 → 手机 / 单位 (when the
member's record lacks them) → 确认清单 → 预览. The draft row holds the step (bot/submissions/form.py);
each update is routed by the stored step, so a restart or another process resumes the form.
"""

from __future__ import annotations

from telegram import Update

from bot import submissions as sb
from bot import texts
from bot.dialogs import Dialog
from bot.errors import NotFound, UserError
from bot.submissions import SubmissionView
from handlers import menus, router, send_now
from handlers.common import answer_query, drop_buttons_of, esc, member_only, reply
from handlers.context import BotContext
from handlers.submissions.buttons import (FormAction, FormCategory, FormField, FormInvite, FormPress, FormSubmit,
                                          Second)
from handlers.submissions.cards import admin_buttons, card, chunks, drop_buttons, send_long, when_text  # noqa: F401
from handlers.submissions.cosign import invite

FINISH_WORDS = (texts.DONE, texts.SKIP)
FINISH_ACTIONS = {"fin": sb.FILES, "csd": sb.COSIGN, "ok": sb.CHECK}  # 完成 / 跳过 / 确认无误


# --- asking each step --------------------------------------------------------------------------------

def _d(action: str, sid: int) -> str:
    return FormAction(action, sid).pack()


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
        buttons = [(name, FormCategory(view.id, i).pack()) for i, name in enumerate(settings.categories)]
        await reply(update, texts.SUB_ASK_CATEGORY, reply_markup=menus.inline(menus.grid(buttons, 2)))
    elif step in sb.BODY_FIELDS:
        prompt = {sb.SITUATION: texts.SUB_ASK_SITUATION, sb.PROBLEM: texts.SUB_ASK_PROBLEM,
                  sb.SUGGESTION: texts.SUB_ASK_SUGGESTION}[step]
        await send_long(update, prompt + current)
    elif step == sb.FILES:
        await _done_prompt(update, context, texts.SUB_ASK_FILES.format(
            max=settings.max_attachments, mb=settings.max_attachment_mb), view.id)
    elif step == sb.COSIGN:
        label = texts.DONE if view.cosigners else texts.SKIP
        await reply(update, texts.SUB_ASK_COSIGN, reply_markup=menus.inline([[(label, _d("csd", view.id))]]))
    elif step == sb.PHONE:
        required = settings.phone_required
        await reply(update, texts.SUB_ASK_PHONE if required else texts.SUB_ASK_PHONE_OPTIONAL,
                    reply_markup=menus.phone_keyboard(skip=not required))
    elif step == sb.UNIT:
        await reply(update, texts.SUB_ASK_UNIT)
    elif step == sb.CHECK:
        await reply(update, texts.SUB_ASK_CHECK + cosigner_lines(view),
                    reply_markup=menus.inline([[(texts.SUB_CHECK_CONFIRM, _d("ok", view.id))]]))
    elif step == sb.PREVIEW:
        await preview(update, context, view)
    elif step == sb.SIMILAR:
        items = await context.services.submissions.similar(update.effective_user.id, view.id)
        if items:
            await offer_similar(update, context, view, items)
        else:
            await preview(update, context, view)


def cosigner_lines(view: SubmissionView) -> str:
    """The co-signers' state as it is now (the checklist is rendered from a fresh view)."""
    if not view.cosigners:
        return ""
    lines = ""
    if view.agreed_cosigners:
        lines += texts.SUB_CARD_COSIGNERS.format(names="、".join(esc(n) for n in view.agreed_cosigners))
    if view.pending_cosigners:
        lines += texts.SUB_CARD_PENDING_COSIGNERS.format(names="、".join(esc(n) for n in view.pending_cosigners))
        lines += texts.SUB_CHECK_PENDING_NOTE
    return texts.SUB_CHECK_COSIGNERS.format(lines=lines) if lines else ""


async def preview(update: Update, context: BotContext, view: SubmissionView) -> None:
    length = view.body_length
    submit = texts.SUB_RESUBMIT if view.status == "returned" else texts.SUB_SUBMIT
    foot = texts.SUB_PREVIEW_FOOT.format(length=length, submit=submit,
                                         warning=texts.SUB_PREVIEW_OVER if length > sb.BODY_ADVISED else "")
    buttons = [[(submit, FormSubmit(view.id, view.rev).pack()), (texts.SUB_EDIT, _d("ed", view.id))],
               [(texts.SUB_HOLD, _d("hold", view.id)), (texts.SUB_DISCARD, _d("drop", view.id))]]
    text = f"{texts.SUB_PREVIEW_HEAD}\n\n{card(view)}\n\n{foot}"
    await send_long(update, text, reply_markup=menus.inline(buttons))


async def offer_similar(update: Update, context: BotContext, view: SubmissionView,
                        items: list[sb.SimilarItem]) -> None:
    lines = "\n".join(texts.SUB_SIMILAR_LINE.format(
        number=esc(i.number), title=esc(i.title), author=esc(i.author_name),
        status=sb.status_name(i.status)) for i in items)
    others = [i for i in items if not i.own]
    rows = [[(texts.SUB_SECOND_BUTTON.format(number=i.number), Second(i.id, view.id).pack())] for i in others]
    rows.append([(texts.SUB_FILE_ANYWAY, FormSubmit(view.id, view.rev, force=True).pack()),
                 (texts.SUB_EDIT, _d("ed", view.id))])
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
                                                          when=when_text(context, draft.updated_at)),
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
    if view is None or not view.is_editable:
        await context.services.dialogs.clear(tid, sb.FLOW)
        await reply(update, texts.BUTTON_EXPIRED, reply_markup=menus.menu_for(context.member))
        return
    message = update.effective_message
    text = message.text
    step = view.step
    try:
        if step == sb.FILES:
            await _attachment(update, context, view)
            return
        if step == sb.PHONE:
            await _phone(update, context, view)
            return
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
        await reply(update, exc.text, reply_markup=menus.menu_for(context.member))
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


async def _phone(update: Update, context: BotContext, view: SubmissionView) -> None:
    """The phone step: a shared contact (the member's own), a typed number, or 跳过."""
    message = update.effective_message
    keyboard = menus.phone_keyboard(skip=not context.services.submissions.phone_required)
    if message.contact is not None:
        if message.contact.user_id != update.effective_user.id:
            await reply(update, texts.SUB_PHONE_NOT_OWN, reply_markup=keyboard)
            return
        value = message.contact.phone_number
    elif message.text is None:
        await reply(update, texts.SUB_TEXT_EXPECTED)
        await ask(update, context, view)
        return
    else:
        value = None if message.text.strip() == texts.SKIP else message.text
    result = await context.services.submissions.answer(update.effective_user.id, view.id, sb.PHONE, value)
    if result.error:
        await reply(update, result.error, reply_markup=keyboard)
        return
    await reply(update, texts.SUB_PHONE_SAVED if value is not None else texts.SUB_PHONE_SKIPPED,
                reply_markup=menus.remove_keyboard())
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
        name = None  # named by the service from the title and the date
    elif message.document is not None:
        doc = message.document
        kind, file_id, unique_id, size = "document", doc.file_id, doc.file_unique_id, doc.file_size
        name = doc.file_name
    else:
        await _done_prompt(update, context, texts.SUB_FILES_EXPECTED, view.id)
        return
    result = await sub.add_attachment(tid, view.id, kind, file_id, unique_id, name, size, caption=message.caption)
    if result.error:
        await _done_prompt(update, context, result.error, view.id)
        return
    added = result.view.attachments[-1]
    await _done_prompt(update, context, texts.SUB_FILE_ADDED.format(
        count=len(result.view.attachments), max=sub.max_attachments, name=esc(added.name)), view.id)


async def _done_prompt(update: Update, context: BotContext, text: str, sid: int) -> None:
    """A reply with 完成 under it; the 完成 of the previous such reply goes (one 完成 at a time)."""
    tid = update.effective_user.id
    dialog = await context.services.dialogs.get(tid)
    prompt = await reply(update, text, reply_markup=menus.inline([[(texts.DONE, _d("fin", sid))]]))
    if dialog is None or prompt is None:
        return
    await drop_buttons_of(update, dialog.data.get("done_prompt"))
    await context.services.dialogs.set(tid, dialog.flow, dialog.step, {**dialog.data, "done_prompt": prompt.message_id})


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
    buttons = [(f"{m.name}（{m.sector or texts.NONE_CHOICE}）", FormInvite(view.id, m.id).pack()) for m in found]
    rows = menus.grid(buttons, 1) + [[(label, _d("csd", view.id))]]
    await reply(update, texts.SUB_COSIGN_CHOOSE, reply_markup=menus.inline(rows))


async def form_cancel(update: Update, context: BotContext, dialog: Dialog) -> None:
    """/cancel: the draft is kept (like 暂存), so nothing typed is lost."""
    await reply(update, texts.SUB_HELD, reply_markup=menus.menu_for(context.member))


# --- the form's buttons ----------------------------------------------------------------------------

@member_only
async def form_button(update: Update, context: BotContext) -> None:
    data = update.callback_query.data
    press = (FormAction.parse(data) or FormCategory.parse(data) or FormInvite.parse(data)
             or FormSubmit.parse(data) or FormField.parse(data))
    if press is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    sub = context.services.submissions
    tid = update.effective_user.id
    try:
        await _form_action(update, context, press)
    except NotFound:
        await answer_query(update, texts.SUB_NOT_FOUND, alert=True)
    except sb.StaleStep:
        await answer_query(update, texts.BUTTON_EXPIRED)
        try:
            view = await sub.view_own(tid, press.sid)
        except NotFound:
            return
        if view.is_editable:
            await ask(update, context, view)
    except sb.StalePreview as exc:  # the draft changed since this preview: show the current one
        await answer_query(update, exc.text, alert=True)
        view = await sub.view_own(tid, press.sid)
        if view.step == sb.PREVIEW:
            await preview(update, context, view)
    except UserError as exc:
        await answer_query(update, exc.text, alert=True)


async def _form_action(update: Update, context: BotContext, press: FormPress) -> None:
    sub = context.services.submissions
    tid = update.effective_user.id
    sid = press.sid
    if isinstance(press, FormCategory):
        result = await sub.choose_category(tid, sid, press.index)
        await answer_query(update)
        await drop_buttons(update, texts.SUB_CHOSEN.format(value=esc(result.view.category)))
        await ask(update, context, result.view)
    elif isinstance(press, FormInvite):
        await invite(update, context, sid, press.member_id)
    elif isinstance(press, FormSubmit):
        await _submit(update, context, sid, press.rev, check_similar=not press.force)
    elif isinstance(press, FormField):
        view = await sub.edit_field(tid, sid, press.name)
        await answer_query(update)
        await drop_buttons(update)
        await ask(update, context, view)
    else:
        await _simple_action(update, context, press.action, sid)


async def _simple_action(update: Update, context: BotContext, action: str, sid: int) -> None:
    sub = context.services.submissions
    tid = update.effective_user.id
    if action in FINISH_ACTIONS:
        result = await sub.finish_step(tid, sid, FINISH_ACTIONS[action])
        await answer_query(update)
        await drop_buttons(update)
        await ask(update, context, result.view)
    elif action == "ed":
        await sub.editable_view(tid, sid)
        await answer_query(update)
        buttons = [(texts.SUB_FIELD_NAMES[f], FormField(sid, f).pack()) for f in sb.EDITABLE_FIELDS]
        rows = menus.grid(buttons, 3) + [[(texts.SUB_BACK_TO_PREVIEW, _d("back", sid))]]
        await reply(update, texts.SUB_EDIT_WHICH, reply_markup=menus.inline(rows))
    elif action == "back":
        view = await sub.back_to_preview(tid, sid)
        await answer_query(update)
        await drop_buttons(update)
        await preview(update, context, view)
    elif action == "hold":
        await sub.hold(tid, sid)
        await answer_query(update)
        await drop_buttons(update)
        await reply(update, texts.SUB_HELD, reply_markup=menus.menu_for(context.member))
    elif action == "drop":
        view = await sub.discard(tid, sid)
        await answer_query(update)
        await drop_buttons(update)
        if view.status == "returned":
            await reply(update, texts.SUB_REVISION_LEFT.format(number=esc(view.number)),
                        reply_markup=menus.menu_for(context.member))
        else:
            await reply(update, texts.SUB_DISCARDED, reply_markup=menus.menu_for(context.member))
    elif action == "cont":
        view = await sub.resume(tid, sid)
        await answer_query(update)
        await drop_buttons(update)
        await reply(update, texts.SUB_RESUMED)
        await ask(update, context, view)
    elif action == "new":
        view = await sub.start(tid, restart=True)
        await answer_query(update)
        await drop_buttons(update)
        await reply(update, texts.SUB_INTRO)
        await ask(update, context, view)
    else:
        await answer_query(update, texts.BUTTON_EXPIRED)


async def _submit(update: Update, context: BotContext, sid: int, rev: int | None, check_similar: bool) -> None:
    outcome = await context.services.submissions.submit(update.effective_user.id, sid, rev, check_similar)
    if outcome.similar:
        await answer_query(update)
        await drop_buttons(update)
        await offer_similar(update, context, outcome.view, list(outcome.similar))
        return
    if not outcome.filed:
        await answer_query(update, texts.SUB_ALREADY_FILED.format(number=outcome.view.number), alert=True)
        return
    await answer_query(update)
    await drop_buttons(update)
    view = outcome.view
    if outcome.resubmitted:
        await reply(update, texts.SUB_RESUBMITTED.format(number=esc(view.number)),
                    reply_markup=menus.menu_for(context.member))
    else:
        await reply(update, texts.SUB_FILED.format(number=esc(view.number)), reply_markup=menus.menu_for(context.member))
    await send_now.kick(context.application)  # the admins' card was queued with the filing

