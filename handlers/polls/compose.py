"""/poll and /survey, Telegram side: composing step by step; the draft row holds the step.

A poll: question → options (one a line) → 单选 / 多选 → 实名 / 匿名 → audience → deadline (typed,
echoed with its date and zone, 确认; or 不设截止) → preview → 发送. A survey: title → questions
(a type button, then the text; or an XLSX, one row a question) → 完成 → the same from 实名 / 匿名 on.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from telegram import Update
from telegram.error import BadRequest, TelegramError

from bot import texts
from bot.dialogs import Dialog
from bot.errors import NotFound, PermissionDenied, UserError
from bot.polls import public as pl
from bot.timeparse import format_when_zoned, zone_name
from handlers import menus
from handlers.buttons import ButtonData
from handlers.common import admin_only, answer_query, button_errors, esc, reply
from handlers.context import BotContext
from handlers.send_now import kick
from handlers.time_echo import confirm_buttons, is_current

SELECTED = "✅ "
STEPS = ("single", "multi", "named", "anon", "next", "nodl", "ok", "re", "send", "x", "qdone")
GROUPS = ("all", "me", "c", "s")


@dataclass(frozen=True)
class PollStep(ButtonData):
    """A step button of the admin's poll or survey draft."""

    prefix = "pl"
    poll_id: int
    action: str = field(metadata={"example": "send"})

    def __post_init__(self) -> None:
        if self.action not in STEPS:
            raise ValueError(self.action)


@dataclass(frozen=True)
class PollAudience(ButtonData):
    """One audience choice switched on or off; `index` picks the 专委会 or 界别."""

    prefix = "pla"
    poll_id: int
    group: str = field(metadata={"example": "all"})
    index: int | None = None

    def __post_init__(self) -> None:
        if self.group not in GROUPS:
            raise ValueError(self.group)


@dataclass(frozen=True)
class QuestionKind(ButtonData):
    """A survey question's type: single, multi, rating, text."""

    prefix = "plq"
    poll_id: int
    kind: str = field(metadata={"example": "single"})

    def __post_init__(self) -> None:
        if self.kind not in pl.QUESTION_KINDS:
            raise ValueError(self.kind)


def _step(poll_id: int, action: str) -> str:
    return PollStep(poll_id, action).pack()


@admin_only
async def poll_command(update: Update, context: BotContext) -> None:
    await context.services.polls.begin(update.effective_user.id, "poll")
    await reply(update, texts.POLL_ASK_QUESTION, reply_markup=menus.remove_keyboard())


@admin_only
async def survey_command(update: Update, context: BotContext) -> None:
    await context.services.polls.begin(update.effective_user.id, "survey")
    await reply(update, texts.SURVEY_ASK_TITLE, reply_markup=menus.remove_keyboard())


def _question_menu(view: pl.PollView) -> object:
    rows = [[(texts.SURVEY_KIND_NAMES[k], QuestionKind(view.id, k).pack()) for k in pl.QUESTION_KINDS[:2]],
            [(texts.SURVEY_KIND_NAMES[k], QuestionKind(view.id, k).pack()) for k in pl.QUESTION_KINDS[2:]]]
    if view.questions:
        rows.append([(texts.SURVEY_QUESTIONS_DONE, _step(view.id, "qdone"))])
    rows.append([(texts.CANCEL, _step(view.id, "x"))])
    return menus.inline(rows)


def question_line(number: int, question: pl.Question) -> str:
    kind = texts.SURVEY_KIND_NAMES[question.kind]
    options = "｜".join(esc(o) for o in question.options)
    return texts.SURVEY_QUESTION_LINE.format(number=number, kind=kind, text=esc(question.text),
                                             options=f"（{options}）" if options else "")


async def _show_questions(update: Update, view: pl.PollView) -> None:
    listed = "\n".join(question_line(i, x) for i, x in enumerate(view.questions, start=1)) or texts.SURVEY_NO_QUESTIONS_YET
    await reply(update, texts.SURVEY_ASK_QUESTIONS.format(title=esc(view.title), questions=listed),
                reply_markup=_question_menu(view))


async def _read_xlsx(context: BotContext, message) -> list[tuple[str, str, str]]:  # noqa: ANN001
    from openpyxl import load_workbook

    data = await (await context.bot.get_file(message.document.file_id)).download_as_bytearray()
    try:
        sheet = load_workbook(io.BytesIO(bytes(data)), read_only=True).active
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
    except Exception:  # noqa: BLE001 - not a workbook we can read: said to the admin
        raise UserError(texts.SURVEY_IMPORT_UNREADABLE) from None
    return [tuple("" if v is None else str(v) for v in (list(row) + ["", "", ""])[:3])
            for row in rows if any(v not in (None, "") for v in row)]


async def on_message(update: Update, context: BotContext, dialog: Dialog) -> None:
    services = context.services
    member = context.member
    user_id = update.effective_user.id
    if member is None or not member.is_admin:  # demoted while composing
        await services.dialogs.clear(user_id, pl.FLOW)
        await reply(update, texts.NOT_ALLOWED)
        return
    poll_id = int(dialog.data.get("id", 0))
    message = update.effective_message
    polls = services.polls
    try:
        if dialog.step in (pl.QUESTIONS, pl.QUESTION_TEXT) and message.document is not None:
            draft = await polls.import_questions(user_id, poll_id, await _read_xlsx(context, message))
            await reply(update, texts.SURVEY_IMPORTED.format(count=len(draft.poll.questions)))
            await _show_questions(update, draft.poll)
            return
        if message.text is None:
            await reply(update, texts.POLL_TEXT_PLEASE)
            return
        if dialog.step in (pl.QUESTION, pl.TITLE):
            draft = await polls.set_text(user_id, poll_id, message.text)
            if draft.poll.is_survey:
                await _show_questions(update, draft.poll)
            else:
                await reply(update, texts.POLL_ASK_OPTIONS)
        elif dialog.step == pl.OPTIONS:
            draft = await polls.set_options(user_id, poll_id, message.text)
            await reply(update, texts.POLL_ASK_MODE, reply_markup=menus.inline(
                [[(texts.POLL_SINGLE, _step(poll_id, "single")), (texts.POLL_MULTI, _step(poll_id, "multi"))]]))
        elif dialog.step == pl.QUESTION_TEXT:
            draft = await polls.add_question(user_id, poll_id, dialog.data.get("kind", pl.TEXT), message.text)
            await _show_questions(update, draft.poll)
        elif dialog.step == pl.QUESTIONS:
            await reply(update, texts.SURVEY_PICK_KIND_FIRST)
        elif dialog.step in (pl.DEADLINE, pl.DEADLINE_OK):
            draft = await polls.propose_deadline(user_id, poll_id, message.text)
            await reply(update, _deadline_echo(context, draft.poll), reply_markup=confirm_buttons(
                _step(poll_id, "ok"), _step(poll_id, "re")))
        else:
            await reply(update, texts.POLL_USE_BUTTONS)
    except UserError as exc:
        await reply(update, esc(exc.text))
    except NotFound:
        await services.dialogs.clear(user_id, pl.FLOW)
        await reply(update, texts.BUTTON_EXPIRED)


def _deadline_echo(context: BotContext, view: pl.PollView) -> str:
    return texts.POLL_CONFIRM_DEADLINE.format(when=format_when_zoned(view.deadline_at, context.services.settings.timezone))


async def on_cancel(update: Update, context: BotContext, dialog: Dialog) -> None:
    try:
        await context.services.polls.discard(update.effective_user.id)
    except PermissionDenied:
        pass
    await reply(update, texts.POLL_DISCARDED, reply_markup=menus.menu_for(context.member))


def audience_label(audience: dict) -> str:
    if audience.get("all"):
        return texts.BC_ALL
    if audience.get("me"):
        return texts.BC_ONLY_ME
    names = list(audience.get("committees", [])) + list(audience.get("sectors", []))
    return "、".join(names) if names else texts.BC_NOBODY


async def show_audience(update: Update, context: BotContext, view: pl.PollView, edit: bool = False) -> None:
    settings = context.services.settings
    audience = await context.services.polls.audience(view.id)
    chosen = view.audience

    def label(name: str, on: bool) -> str:
        return (SELECTED if on else "") + name

    def toggle(group: str, index: int | None = None) -> str:
        return PollAudience(view.id, group, index).pack()

    rows = [[(label(texts.BC_ALL, bool(chosen.get("all"))), toggle("all")),
             (label(texts.BC_ONLY_ME, bool(chosen.get("me"))), toggle("me"))]]
    rows += menus.grid([(label(n, n in chosen.get("committees", [])), toggle("c", i))
                        for i, n in enumerate(settings.special_committees)], 2)
    rows += menus.grid([(label(n, n in chosen.get("sectors", [])), toggle("s", i))
                        for i, n in enumerate(settings.sectors)], 3)
    rows.append([(texts.BC_NEXT, _step(view.id, "next")), (texts.CANCEL, _step(view.id, "x"))])
    text = texts.POLL_ASK_AUDIENCE.format(label=esc(audience_label(chosen)), count=audience.count,
                                          unreachable=len(audience.unreachable))
    if edit and update.callback_query is not None:
        try:
            await update.callback_query.message.edit_text(text, reply_markup=menus.inline(rows))
        except BadRequest as exc:
            if "not modified" not in str(exc).lower():
                raise
        return
    await reply(update, text, reply_markup=menus.inline(rows))


def describe(context: BotContext, view: pl.PollView) -> str:
    """The item as the admin checks it before sending."""
    tz = context.services.settings.timezone
    deadline = format_when_zoned(view.deadline_at, tz) if view.deadline_at else texts.POLL_NO_DEADLINE
    if view.is_survey:
        body = "\n".join(question_line(i, x) for i, x in enumerate(view.questions, start=1))
        mode = ""
    else:
        body = "\n".join(f"{i}. {esc(o)}" for i, o in enumerate(view.options, start=1))
        mode = texts.POLL_MULTI if view.multiple else texts.POLL_SINGLE
    naming = texts.POLL_ANON_NOTE_SURVEY if view.is_survey and view.anonymous else \
        texts.POLL_ANON_NOTE_POLL if view.anonymous else texts.POLL_NAMED_NOTE
    return texts.POLL_PREVIEW.format(kind=texts.SURVEY_WORD if view.is_survey else texts.POLL_WORD,
                                     title=esc(view.title), body=body, mode=mode, naming=naming,
                                     deadline=deadline)


async def show_preview(update: Update, context: BotContext, view: pl.PollView) -> None:
    audience = await context.services.polls.audience(view.id)
    await reply(update, describe(context, view) + texts.POLL_PREVIEW_AUDIENCE.format(
        label=esc(audience_label(view.audience)), count=audience.count, unreachable=len(audience.unreachable)),
        reply_markup=menus.inline([[(texts.POLL_SEND, _step(view.id, "send")), (texts.CANCEL, _step(view.id, "x"))]]))


async def _close_keyboard(update: Update) -> None:
    try:
        await update.callback_query.message.edit_reply_markup(reply_markup=None)
    except TelegramError:
        pass


@admin_only
@button_errors()
async def audience_button(update: Update, context: BotContext) -> None:
    button = PollAudience.parse(update.callback_query.data)
    if button is None:
        raise NotFound(None)
    draft = await context.services.polls.toggle_audience(update.effective_user.id, button.poll_id,
                                                         button.group, button.index)
    await answer_query(update)
    await show_audience(update, context, draft.poll, edit=True)


@admin_only
@button_errors()
async def kind_button(update: Update, context: BotContext) -> None:
    button = QuestionKind.parse(update.callback_query.data)
    if button is None:
        raise NotFound(None)
    await context.services.polls.choose_question_kind(update.effective_user.id, button.poll_id, button.kind)
    await answer_query(update)
    await _close_keyboard(update)
    prompt = texts.SURVEY_ASK_CHOICE_TEXT if button.kind in (pl.SINGLE, pl.MULTI) else texts.SURVEY_ASK_PLAIN_TEXT
    await reply(update, prompt.format(kind=texts.SURVEY_KIND_NAMES[button.kind]))


@admin_only
@button_errors()
async def step_button(update: Update, context: BotContext) -> None:
    button = PollStep.parse(update.callback_query.data)
    if button is None:
        raise NotFound(None)
    polls = context.services.polls
    user_id, poll_id, action = update.effective_user.id, button.poll_id, button.action
    if action in ("single", "multi"):
        await polls.set_mode(user_id, poll_id, action == "multi")
    elif action in ("named", "anon"):
        draft = await polls.set_anonymous(user_id, poll_id, action == "anon")
        await answer_query(update)
        await _close_keyboard(update)
        await show_audience(update, context, draft.poll)
        return
    elif action == "qdone":
        await polls.finish_questions(user_id, poll_id)
    elif action == "next":
        await polls.confirm_audience(user_id, poll_id)
        await answer_query(update)
        await _close_keyboard(update)
        await reply(update, texts.POLL_ASK_DEADLINE.format(zone=zone_name(context.services.settings.timezone)),
                    reply_markup=menus.inline([[(texts.POLL_NO_DEADLINE_BUTTON, _step(poll_id, "nodl"))]]))
        return
    elif action in ("ok", "nodl"):
        if action == "ok":
            proposed = await polls.view(poll_id)
            if proposed.deadline_at is None or not is_current(update, _deadline_echo(context, proposed)):
                await _close_keyboard(update)  # an older echo: a newer time was typed since
                raise NotFound(poll_id)
        draft = await polls.confirm_deadline(user_id, poll_id, keep=action == "ok")
        await answer_query(update)
        await _close_keyboard(update)
        await show_preview(update, context, draft.poll)
        return
    elif action == "re":
        await polls.ask_deadline_again(user_id, poll_id)
        await answer_query(update)
        await _close_keyboard(update)
        await reply(update, texts.POLL_ASK_DEADLINE.format(zone=zone_name(context.services.settings.timezone)),
                    reply_markup=menus.inline([[(texts.POLL_NO_DEADLINE_BUTTON, _step(poll_id, "nodl"))]]))
        return
    elif action == "send":
        started = await polls.send(user_id, poll_id)
        await answer_query(update)
        await _close_keyboard(update)
        await reply(update, texts.POLL_SENT.format(kind=texts.SURVEY_WORD if started.poll.is_survey else texts.POLL_WORD,
                                                   count=started.recipients - started.unreachable,
                                                   unreachable=started.unreachable),
                    reply_markup=menus.menu_for(context.member))
        await kick(context.application)
        return
    else:  # "x"
        await polls.discard(user_id)
        await answer_query(update)
        await _close_keyboard(update)
        await reply(update, texts.POLL_DISCARDED, reply_markup=menus.menu_for(context.member))
        return
    await answer_query(update)
    await _close_keyboard(update)
    await reply(update, texts.POLL_ASK_NAMING, reply_markup=menus.inline(
        [[(texts.POLL_NAMED, _step(poll_id, "named")), (texts.POLL_ANON, _step(poll_id, "anon"))]]))
