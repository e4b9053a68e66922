"""The public names of 问卷调查 (bot/polls/), for handlers, the CLI and the tests."""

from bot.polls.models import (  # noqa: F401
    ANSWER_FLOW, AUDIENCE, DEADLINE, DEADLINE_OK, FLOW, LIST_LIMIT, MODE, MULTI, NAMING, OPTIONS, POLL_REMIND,
    POLL_RESULTS, POLL_SEND, POLL_STOP, PREVIEW, QUESTION, QUESTION_KINDS, QUESTION_TEXT, QUESTIONS, RATING,
    SINGLE, SURVEY_INVITE, TEXT, TEXT_LIMIT, TITLE, Draft, PollView, Question, QuestionResult, Results, Started,
    SurveyStep,
)
from bot.polls.service import PollsService  # noqa: F401
