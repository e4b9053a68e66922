"""The events feature's notices to someone other than the person who pressed: to the organiser
about leave, to the member about the decision. Queued by bot/events/attendance.py with the
change; rendered here at send time (handlers/outbound.py)."""

from __future__ import annotations

from typing import Any

from bot import texts
from bot.errors import NotFound
from bot.outbox import LEAVE_DECISION, LEAVE_REQUEST, LEAVE_WITHDRAWN
from handlers.common import esc
from handlers.event_cards import card, leave_buttons, when_text
from handlers.outbound import Rendered, renderer


async def _event(services, payload: dict[str, Any]):  # noqa: ANN001, ANN202
    try:
        return await services.events.get(int(payload["event_id"]))
    except NotFound:
        return None


@renderer(LEAVE_WITHDRAWN)
async def leave_withdrawn(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    event = await _event(services, payload)
    if event is None:
        return None
    return texts.LEAVE_WITHDRAWN_TO_ORGANISER.format(name=esc(payload.get("name", "")), title=esc(event.title)), None


@renderer(LEAVE_REQUEST)
async def leave_request(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    event = await _event(services, payload)
    if event is None:
        return None
    return texts.LEAVE_REQUEST_TO_ORGANISER.format(
        name=esc(payload.get("name", "")), sector=esc(payload.get("sector") or texts.NONE_CHOICE),
        card=card(event, services.settings.timezone), reason=esc(payload.get("reason", ""))), \
        leave_buttons(int(payload["attendance_id"]))


@renderer(LEAVE_DECISION)
async def leave_decision(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    event = await _event(services, payload)
    if event is None:
        return None
    notice = texts.LEAVE_APPROVED_NOTICE if payload.get("approved") else texts.LEAVE_REJECTED_NOTICE
    return notice.format(title=esc(event.title), when=when_text(event, services.settings.timezone)), None
