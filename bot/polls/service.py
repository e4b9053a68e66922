"""The 问卷调查 service handlers call: composing, sending and answers, results, in one object."""

from __future__ import annotations

from bot.polls.answers import Answering
from bot.polls.compose import Composing
from bot.polls.results import Reporting


class PollsService(Composing, Answering, Reporting):
    """Quick polls and surveys: compose, send, take answers, close, remind, report, export."""

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.register_hooks()  # the sent copy's Telegram poll id is noted with the send's outcome
