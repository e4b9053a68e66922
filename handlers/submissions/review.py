"""/review, Telegram side (admins): the filtered list, an item's card with its actions, and the
typed note, 批示, reply or edited text that follows a button.

The filters are parsed by the service (bot/submissions/review_filters.py); which status may
follow which, and the 批示's format, are the service's too: a refused change arrives as
`TransitionNotAllowed` and is shown as it is.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, TelegramError

from bot import submissions as sb
from bot import texts
from bot.dialogs import Dialog
from bot.errors import NotFound, UserError
from bot.submissions import ReviewQuery, TransitionNotAllowed
from bot.outbox import SUB_FILED
from bot.submissions.notices import filed_card_key
from handlers import menus, router, send_now
from handlers.common import admin_only, answer_query, button_errors, drop_buttons_of, esc, reply
from handlers.context import BotContext
from handlers.submissions.buttons import ReviewEditField, ReviewItem, ReviewList, ReviewNoNote, ReviewTo
from handlers.submissions.cards import (admin_buttons, card, chunks, drop_buttons, history, original_text, send_long,
                                        short)

log = logging.getLogger(__name__)


# --- the list ------------------------------------------------------------------------------------------

@admin_only
async def review_command(update: Update, context: BotContext) -> None:
    query = context.services.submissions.parse_review_words(list(context.args or []))
    if query is None:
        await reply(update, texts.SUB_REVIEW_USAGE)
        return
    await show_list(update, context, query, page=1, edit=False)


def _list_button(query: ReviewQuery, page: int = 1, **changes: object) -> str:
    fields = {"status": query.status, "category": query.category, "period": query.period, **changes}
    return ReviewList(page=page, **fields).pack()


async def show_list(update: Update, context: BotContext, query: ReviewQuery, page: int, edit: bool) -> None:
    sub = context.services.submissions
    query = query.normalised(sub.categories)
    result = await sub.review_list(update.effective_user.id, sub.review_filter(query), page)
    label = [texts.SUB_REVIEW_STATUS_FILTERS[query.status],
             sub.categories[query.category] if query.category is not None else texts.SUB_REVIEW_ALL,
             texts.SUB_REVIEW_PERIODS[query.period]]
    text = texts.SUB_REVIEW_HEAD.format(filters="｜".join(label), total=result.total, page=result.page,
                                        pages=result.pages)
    if result.items:
        text += "\n" + "\n".join(texts.SUB_REVIEW_LINE.format(
            number=esc(v.number), title=esc(v.title), author=esc(v.author_name),
            status=sb.status_name(v.status)) for v in result.items)
    else:
        text += "\n" + texts.SUB_REVIEW_EMPTY
    rows = [[(f"{v.number} {short(v.title)}", ReviewItem("v", v.id).pack())] for v in result.items]
    nav = []
    if result.page > 1:
        nav.append((texts.PREV_PAGE, _list_button(query, result.page - 1)))
    if result.page < result.pages:
        nav.append((texts.NEXT_PAGE, _list_button(query, result.page + 1)))
    rows.append(nav)
    statuses = [(("• " if code == query.status else "") + name, _list_button(query, status=code))
                for code, name in texts.SUB_REVIEW_STATUS_FILTERS.items()]
    rows += [statuses[:3], statuses[3:]]
    rows.append([(("• " if code == query.period else "") + name, _list_button(query, period=code))
                 for code, name in texts.SUB_REVIEW_PERIODS.items()])
    cats = [(("• " if query.category is None else "") + texts.SUB_REVIEW_ALL, _list_button(query, category=None))]
    cats += [(("• " if query.category == i else "") + name, _list_button(query, category=i))
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


# --- the buttons -----------------------------------------------------------------------------------------

@admin_only
@button_errors(texts.SUB_NOT_FOUND, alert_not_found=True)
async def review_button(update: Update, context: BotContext) -> None:
    data = update.callback_query.data
    if (page := ReviewList.parse(data)) is not None:
        await answer_query(update)
        query = ReviewQuery(page.status, page.category, page.period)
        await show_list(update, context, query, max(1, page.page), edit=True)
    elif (change := ReviewTo.parse(data)) is not None:
        await _ask_for_change(update, context, change.sid, change.to)
    elif (change := ReviewNoNote.parse(data)) is not None:
        tid = update.effective_user.id
        await context.services.dialogs.clear(tid, sb.REVIEW_FLOW)
        result = await context.services.submissions.change_status(tid, change.sid, change.to)
        await answer_query(update)
        await drop_buttons(update)
        await apply_change(update, context, result)
    elif (edit := ReviewEditField.parse(data)) is not None:
        await _ask_for_edit(update, context, edit.sid, edit.name)
    elif (item := ReviewItem.parse(data)) is not None:
        await _item_action(update, context, item)
    else:
        await answer_query(update, texts.BUTTON_EXPIRED)


async def _ask_for_change(update: Update, context: BotContext, sid: int, to: str) -> None:
    """A status button: the change is checked now, then a note (or the 批示) is asked for."""
    tid = update.effective_user.id
    view = await context.services.submissions.prepare_change(tid, sid, to)
    await answer_query(update)
    if to == "instructed":
        await context.services.dialogs.set(tid, sb.REVIEW_FLOW, "instruction", {"sid": sid})
        await reply(update, texts.SUB_REVIEW_ASK_INSTRUCTION)
        return
    await context.services.dialogs.set(tid, sb.REVIEW_FLOW, "note", {"sid": sid, "to": to})
    prompt = await reply(update, texts.SUB_REVIEW_ASK_NOTE.format(number=esc(view.number), status=sb.status_name(to)),
                         reply_markup=menus.inline([[(texts.SUB_REVIEW_NO_NOTE, ReviewNoNote(sid, to).pack())]]))
    if prompt is not None:  # so that a typed note can take 不附说明 away
        await context.services.dialogs.set(tid, sb.REVIEW_FLOW, "note",
                                           {"sid": sid, "to": to, "prompt": prompt.message_id})


async def _ask_for_edit(update: Update, context: BotContext, sid: int, field_name: str) -> None:
    if field_name not in sb.TEXT_FIELDS:
        raise NotFound(field_name)
    tid = update.effective_user.id
    view = await context.services.submissions.view_admin(tid, sid)
    await answer_query(update)
    await context.services.dialogs.set(tid, sb.REVIEW_FLOW, "edit", {"sid": sid, "field": field_name})
    await send_long(update, texts.SUB_REVIEW_ASK_EDIT.format(field=texts.SUB_FIELD_NAMES[field_name],
                                                             current=esc(getattr(view, field_name))))


async def _item_action(update: Update, context: BotContext, press: ReviewItem) -> None:
    tid = update.effective_user.id
    sid, action = press.sid, press.action
    view = await context.services.submissions.view_admin(tid, sid)
    if action == "v":
        await answer_query(update)
        await send_long(update, card(view) + history(context, view), reply_markup=admin_buttons(view))
    elif action == "r":
        await answer_query(update)
        await context.services.dialogs.set(tid, sb.REVIEW_FLOW, "reply", {"sid": sid})
        await reply(update, texts.SUB_REVIEW_ASK_REPLY.format(number=esc(view.number)))
    elif action == "e":
        await answer_query(update)
        buttons = [(texts.SUB_FIELD_NAMES[f], ReviewEditField(sid, f).pack()) for f in sb.TEXT_FIELDS]
        await reply(update, texts.SUB_REVIEW_EDIT_WHICH.format(number=esc(view.number)),
                    reply_markup=menus.inline(menus.grid(buttons, 2)))
    elif action == "a":
        await answer_query(update)
        await _send_attachments(update, context, view)
    elif action == "o":
        await answer_query(update)
        if not view.original:
            await reply(update, texts.SUB_REVIEW_NO_ORIGINAL)
            return
        await send_long(update, original_text(view))
    else:
        await answer_query(update, texts.BUTTON_EXPIRED)


async def _send_attachments(update: Update, context: BotContext, view: sb.SubmissionView) -> None:
    chat_id = update.effective_chat.id
    for attachment in view.attachments:
        caption = texts.SUB_ATTACHMENT_CAPTION.format(number=esc(view.number), name=esc(attachment.name))
        if attachment.caption:  # the member's own words about it; Telegram allows 1024 characters
            caption = (caption + texts.SUB_ATTACHMENT_MEMBER_CAPTION.format(caption=esc(attachment.caption)))[:1024]
        try:
            if attachment.kind == "photo":
                await context.bot.send_photo(chat_id, attachment.file_id, caption=caption)
            else:
                await context.bot.send_document(chat_id, attachment.file_id, caption=caption)
        except BadRequest as exc:
            log.warning("attachment %s of submission %s could not be sent: %s", attachment.id, view.id, exc)
            await reply(update, texts.SUB_ATTACHMENT_GONE.format(name=esc(attachment.name)))


# --- what the admin types after a button ------------------------------------------------------------------

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
            await drop_buttons_of(update, dialog.data.get("prompt"))  # 不附说明 is no longer a choice
            await apply_change(update, context, change)
        elif dialog.step == "instruction":
            change = await sub.instruct(tid, sid, text)
            await context.services.dialogs.clear(tid, sb.REVIEW_FLOW)
            await apply_change(update, context, change)
        elif dialog.step == "reply":
            await sub.add_note(tid, sid, text)
            await context.services.dialogs.clear(tid, sb.REVIEW_FLOW)
            await send_now.kick(context.application)
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
    except TransitionNotAllowed as exc:  # someone else moved the item meanwhile: this change is over
        await reply(update, exc.text)
        await context.services.dialogs.clear(tid, sb.REVIEW_FLOW)
    except UserError as exc:  # a note too long, a malformed 批示: the admin types again
        await reply(update, exc.text)


async def apply_change(update: Update, context: BotContext, change: sb.Change) -> None:
    """Send the member's status notice (queued with the change), then tell the admin (with the item's next actions)."""
    view = change.view
    await send_now.kick(context.application)
    author = await context.services.members.get(view.author_tid)  # as the send left it (blocked → unreachable)
    told = change.member_told and author is not None and author.can_receive
    done = texts.SUB_REVIEW_DONE if told else texts.SUB_REVIEW_DONE_UNREACHABLE
    await reply(update, done.format(number=esc(view.number), status=sb.status_name(change.to_status)),
                reply_markup=admin_buttons(view))
    if change.from_status == "submitted":
        await settle_filed_cards(context, change)


async def settle_filed_cards(context: BotContext, change: sb.Change) -> None:
    """The first decision on a filed item is made: every admin's 新的社情民意 card (recorded when
    the outbox sent it) loses its buttons and says what was chosen, by whom. Called after the
    commit, so a crash before it leaves buttons that answer "expired" or act on the new status."""
    view = change.view
    decided = texts.SUB_CARD_DECIDED.format(admin=esc(context.member.display_name if context.member else ""),
                                            status=sb.status_name(change.to_status))
    for chat_id, message_id, payload in await context.services.outbox.sent_copies(SUB_FILED, filed_card_key(view.id)):
        head = texts.SUB_ADMIN_RESUBMITTED if payload.get("resubmitted") else texts.SUB_ADMIN_NEW
        parts = chunks(head + card(view))
        try:
            if len(parts) == 1:
                await context.bot.edit_message_text(parts[0] + decided, chat_id=chat_id, message_id=message_id)
            else:  # the buttons sit under the last part: take them off, the text stays
                await context.bot.edit_message_reply_markup(chat_id=chat_id, message_id=message_id, reply_markup=None)
        except TelegramError:  # deleted, too old, or unchanged: nothing to take off
            pass
