"""/my, Telegram side: the member's yearly counts and their filed items, page by page, each
with its card, history, original wording and the 修改后重新提交 of a returned item.
"""

from __future__ import annotations

from telegram import Update
from telegram.error import BadRequest

from bot import submissions as sb
from bot import texts
from bot.errors import NotFound, UserError
from handlers import menus
from handlers.common import answer_query, esc, member_only, reply
from handlers.context import BotContext
from handlers.submissions.buttons import Mine
from handlers.submissions.cards import card, history, original_text, send_long, short
from handlers.submissions.form import preview


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
                                      status=sb.status_name(v.status)) for v in p.items]
    text += "\n\n" + "\n".join(lines) + "\n\n" + texts.SUB_MY_PAGE.format(page=p.page, pages=p.pages)
    rows = [[(f"{v.number} {short(v.title)}", Mine("v", v.id).pack())] for v in p.items]
    nav = []
    if p.page > 1:
        nav.append((texts.PREV_PAGE, Mine("p", p.page - 1).pack()))
    if p.page < p.pages:
        nav.append((texts.NEXT_PAGE, Mine("p", p.page + 1).pack()))
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
    press = Mine.parse(update.callback_query.data)
    if press is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    action, number = press.action, press.number
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
                buttons.append((texts.SUB_REVISE, Mine("rev", view.id).pack()))
            if view.original:
                buttons.append((texts.SUB_BTN_ORIGINAL, Mine("o", view.id).pack()))
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
