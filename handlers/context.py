"""What every handler shares: the typed PTB context that carries the services.

It lives in handlers/ (not bot/app.py) so that handlers never import the wiring
module and bot/app.py can import handlers at the top: no import circle.
"""

from __future__ import annotations

from telegram.ext import CallbackContext, ExtBot

from bot.services import Services


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """The context handlers get: `context.services` and the member the update came from."""

    member = None  # set per update by handlers.common.middleware (MemberInfo | None)

    @property
    def services(self) -> Services:
        return self.application.bot_data["services"]
