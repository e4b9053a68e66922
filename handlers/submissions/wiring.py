"""The 社情民意 conversations, Telegram side: writing (/submit), co-signing, 附议, /my and /review.

Modules: cards (how an item reads, staff's buttons), form (/submit and the form's steps),
cosign (联名 and 附议), mine (/my), review (/review and the admin's actions), drafts (the
old-drafts ticker), buttons (the typed button kinds). Each handler parses the update, calls
one service method (context.services.submissions) and renders the result.
"""

from __future__ import annotations

from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot import submissions as sb
from bot import texts
from handlers import jobs, router
from handlers.submissions.buttons import (CosignReply, FormAction, FormCategory, FormField, FormInvite, FormSubmit,
                                          Mine, ReviewEditField, ReviewItem, ReviewList, ReviewNoNote, ReviewTo,
                                          Second)
from handlers.submissions.cards import admin_buttons, card, chunks, history, original_text  # noqa: F401
from handlers.submissions.cosign import cosign_button, second_button
from handlers.submissions.drafts import draft_ticker
from handlers.submissions.form import form_button, form_cancel, form_message, submit_command
from handlers.submissions.mine import mine_button, my_command
from handlers.submissions import notices  # noqa: F401 - registers the feature's notice renderers
from handlers.submissions.review import review_button, review_command, review_message


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    application.add_handler(CommandHandler("submit", submit_command, filters=private))
    application.add_handler(CommandHandler("my", my_command, filters=private))
    application.add_handler(CommandHandler("review", review_command, filters=private))
    button_handlers = {form_button: (FormAction, FormCategory, FormInvite, FormSubmit, FormField),
                       cosign_button: (CosignReply,), second_button: (Second,), mine_button: (Mine,),
                       review_button: (ReviewItem, ReviewTo, ReviewNoNote, ReviewEditField, ReviewList)}
    for handler, kinds in button_handlers.items():
        for kind in kinds:
            application.add_handler(CallbackQueryHandler(handler, pattern=kind.pattern()))
    router.register_flow(sb.FLOW, form_message, form_cancel)
    router.register_flow(sb.REVIEW_FLOW, review_message)
    router.register_menu(texts.MENU_SUBMIT, submit_command)
    router.register_menu(texts.MENU_MY, my_command)
    jobs.register_ticker("submission_drafts", draft_ticker)
