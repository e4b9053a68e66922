"""Members' answers, Telegram side: votes on native polls, and surveys one question at a time.

A `poll_answer` (named polls: who chose what, a change, or a retraction with no options) and a
`poll` update (anonymous polls: Telegram's counts of that copy) are handed to the service. A
survey is answered with buttons (a rating, an option, options toggled then 下一题) or a typed text,
with 上一题 to go back; the place is the member's dialog row, so a restart continues it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from telegram import Update
from telegram.error import TelegramError

from bot import texts
from bot.dialogs import Dialog
from bot.errors import NotFound, PermissionDenied, UserError
from bot.polls import public as pl
from handlers import menus
from handlers.buttons import ButtonData
from handlers.common import answer_query, esc, reply
from handlers.context import BotContext

ACTIONS = ("pick", "next", "back", "submit", "open")


@dataclass(frozen=True)
class SurveyButton(ButtonData):
    """A survey answer: at question `index`, pick choice `value`, or next / back / submit / open."""

    prefix = "sv"
    poll_id: int
    index: int
    action: str = field(metadata={"example": "pick"})
    value: int | None = None

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(self.action)


def start_button(poll_id: int) -> tuple[str, str]:
    return texts.SURVEY_START, SurveyButton(poll_id, 0, "open").pack()


async def on_poll_answer(update: Update, context: BotContext) -> None:
    answer = update.poll_answer
    if answer.user is None:  # a vote on behalf of a chat: not a member
        return
    await context.services.polls.record_vote(answer.poll_id, answer.user.id, list(answer.option_ids))


async def on_poll(update: Update, context: BotContext) -> None:
    poll = update.poll
    if not poll.is_anonymous:  # named polls are counted from poll_answer, person by person
        return
    await context.services.polls.record_tally(poll.id, [o.voter_count for o in poll.options], poll.total_voter_count)


def question_view(step: pl.SurveyStep) -> tuple[str, object]:
    """The text and buttons of the member's current place in the survey."""
    view = step.poll
    total = len(view.questions)
    back = [(texts.SURVEY_BACK, SurveyButton(view.id, step.index, "back").pack())] if step.index > 0 else []
    if step.question is None:
        return texts.SURVEY_CONFIRM.format(title=esc(view.title), total=total), menus.inline(
            [[(texts.SURVEY_SUBMIT, SurveyButton(view.id, step.index, "submit").pack())], back])
    question = step.question
    head = texts.SURVEY_QUESTION_HEAD.format(title=esc(view.title), number=step.index + 1, total=total,
                                             text=esc(question.text), kind=texts.SURVEY_KIND_NAMES[question.kind])
    pick = lambda i: SurveyButton(view.id, step.index, "pick", i).pack()  # noqa: E731
    rows: list[list[tuple[str, str]]] = []
    if question.kind == pl.RATING:
        rows.append([(("✅" if i in step.chosen else "") + c, pick(i)) for i, c in enumerate(question.choices)])
        head += "\n" + texts.SURVEY_RATING_HINT
    elif question.kind in (pl.SINGLE, pl.MULTI):
        rows += [[(("✅ " if i in step.chosen else "") + c, pick(i))] for i, c in enumerate(question.choices)]
        if question.kind == pl.MULTI:
            rows.append([(texts.SURVEY_NEXT, SurveyButton(view.id, step.index, "next").pack())])
    else:
        head += "\n" + texts.SURVEY_TEXT_HINT.format(limit=pl.TEXT_LIMIT)
        if step.answer_text:
            head += "\n" + texts.SURVEY_TEXT_GIVEN.format(text=esc(step.answer_text))
    if back:
        rows.append(back)
    return head, menus.inline(rows) if rows else None


async def _show(update: Update, step: pl.SurveyStep, edit: bool) -> None:
    if step.done:
        await reply(update, texts.SURVEY_THANKS.format(
            note=texts.SURVEY_THANKS_ANON if step.poll.anonymous else ""))
        return
    text, markup = question_view(step)
    if edit and update.callback_query is not None:
        try:
            await update.callback_query.message.edit_text(text, reply_markup=markup)
            return
        except TelegramError:  # too old to edit: a new message will do
            pass
    await reply(update, text, reply_markup=markup)


async def _drop_keyboard(update: Update) -> None:
    try:
        await update.callback_query.message.edit_reply_markup(reply_markup=None)
    except TelegramError:
        pass


async def survey_button(update: Update, context: BotContext) -> None:
    """Members press these; nobody but the recipient may, and a closed survey answers politely."""
    button = SurveyButton.parse(update.callback_query.data)
    polls = context.services.polls
    user_id = update.effective_user.id
    try:
        if button is None:
            raise NotFound(None)
        if button.action == "open":
            step = await polls.survey_open(user_id, button.poll_id)
            await answer_query(update)
            await _show(update, step, edit=False)
            return
        step = await polls.survey_answer(user_id, button.poll_id, button.index, button.value, action=button.action)
        await answer_query(update)
        if button.action == "pick" and not step.done and step.index == button.index:  # a multi toggle
            await _show(update, step, edit=True)
            return
        await _drop_keyboard(update)  # answered: the next question comes as a new message
        await _show(update, step, edit=False)
    except NotFound:
        await answer_query(update, texts.BUTTON_EXPIRED)
    except PermissionDenied:
        await answer_query(update, texts.SURVEY_NOT_YOURS, alert=True)
    except UserError as exc:
        await answer_query(update, exc.text, alert=True)


async def on_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    """A typed answer to a free-text question (anything else: the question is shown again)."""
    polls = context.services.polls
    user_id = update.effective_user.id
    message = update.effective_message
    try:
        step = await polls.survey_current(user_id)
        if step is None:
            return
        if step.question is None or step.question.kind != pl.TEXT or message.text is None:
            await reply(update, texts.SURVEY_USE_BUTTONS)
            await _show(update, step, edit=False)
            return
        step = await polls.survey_answer(user_id, step.poll.id, step.index, text=message.text)
        await _show(update, step, edit=False)
    except UserError as exc:
        await reply(update, esc(exc.text))
    except (NotFound, PermissionDenied):
        await polls.survey_leave(user_id)
        await reply(update, texts.BUTTON_EXPIRED)


async def on_cancel(update: Update, context: BotContext, dialog: Dialog) -> None:
    await context.services.polls.survey_leave(update.effective_user.id)
    await reply(update, texts.SURVEY_LEFT, reply_markup=menus.menu_for(context.member))
