"""/polls, Telegram side: polls and surveys with responded / recipients, and each item's results.

An item opens with the counts and percentages per option, the free texts, who has not answered,
the bar chart (a photo; bars are numbered, the caption is the legend), and 提醒未答 / 关闭 / 导出.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from telegram import InputFile, Update

from bot import texts
from bot.errors import NotFound
from bot.polls import public as pl
from bot.timeparse import format_when_zoned
from handlers import menus
from handlers.buttons import ButtonData
from handlers.common import admin_only, answer_query, button_errors, esc, reply
from handlers.context import BotContext
from handlers.send_now import kick

ACTIONS = ("v", "r", "c", "e")  # 查看结果, 提醒未答, 关闭, 导出
NAMES_SHOWN = 30
TEXTS_SHOWN = 20
TEXT_BUDGET = 3900  # of Telegram's 4096, room for a notice's heading
LEGEND_BUDGET = 900  # of a caption's 1024


@dataclass(frozen=True)
class PollAction(ButtonData):
    """A button under one poll or survey of /polls (and under its results)."""

    prefix = "plv"
    poll_id: int
    action: str = field(metadata={"example": "v"})

    def __post_init__(self) -> None:
        if self.action not in ACTIONS:
            raise ValueError(self.action)


def _names(names: tuple[str, ...]) -> str:
    shown = "、".join(esc(n) for n in names[:NAMES_SHOWN])
    return shown + ("…" if len(names) > NAMES_SHOWN else "")


def results_text(services, results: pl.Results) -> str:  # noqa: ANN001
    view = results.poll
    tz = services.settings.timezone
    status = texts.POLL_STATUS_NAMES.get(view.status, view.status)
    deadline = format_when_zoned(view.deadline_at, tz) if view.deadline_at else texts.POLL_NO_DEADLINE
    lines = [texts.POLL_RESULTS_HEAD.format(
        kind=texts.SURVEY_WORD if view.is_survey else texts.POLL_WORD, id=view.id, title=esc(view.title),
        status=status, naming=texts.POLL_ANON if view.anonymous else texts.POLL_NAMED, deadline=deadline,
        responded=results.responded, total=results.recipients)]
    for number, r in enumerate(results.questions, start=1):
        if view.is_survey:
            lines.append(texts.POLL_RESULTS_QUESTION.format(number=number, text=esc(r.question.text),
                                                            answers=r.answers))
        for i, choice in enumerate(r.question.choices):
            lines.append(texts.POLL_RESULTS_OPTION.format(number=i + 1, option=esc(choice), count=r.counts[i],
                                                          percent=f"{r.percent(i):.0f}"))
        if r.mean is not None:
            lines.append(texts.POLL_RESULTS_MEAN.format(mean=f"{r.mean:.1f}"))
        if r.question.kind == pl.TEXT:
            given = r.by_member if r.by_member else tuple(("", t) for t in r.texts)
            for who, t in given[:TEXTS_SHOWN]:
                lines.append(texts.POLL_RESULTS_TEXT.format(who=f"{esc(who)}：" if who else "", text=esc(t)))
            if len(given) > TEXTS_SHOWN:
                lines.append(texts.POLL_RESULTS_MORE_TEXTS.format(count=len(given) - TEXTS_SHOWN))
    if results.non_responders is None:
        lines.append(texts.POLL_ANON_NO_NON_RESPONDERS)
    elif results.non_responders:
        lines.append(texts.POLL_NON_RESPONDERS.format(count=len(results.non_responders),
                                                      names=_names(results.non_responders)))
    else:
        lines.append(texts.POLL_ALL_ANSWERED)
    if results.unreachable:
        lines.append(texts.POLL_UNREACHABLE.format(count=len(results.unreachable), names=_names(results.unreachable)))
    return _fit(lines)


def _fit(lines: list[str]) -> str:
    """Whole lines up to Telegram's 4096 characters (a long survey): the rest is in the export."""
    out, size = [], 0
    for line in lines:
        if size + len(line) + 1 > TEXT_BUDGET:
            out.append(texts.POLL_RESULTS_CUT)
            break
        out.append(line)
        size += len(line) + 1
    return "\n".join(out)


def view_buttons(results: pl.Results):  # noqa: ANN201
    data = lambda action: PollAction(results.poll.id, action).pack()  # noqa: E731
    rows = [[(texts.POLL_VIEW_BUTTON, data("v")), (texts.POLL_EXPORT_BUTTON, data("e"))]]
    if results.poll.status == "open":
        rows.append([(texts.POLL_REMIND_BUTTON, data("r")), (texts.POLL_CLOSE_BUTTON, data("c"))])
    return menus.inline(rows)


def _legend(results: pl.Results) -> str:
    charted = [r for r in results.questions if r.question.choices]
    parts = []
    for number, r in enumerate(charted, start=1):
        prefix = f"Q{number}." if len(charted) > 1 else ""
        parts.append("；".join(f"{prefix}{i + 1}={c}" for i, c in enumerate(r.question.choices)))
    return "\n".join(parts)


async def send_results(update: Update, context: BotContext, poll_id: int) -> None:
    services = context.services
    results = await services.polls.results(update.effective_user.id, poll_id)
    await reply(update, results_text(services, results), reply_markup=view_buttons(results))
    png = services.polls.chart_png(results)
    if png is not None:
        legend = _legend(results)
        legend = legend if len(legend) <= LEGEND_BUDGET else legend[:LEGEND_BUDGET] + "…"
        caption = texts.POLL_CHART_CAPTION.format(title=esc(results.poll.title[:60]), legend=esc(legend))
        await update.get_bot().send_photo(update.effective_chat.id, InputFile(png, filename="chart.png"),
                                          caption=caption)


@admin_only
async def polls_command(update: Update, context: BotContext) -> None:
    items = await context.services.polls.recent(update.effective_user.id)
    if not items:
        await reply(update, texts.POLL_LIST_EMPTY)
        return
    lines = [texts.POLL_LIST_HEAD.format(count=len(items))]
    for r in items:
        lines.append(texts.POLL_LIST_ITEM.format(
            id=r.poll.id, kind=texts.SURVEY_WORD if r.poll.is_survey else texts.POLL_WORD, title=esc(r.poll.title),
            status=texts.POLL_STATUS_NAMES.get(r.poll.status, r.poll.status), responded=r.responded,
            total=r.recipients))
    rows = [[(texts.POLL_OPEN_ITEM.format(id=r.poll.id), PollAction(r.poll.id, "v").pack())] for r in items]
    await reply(update, "\n".join(lines), reply_markup=menus.inline(rows))


def export_name(results: pl.Results, now: datetime) -> str:
    kind = texts.SURVEY_WORD if results.poll.is_survey else texts.POLL_WORD
    return f"{kind}_{results.poll.id}_{now:%Y%m%d%H%M}.xlsx"


@admin_only
@button_errors()
async def list_button(update: Update, context: BotContext) -> None:
    button = PollAction.parse(update.callback_query.data)
    if button is None:
        raise NotFound(None)
    services = context.services
    user_id, poll_id = update.effective_user.id, button.poll_id
    if button.action == "v":
        await answer_query(update)
        await send_results(update, context, poll_id)
    elif button.action == "r":
        count = await services.polls.remind(user_id, poll_id)
        await answer_query(update, texts.POLL_REMINDED.format(count=count))
        await reply(update, texts.POLL_REMINDED.format(count=count))
        await kick(context.application)
    elif button.action == "c":
        await services.polls.close(user_id, poll_id)
        await answer_query(update, texts.POLL_CLOSED_TOAST)
        await kick(context.application)
    else:  # "e"
        results = await services.polls.results(user_id, poll_id)
        data = services.polls.results_xlsx(results)
        await answer_query(update)
        name = export_name(results, services.clock.now().astimezone(services.settings.timezone))
        await update.get_bot().send_document(update.effective_chat.id, InputFile(data, filename=name),
                                             caption=texts.POLL_EXPORTED.format(title=esc(results.poll.title)))
