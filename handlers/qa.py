"""Knowledge Q&A, Telegram side: questions, answers with 查看原文 and 👍/👎, forwarding to staff,
and the admins' knowledge-base commands (/kb, /kb_add, /faq_add, /faqs, /faq_del, /kb_gaps).

Any private text that is not a command and not part of another flow reaches
`on_question` through handlers/router.py.
"""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import texts
from handlers.context import BotContext
from bot.dialogs import Dialog
from bot.errors import NotFound, UserError
from handlers import callbacks, menus, qa_notices, router, send_now  # noqa: F401 - qa_notices: its renderers
from handlers.common import admin_only, answer_query, button_errors, command_args, esc, member_only, reply

MEANINGFUL = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
FORWARD_REF = re.compile(r"问题编号 #F(\d+)")
SCHEDULE_WORDS = re.compile(r"(我的|下周|本周|这周|明天|近期|最近).{0,6}(活动|学习|视察|调研|会议|日程|安排)|活动日程|日程安排")
MINE_WORDS = re.compile(r"我的报送|我(报送|提交|写)的.{0,4}(社情民意|信息)|我的社情民意")
REPLY_FLOW = "qa_reply"
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
    application.add_handler(CallbackQueryHandler(on_button, pattern=callbacks.pattern("kq")))
    application.add_handler(CallbackQueryHandler(on_staff_button, pattern=callbacks.pattern("kf")))
    application.add_handler(CallbackQueryHandler(on_document_button, pattern=callbacks.pattern("kd")))
    router.register_flow(REPLY_FLOW, reply_flow_message)
    router.register_flow(KB_ADD_FLOW, kb_add_flow_message)
    router.set_question_handler(on_question)


# --- members' questions ------------------------------------------------------------------------

async def on_question(update: Update, context: BotContext) -> None:
    text = (update.effective_message.text or "").strip()
    if not text:
        await reply(update, texts.EMPTY_MESSAGE)
        return
    limit = 300
    if len(text) > limit:
        await reply(update, texts.QA_TOO_LONG.format(length=len(text), limit=limit))
        return
    if not MEANINGFUL.search(text):
        await reply(update, texts.QA_NOT_UNDERSTOOD)
        return
    if await _route_elsewhere(update, context, text):
        return
    await ask_and_render(update, context, text)


async def _route_elsewhere(update: Update, context: BotContext, text: str) -> bool:
    """Questions about one's own schedule or submissions belong to those features."""
    for pattern, label, hint in ((SCHEDULE_WORDS, texts.MENU_SCHEDULE, texts.QA_ROUTE_SCHEDULE),
                                 (MINE_WORDS, texts.MENU_MY, texts.QA_ROUTE_MY)):
        if pattern.search(text):
            handler = router.MENU.get(label)
            if handler is not None and handler is not router.coming_soon:
                await handler(update, context)
            else:
                await reply(update, hint, reply_markup=menus.main_menu())
            return True
    return False


@member_only
async def ask_and_render(update: Update, context: BotContext, question: str) -> None:
    asked = await context.services.qa.ask(update.effective_user.id, question)
    qid = asked.question_id
    if asked.answered:
        row = [(texts.QA_SOURCE_BUTTON, callbacks.make("kq", "src", qid))] if asked.has_source else []
        row += [(texts.QA_UP, callbacks.make("kq", "up", qid)), (texts.QA_DOWN, callbacks.make("kq", "dn", qid))]
        await reply(update, esc(asked.text), reply_markup=menus.inline([row]))
        return
    rows = [[(s[:60], callbacks.make("kq", "sg", qid, i))] for i, s in enumerate(asked.suggestions[:3])]
    rows.append([(texts.QA_FORWARD_BUTTON, callbacks.make("kq", "fw", qid))])
    await reply(update, esc(asked.text), reply_markup=menus.inline(rows))


@member_only
@button_errors()
async def on_button(update: Update, context: BotContext) -> None:
    _, parts = callbacks.parse(update.callback_query.data)
    action, qid = (parts[0] if parts else ""), callbacks.int_part(parts, 1)
    qa = context.services.qa
    user_id = update.effective_user.id
    if qid is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    if action == "src":
        await answer_query(update)
        source = await qa.source(qid, user_id)
        if source is None:
            await reply(update, texts.QA_NO_SOURCE)
        else:
            title, section, paragraph = source
            await reply(update, texts.QA_SOURCE.format(title=esc(title), section=esc(section or title),
                                                       paragraph=esc(paragraph)))
    elif action in ("up", "dn"):
        await qa.rate(qid, user_id, 1 if action == "up" else -1)
        await answer_query(update, texts.QA_THANKS if action == "up" else texts.QA_THANKS_DOWN,
                           alert=action == "dn")
        if action == "dn":  # offer to ask a person instead
            markup = update.callback_query.message.reply_markup
            keep = [(b.text, b.callback_data) for row in (markup.inline_keyboard if markup else ())
                    for b in row if str(b.callback_data).startswith("kq:src")]
            await update.callback_query.message.edit_reply_markup(menus.inline(
                [keep, [(texts.QA_FORWARD_BUTTON, callbacks.make("kq", "fw", qid))]]))
    elif action == "sg":
        question = await qa.suggestion(qid, user_id, callbacks.int_part(parts, 2) or 0)
        await answer_query(update)
        await reply(update, f"❓ {esc(question)}")
        await ask_and_render(update, context, question)
    elif action == "fw":
        await qa.forward(qid, user_id)
        await answer_query(update)
        await reply(update, texts.QA_FORWARD_SENT)
        await send_now.kick(context.application)  # the admins' notices were queued with the handoff
    else:
        await answer_query(update, texts.BUTTON_EXPIRED)


# --- staff replies -----------------------------------------------------------------------------

@admin_only
@button_errors()
async def on_staff_button(update: Update, context: BotContext) -> None:
    _, parts = callbacks.parse(update.callback_query.data)
    action, fid = (parts[0] if parts else ""), callbacks.int_part(parts, 1)
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
        [[(texts.QA_SAVE_FAQ_BUTTON, callbacks.make("kf", "faq", forward.id))]]))


# --- the knowledge base (admins) -----------------------------------------------------------------

@admin_only
async def kb_list(update: Update, context: BotContext) -> None:
    docs = await context.services.qa.documents()
    tz = context.services.settings.timezone
    lines = [texts.KB_LIST_HEADER.format(count=len(docs))]
    buttons = []
    for doc in docs:
        when = texts.KB_BUNDLED if doc.bundled else doc.imported_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
        lines.append(texts.KB_LIST_LINE.format(title=esc(doc.title), name=esc(doc.name), passages=doc.passages,
                                               when=when))
        if doc.id is not None:
            buttons.append([(texts.KB_REMOVE_BUTTON.format(name=doc.name[:40]), callbacks.make("kd", "rm", doc.id))])
    lines.append("\n" + texts.KB_HELP_ADMIN)
    await reply(update, "\n".join(lines), reply_markup=menus.inline(buttons) if buttons else None)


@admin_only
async def on_document_button(update: Update, context: BotContext) -> None:
    _, parts = callbacks.parse(update.callback_query.data)
    doc_id = callbacks.int_part(parts, 1)
    if parts[:1] != ["rm"] or doc_id is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
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
    await reply(update, texts.KB_ADDED.format(title=esc(info.title), name=esc(info.name), passages=info.passages))


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
