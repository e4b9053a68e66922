"""The renderers of notices the bot starts: the words and buttons, made at send time from the payload.

Each returns (text, reply_markup), or None when the notice is no longer relevant
(the request was decided meanwhile, the event was cancelled or has begun); the
sender then records it as skipped. Broadcast rows have their own renderer in
handlers/broadcasts.py.
"""

from __future__ import annotations

import html
from dataclasses import replace
from typing import Any

from bot import texts
from bot.errors import NotFound
from bot.outbox import ADMIN_ERROR, ISSUE_COMPILED, NEW_MEMBER, REGISTRATION_RESULT, REMINDER, ROLE_CHANGED
from handlers import menus, roster
from handlers.common import esc
from handlers.event_cards import reminder_message
from handlers.outbound import Rendered, renderer
from handlers.start import decision_buttons, request_card


@renderer(REMINDER)
async def reminder(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    try:
        event = await services.events.get(int(payload["event_id"]))
    except NotFound:
        return None
    now = services.clock.now()
    if not services.events.still_relevant(payload["kind"], event, now):
        return None
    event = replace(event, occurrences=int(payload.get("occurrences", 1)))
    return reminder_message(payload["kind"], event, services.settings.timezone, now,
                            await services.events.reminder_recipient(int(payload["reminder_id"]), event, now))


@renderer(NEW_MEMBER)
async def new_member(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    member = await services.members.get(int(payload["telegram_id"]))
    if member is None or member.status != "pending":  # decided before the card went out
        return None
    return request_card(member) + await roster.match_line(services, member), decision_buttons(member)


@renderer(REGISTRATION_RESULT)
async def registration_result(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    if not payload.get("approved"):
        return texts.MEMBER_REJECTED, menus.remove_keyboard()
    member = await services.members.get(int(payload["telegram_id"]))
    return texts.MEMBER_APPROVED.format(name=esc(member.name if member else "")), menus.main_menu()


@renderer(ROLE_CHANGED)
async def role_changed(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    if payload.get("admin"):
        return texts.PROMOTED_NOTICE, menus.main_menu(admin=True)
    return texts.DEMOTED_NOTICE, menus.main_menu()  # the admin keys go


@renderer(ADMIN_ERROR)
async def admin_error(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    return texts.ADMIN_ERROR_NOTICE.format(
        error=html.escape(str(payload.get("error", ""))), update_id=payload.get("update_id", "-"),
        user_id=payload.get("user_id", "-"), handler=html.escape(str(payload.get("handler", "-")))), None


@renderer(ISSUE_COMPILED)
async def issue_compiled(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    return texts.ISSUE_COMPILED_NOTICE.format(title=esc(payload.get("title", "")),
                                              number=esc(payload.get("number", "")), issue=payload.get("issue", "")), None
