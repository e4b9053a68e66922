"""Knowledge Q&A, Telegram side: questions, answers with 查看原文 and 👍/👎, forwarding to staff,
and the admins' knowledge-base commands (/kb, /kb_add, /faq_add, /faqs, /faq_del, /kb_gaps).

Any private text that is not a command and not part of another flow reaches
`on_question` through handlers/router.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import texts
from bot.timeparse import format_when
from handlers.context import BotContext
from bot.dialogs import Dialog
from bot.errors import NotFound, UserError
from bot.intent import Route
from bot.knowledge.documents import bare_title
from handlers import menus, router, send_now
from handlers.qa_notices import StaffButton  # also loads the handoff's renderers
from handlers.buttons import ButtonData
from handlers.common import admin_only, answer_query, button_errors, command_args, esc, member_only, reply

FORWARD_REF = re.compile(r"问题编号 #F(\d+)")
# Personal questions go to the feature holding the member's data: (menu label, hint when it is missing).
ELSEWHERE = {Route.SCHEDULE: (texts.MENU_SCHEDULE, texts.QA_ROUTE_SCHEDULE),
             Route.MY_SUBMISSIONS: (texts.MENU_MY, texts.QA_ROUTE_MY),
             Route.RECORD: (texts.MENU_RECORD, texts.RECORD_ROUTE_HINT)}
REPLY_FLOW = "qa_reply"


@dataclass(frozen=True)
class AnswerButton(ButtonData):
    """Under an answer or a decline: 查看原文 (src), 👍 (up), 👎 (dn), 转给工作人员 (fw)."""

    prefix = "kq"
    action: str = field(metadata={"max_len": 3})
    question: int


@dataclass(frozen=True)
class SuggestionButton(ButtonData):
    """One of the questions suggested under a decline, by its place in the asked question's list."""

    prefix = "kqs"
    question: int
    index: int


@dataclass(frozen=True)
class RemoveDocumentButton(ButtonData):
    """删除 a document added by an admin (version 2: the old `kd:rm:<id>` buttons answer 'expired')."""

    prefix = "kd"
    version = 2
    document: int


KB_ADD_FLOW = "kb_add"


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    for name, callback in {"kb": kb_list, "kb_add": kb_add_command, "faq_add": faq_add, "faqs": faq_list,
                           "faq_del": faq_delete, "kb_gaps": kb_gaps}.items():
        application.add_handler(CommandHandler(name, callback, filters=private))
    application.add_handler(MessageHandler(private & filters.Document.ALL & filters.CaptionRegex(r"^/kb_add\b"),
                                           kb_add_with_caption))
    application.add_handler(MessageHandler(private & filters.REPLY & filters.TEXT & ~filters.COMMAND,
                                           reply_by_quoting))
    application.add_handler(CallbackQueryHandler(on_button, pattern=AnswerButton.pattern()))
    application.add_handler(CallbackQueryHandler(on_suggestion_button, pattern=SuggestionButton.pattern()))
    application.add_handler(CallbackQueryHandler(on_staff_button, pattern=StaffButton.pattern()))
    application.add_handler(CallbackQueryHandler(on_document_button, pattern=RemoveDocumentButton.pattern()))
    router.register_flow(REPLY_FLOW, reply_flow_message)
    router.register_flow(KB_ADD_FLOW, kb_add_flow_message)
    router.set_question_handler(on_question)


# --- members' questions ------------------------------------------------------------------------

async def on_question(update: Update, context: BotContext) -> None:
    triage = context.services.qa.triage(update.effective_message.text or "")
    if triage.reply is not None:
        small_talk = triage.route is not None and triage.route.small_talk
        await reply(update, triage.reply, reply_markup=menus.menu_for(context.member) if small_talk else None)
        return
    if triage.route in ELSEWHERE:
        await _send_elsewhere(update, context, triage.route)
        return
    await ask_and_render(update, context, triage.question)


async def _send_elsewhere(update: Update, context: BotContext, where: Route) -> None:
    """Questions about one's own schedule or submissions are answered by those features."""
    label, hint = ELSEWHERE[where]
    handler = router.MENU.get(label)
    if handler is not None and handler is not router.coming_soon:
        await handler(update, context)
    else:
        await reply(update, hint, reply_markup=menus.menu_for(context.member))


@member_only
async def ask_and_render(update: Update, context: BotContext, question: str) -> None:
    asked = await context.services.qa.ask(update.effective_user.id, question)
    qid = asked.question_id
    if asked.answered:
        row = [(texts.QA_SOURCE_BUTTON, AnswerButton("src", qid).pack())] if asked.has_source else []
        row += [(texts.QA_UP, AnswerButton("up", qid).pack()), (texts.QA_DOWN, AnswerButton("dn", qid).pack())]
        await reply(update, esc(asked.text), reply_markup=menus.inline([row]))
        return
    rows = [[(s[:60], SuggestionButton(qid, i).pack())] for i, s in enumerate(asked.suggestions[:3])]
    rows.append([(texts.QA_FORWARD_BUTTON, AnswerButton("fw", qid).pack())])
    await reply(update, esc(asked.text), reply_markup=menus.inline(rows))


@member_only
@button_errors()
async def on_button(update: Update, context: BotContext) -> None:
    button = AnswerButton.parse(update.callback_query.data)
    if button is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    action, qid = button.action, button.question
    qa = context.services.qa
    user_id = update.effective_user.id
    if action == "src":
        await answer_query(update)
        source = await qa.source(qid, user_id)
        if source is None:
            await reply(update, texts.QA_NO_SOURCE)
        else:
            paragraph = esc(source.paragraph)
            if source.sentence:  # the sentence that answered, in bold
                paragraph = paragraph.replace(esc(source.sentence), f"<b>{esc(source.sentence)}</b>", 1)
            if source.section is None:
                await reply(update, texts.QA_SOURCE_TITLE_ONLY.format(title=esc(source.title), paragraph=paragraph))
            else:
                await reply(update, texts.QA_SOURCE.format(title=esc(source.title), section=esc(source.section),
                                                           paragraph=paragraph))
    elif action in ("up", "dn"):
        await qa.rate(qid, user_id, 1 if action == "up" else -1)
        await answer_query(update, texts.QA_THANKS if action == "up" else texts.QA_THANKS_DOWN,
                           alert=action == "dn")
        if action == "dn":  # offer to ask a person instead
            markup = update.callback_query.message.reply_markup
            keep = [(b.text, b.callback_data) for row in (markup.inline_keyboard if markup else ())
                    for b in row if getattr(AnswerButton.parse(str(b.callback_data)), "action", "") == "src"]
            await update.callback_query.message.edit_reply_markup(menus.inline(
                [keep, [(texts.QA_FORWARD_BUTTON, AnswerButton("fw", qid).pack())]]))
    elif action == "fw":
        await qa.forward(qid, user_id)
        await answer_query(update)
        await reply(update, texts.QA_FORWARD_SENT)
        await send_now.kick(context.application)  # the admins' notices were queued with the handoff
    else:
        await answer_query(update, texts.BUTTON_EXPIRED)


@member_only
@button_errors()
async def on_suggestion_button(update: Update, context: BotContext) -> None:
    button = SuggestionButton.parse(update.callback_query.data)
    if button is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    question = await context.services.qa.suggestion(button.question, update.effective_user.id, button.index)
    await answer_query(update)
    await reply(update, f"❓ {esc(question)}")
    await ask_and_render(update, context, question)


# --- staff replies -----------------------------------------------------------------------------

@admin_only
@button_errors()
async def on_staff_button(update: Update, context: BotContext) -> None:
    button = StaffButton.parse(update.callback_query.data)
    action, fid = (button.action, button.forward) if button else ("", None)
    admin_id = update.effective_user.id
    if action == "re" and fid is not None:
        forward = await context.services.qa.get_forward(admin_id, fid)
        await context.services.dialogs.set(admin_id, REPLY_FLOW, "text", {"forward": fid})
        await answer_query(update)
        await reply(update, texts.QA_REPLY_PROMPT.format(question=esc(forward.question)))
    elif action == "faq" and fid is not None:
        faq_id = await context.services.qa.save_reply_as_faq(admin_id, fid)
        await answer_query(update)
        await reply(update, texts.QA_FAQ_SAVED.format(faq_id=faq_id))
    else:
        await answer_query(update, texts.BUTTON_EXPIRED)


async def reply_flow_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    text = update.effective_message.text
    if not text or not text.strip():
        await reply(update, texts.QA_REPLY_EMPTY)
        return
    await context.services.dialogs.clear(update.effective_user.id, REPLY_FLOW)
    await _send_staff_reply(update, context, int(dialog.data["forward"]), text)


async def reply_by_quoting(update: Update, context: BotContext) -> None:
    """An admin answering a forwarded question by replying to it; anything else goes on as usual."""
    replied = update.effective_message.reply_to_message
    match = FORWARD_REF.search((replied.text or "") if replied else "")
    member = context.member
    if match is None or member is None or not member.is_admin or replied.from_user is None \
            or replied.from_user.id != context.bot.id:
        await router.route_message(update, context)
        return
    await _send_staff_reply(update, context, int(match.group(1)), update.effective_message.text)


@admin_only
async def _send_staff_reply(update: Update, context: BotContext, forward_id: int, text: str) -> None:
    try:
        forward = await context.services.qa.reply(update.effective_user.id, forward_id, text)
    except (NotFound, UserError) as exc:
        await reply(update, exc.text if isinstance(exc, UserError) else texts.BUTTON_EXPIRED)
        return
    await send_now.kick(context.application)  # the member's notice was queued with the reply
    await reply(update, texts.QA_REPLY_SENT.format(name=esc(forward.member_name)), reply_markup=menus.inline(
        [[(texts.QA_SAVE_FAQ_BUTTON, StaffButton("faq", forward.id).pack())]]))


# --- the knowledge base (admins) -----------------------------------------------------------------

@admin_only
async def kb_list(update: Update, context: BotContext) -> None:
    docs = await context.services.qa.documents()
    tz = context.services.settings.timezone
    lines = [texts.KB_LIST_HEADER.format(count=len(docs))]
    buttons = []
    for doc in docs:
        when = texts.KB_BUNDLED if doc.bundled else format_when(doc.imported_at, tz)
        lines.append(texts.KB_LIST_LINE.format(title=esc(doc.title), name=esc(doc.name), passages=doc.passages,
                                               when=when))
        if doc.id is not None:
            buttons.append([(texts.KB_REMOVE_BUTTON.format(name=doc.name[:40]), RemoveDocumentButton(doc.id).pack())])
    lines.append("\n" + texts.KB_HELP_ADMIN)
    await reply(update, "\n".join(lines), reply_markup=menus.inline(buttons) if buttons else None)


@admin_only
async def on_document_button(update: Update, context: BotContext) -> None:
    button = RemoveDocumentButton.parse(update.callback_query.data)
    if button is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    doc_id = button.document
    removed = await context.services.qa.remove_document(update.effective_user.id, doc_id)
    await answer_query(update, texts.KB_REMOVED.format(name=doc_id) if removed else texts.KB_NOT_FOUND)
    if removed:
        await kb_list(update, context)


@admin_only
async def kb_add_command(update: Update, context: BotContext) -> None:
    await context.services.dialogs.set(update.effective_user.id, KB_ADD_FLOW, "file")
    await reply(update, texts.KB_ADD_PROMPT.format(limit=context.services.settings.qa.max_upload_mb))


@admin_only
async def kb_add_with_caption(update: Update, context: BotContext) -> None:
    await _import_document(update, context)


async def kb_add_flow_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    if update.effective_message.document is None:
        await reply(update, texts.KB_ADD_NEED_FILE)
        return
    await context.services.dialogs.clear(update.effective_user.id, KB_ADD_FLOW)
    await _import_document(update, context)


@admin_only
async def _import_document(update: Update, context: BotContext) -> None:
    document = update.effective_message.document
    limit = context.services.settings.qa.max_upload_mb
    if document.file_size and document.file_size > limit * 1024 * 1024:
        await reply(update, texts.KB_TOO_BIG.format(size=round(document.file_size / 1048576, 1), limit=limit))
        return
    file = await context.bot.get_file(document.file_id)
    data = bytes(await file.download_as_bytearray())
    try:
        info = await context.services.qa.add_document(update.effective_user.id, document.file_name or "document.txt",
                                                      data)
    except UserError as exc:
        await reply(update, esc(exc.text))
        return
    done = texts.KB_REPLACED if info.replaced else texts.KB_ADDED
    await reply(update, done.format(title=esc(bare_title(info.title)), name=esc(info.name), passages=info.passages))


@admin_only
async def faq_add(update: Update, context: BotContext) -> None:
    raw = " ".join(command_args(context))
    parts = re.split(r"\s*[|｜]\s*", raw, maxsplit=1)
    if len(parts) != 2 or not parts[0] or not parts[1]:
        await reply(update, texts.FAQ_USAGE)
        return
    faq_id = await context.services.qa.add_faq(update.effective_user.id, parts[0], parts[1])
    await reply(update, texts.FAQ_ADDED.format(faq_id=faq_id))


@admin_only
async def faq_list(update: Update, context: BotContext) -> None:
    faqs = await context.services.qa.list_faqs()
    if not faqs:
        await reply(update, texts.FAQ_EMPTY)
        return
    lines = [texts.FAQ_LIST_HEADER.format(count=len(faqs))]
    lines += [texts.FAQ_LIST_LINE.format(id=i, question=esc(q[:100]), answer=esc(a[:200])) for i, q, a in faqs[:50]]
    await reply(update, "\n".join(lines))


@admin_only
async def faq_delete(update: Update, context: BotContext) -> None:
    args = command_args(context)
    if not args or not args[0].isdigit():
        await reply(update, texts.FAQ_USAGE)
        return
    removed = await context.services.qa.remove_faq(update.effective_user.id, int(args[0]))
    await reply(update, (texts.FAQ_DELETED if removed else texts.FAQ_NOT_FOUND).format(faq_id=args[0]))


@admin_only
async def kb_gaps(update: Update, context: BotContext) -> None:
    gaps = await context.services.qa.gaps(update.effective_user.id)
    if not gaps:
        await reply(update, texts.GAPS_EMPTY)
        return
    lines = [texts.GAPS_HEADER] + [texts.GAPS_LINE.format(count=g.count, question=esc(g.question[:100]))
                                   for g in gaps]
    await reply(update, "\n".join(lines))
