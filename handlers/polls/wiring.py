"""Registers 问卷调查: /poll, /survey, /polls, their buttons, the survey flows, votes and the deadline ticker."""

from telegram.ext import Application, CallbackQueryHandler, CommandHandler, PollAnswerHandler, PollHandler, filters

from bot.polls import public as pl
from handlers import jobs, router
from handlers.polls import notices  # noqa: F401 - its renderers
from handlers.polls.answer import SurveyButton, on_poll, on_poll_answer, survey_button
from handlers.polls.answer import on_cancel as survey_cancel
from handlers.polls.answer import on_message as survey_message
from handlers.polls.compose import (
    PollAudience, PollStep, QuestionKind, audience_button, kind_button, on_cancel, on_message, poll_command,
    step_button, survey_command,
)
from handlers.polls.listing import PollAction, list_button, polls_command
from handlers.send_now import kick


async def tick(application: Application) -> None:
    """Polls whose deadline has come are closed; their stops and results go through the outbox."""
    if await application.bot_data["services"].polls.close_due():
        await kick(application)


def register(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    for name, callback in (("poll", poll_command), ("survey", survey_command), ("polls", polls_command)):
        application.add_handler(CommandHandler(name, callback, filters=private))
    for kind, handler in ((PollStep, step_button), (PollAudience, audience_button), (QuestionKind, kind_button),
                          (PollAction, list_button), (SurveyButton, survey_button)):
        application.add_handler(CallbackQueryHandler(handler, pattern=kind.pattern()))
    application.add_handler(PollAnswerHandler(on_poll_answer))
    application.add_handler(PollHandler(on_poll))
    router.register_flow(pl.FLOW, on_message, on_cancel)
    router.register_flow(pl.ANSWER_FLOW, survey_message, survey_cancel)
    jobs.register_ticker("polls", tick)
