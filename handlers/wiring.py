"""Telegram adapters: read the update, call a service in bot/, render the reply.

`setup()` adds every handler in order. Order matters:
  group -10  the middleware (dedupe, note the person) runs before anything else;
  group 0    commands, then buttons, then every other private message (the router),
             then unknown commands last.
Feature modules add their commands, buttons, flows and menu actions in
handlers/features.py, before the catch-alls.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, TypeHandler, filters

# The update types the bot has handlers for (poll and poll_answer: 问卷调查), asked of Telegram by setWebhook and getUpdates
# alike: anything else would only be recorded and dropped. (Here, not in handlers/web.py, so that polling needs no aiohttp.)
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.POLL, Update.POLL_ANSWER]


def setup(application: Application) -> None:
    from bot import texts
    from handlers import admin_members, admin_menu, common, errors, features, router, start
    from handlers.console import command as console_command

    application.add_handler(TypeHandler(Update, common.middleware), group=-10)

    private = filters.ChatType.PRIVATE
    commands = {
        "start": start.start, "help": start.help_command, "cancel": router.cancel,
        "members": admin_members.members_command, "promote": admin_members.promote,
        "demote": admin_members.demote, "block": admin_members.block, "unblock": admin_members.unblock,
        "invite": admin_members.invite,
        "web": console_command.web_link,
    }
    for name, callback in commands.items():
        application.add_handler(CommandHandler(name, callback, filters=private))
    application.add_handler(CallbackQueryHandler(start.registration_button, pattern=start.RegistrationChoice.pattern()))
    application.add_handler(CallbackQueryHandler(start.decide, pattern=start.DecisionButton.pattern()))
    application.add_handler(CallbackQueryHandler(admin_members.members_page, pattern=admin_members.MembersPage.pattern()))

    router.register_flow("register", start.registration_message)
    router.register_menu(texts.MENU_ASK, start.ask_prompt)
    router.register_menu(texts.MENU_HELP, start.help_command)

    features.register_all(application)
    admin_menu.register(application)

    # Catch-alls last: stale buttons, every other private message, unknown commands.
    application.add_handler(CallbackQueryHandler(common.expired_button))
    application.add_handler(MessageHandler(private & ~filters.COMMAND, router.route_message))
    application.add_handler(MessageHandler(private & filters.COMMAND, router.unknown_command))
    application.add_error_handler(errors.on_error)
