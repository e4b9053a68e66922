"""The list of feature modules; each adds its handlers, flows, menu actions and tickers.

Until a feature exists its menu button says 即将开放 (see handlers/router.py).
"""

from __future__ import annotations

from telegram.ext import Application

from bot import texts
from handlers import router


def register_all(application: Application) -> None:
    from handlers import export, notices, qa  # noqa: F401 - notices: its renderers
    from handlers import roster
    from handlers.broadcasts import wiring as broadcasts
    from handlers.events import wiring as events
    from handlers.records import wiring as records
    from handlers.polls import wiring as polls
    from handlers.submissions import wiring as submissions

    qa.register(application)
    submissions.register(application)
    events.register(application)
    export.register(application)
    broadcasts.register(application)
    roster.register(application)
    records.register(application)
    polls.register(application)
    for label in (texts.MENU_SUBMIT, texts.MENU_MY, texts.MENU_SCHEDULE):
        router.MENU.setdefault(label, router.coming_soon)
