"""What every handler shares: the typed PTB context that carries the services.

It lives in handlers/ (not bot/app.py) so that handlers never import the wiring
module and bot/app.py can import handlers at the top: no import circle.
"""

from __future__ import annotations

from telegram.ext import CallbackContext, ExtBot

from bot.services import Services


NOT_READ = object()


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """The context handlers get: `context.services` and the member the update came from."""

    member = None  # set per update by handlers.common.middleware (MemberInfo | None)
    # The person's dialog step as read by the middleware's transaction (a message for the router),
    # so routing needs no second read; unset (NOT_READ) for other updates.
    dialog = NOT_READ

    @property
    def services(self) -> Services:
        return self.application.bot_data["services"]
