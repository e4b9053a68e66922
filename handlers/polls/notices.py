"""The outbox renderers of 问卷调查: the native poll, its stop, the survey invitation, reminders, results.

Each is made at send time from the payload; None (recorded as skipped) when the item was
closed before the row's turn came.
"""

from __future__ import annotations

from typing import Any

from bot import texts
from bot.errors import NotFound
from bot.polls import public as pl
from bot.timeparse import format_when_zoned
from handlers import menus
from handlers.common import esc
from handlers.outbound import PollMessage, Rendered, StopPoll, renderer
from handlers.polls.answer import start_button
from handlers.polls.listing import results_text, view_buttons


async def _open(services, payload: dict[str, Any]) -> pl.PollView | None:  # noqa: ANN001
    try:
        view = await services.polls.view(int(payload["poll_id"]))
    except NotFound:
        return None
    return view if view.status == "open" else None


def _deadline(services, view: pl.PollView) -> str:  # noqa: ANN001
    if view.deadline_at is None:
        return ""
    return texts.POLL_DEADLINE_LINE.format(when=format_when_zoned(view.deadline_at, services.settings.timezone))


@renderer(pl.POLL_SEND)
async def poll_send(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    view = await _open(services, payload)
    if view is None:
        return None
    return PollMessage(view.title, view.options, view.anonymous, view.multiple), None


@renderer(pl.POLL_STOP)
async def poll_stop(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    return StopPoll(int(payload["message_id"])), None


@renderer(pl.SURVEY_INVITE)
async def survey_invite(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    view = await _open(services, payload)
    if view is None:
        return None
    note = texts.POLL_ANON_NOTE_SURVEY if view.anonymous else texts.POLL_NAMED_NOTE
    return texts.SURVEY_INVITE.format(title=esc(view.title), count=len(view.questions), note=note,
                                      deadline=_deadline(services, view)), menus.inline([[start_button(view.id)]])


@renderer(pl.POLL_REMIND)
async def poll_remind(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    view = await _open(services, payload)
    if view is None:
        return None
    if view.is_survey:
        return texts.SURVEY_REMINDER.format(title=esc(view.title), deadline=_deadline(services, view)), \
            menus.inline([[start_button(view.id)]])
    return texts.POLL_REMINDER.format(title=esc(view.title), deadline=_deadline(services, view)), None


@renderer(pl.POLL_RESULTS)
async def poll_results(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    try:
        results = await services.polls.results(None, int(payload["poll_id"]))
    except NotFound:
        return None
    return texts.POLL_CLOSED_NOTICE + "\n" + results_text(services, results), view_buttons(results)
