"""Co-signing (联名) and 附议, Telegram side: the invitation to a co-signer, their answer, and
a member's support for a filed item (offered among the similar items before filing).
"""

from __future__ import annotations

from telegram import Update

from bot import texts
from bot.errors import NotFound, UserError
from handlers import menus, send_now
from handlers.common import answer_query, esc, member_only, reply
from handlers.context import BotContext
from handlers.submissions.buttons import CosignReply, FormAction, Second
from handlers.submissions.cards import drop_buttons


# --- handlers -----------------------------------------------------------------------------------------

async def invite(update: Update, context: BotContext, sid: int, member_id: int) -> None:
    sub = context.services.submissions
    invitation = await sub.invite_cosigner(update.effective_user.id, sid, member_id)
    await answer_query(update)
    cosigner = invitation.cosigner
    await send_now.kick(context.application)  # the invitation was queued with it
    done = menus.inline([[(texts.DONE, FormAction("csd", sid).pack())]])
    invitee = await context.services.members.get(cosigner.telegram_id)  # as the send left it
    reached = invitee is not None and invitee.can_receive
    template = texts.SUB_COSIGN_INVITED if reached else texts.SUB_COSIGN_UNREACHABLE
    await reply(update, template.format(name=esc(cosigner.name)), reply_markup=done)


@member_only
async def cosign_button(update: Update, context: BotContext) -> None:
    press = CosignReply.parse(update.callback_query.data)
    if press is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    try:
        answer = await context.services.submissions.answer_cosign(update.effective_user.id, press.cosigner_id,
                                                                  press.agree)
    except NotFound:
        await answer_query(update, texts.SUB_NOT_FOUND, alert=True)
        return
    except UserError as exc:
        await answer_query(update, exc.text, alert=True)
        await drop_buttons(update)
        return
    if not answer.changed:
        await answer_query(update, texts.SUB_COSIGN_ANSWERED, alert=True)
        return
    await answer_query(update)
    agreed = answer.cosigner.state == "agreed"
    mine = texts.SUB_COSIGN_AGREED_YOU if agreed else texts.SUB_COSIGN_DECLINED_YOU
    await drop_buttons(update, mine.format(title=esc(answer.title)))
    await send_now.kick(context.application)  # the author's notice was queued with the answer


@member_only
async def second_button(update: Update, context: BotContext) -> None:
    press = Second.parse(update.callback_query.data)
    if press is None:
        await answer_query(update, texts.BUTTON_EXPIRED)
        return
    try:
        result = await context.services.submissions.second(update.effective_user.id, press.target,
                                                           press.draft or None)
    except NotFound:
        await answer_query(update, texts.SUB_NOT_FOUND, alert=True)
        return
    except UserError as exc:
        await answer_query(update, exc.text, alert=True)
        return
    await answer_query(update)
    view = result.target
    if not result.added:
        await reply(update, texts.SUB_SECOND_ALREADY.format(number=esc(view.number)),
                    reply_markup=menus.menu_for(context.member))
        return
    await drop_buttons(update)
    await send_now.kick(context.application)  # the author's notice was queued with the 附议
    template = texts.SUB_SECONDED if result.draft_deleted else texts.SUB_SECONDED_KEEP
    await reply(update, template.format(number=esc(view.number), title=esc(view.title)),
                reply_markup=menus.menu_for(context.member))
