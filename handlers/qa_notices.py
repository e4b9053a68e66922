"""The Q&A handoff's notices: a question handed to staff (to each admin, with 回复) and staff's
answer (to the member). Queued by bot/qa.py with the change; rendered here at send time."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot import texts
from bot.outbox import QA_FORWARDED, QA_STAFF_REPLY
from handlers import menus
from handlers.buttons import ButtonData
from handlers.common import esc
from handlers.outbound import Rendered, renderer


@dataclass(frozen=True)
class StaffButton(ButtonData):
    """For staff under a forwarded question: 回复 (re), 存为问答 (faq)."""

    prefix = "kf"
    action: str = field(metadata={"max_len": 3})
    forward: int


@renderer(QA_FORWARDED)
async def forwarded(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    forward = await services.qa.forward_view(int(payload["forward_id"]))
    if forward is None:
        return None
    return texts.QA_FORWARDED_TO_ADMIN.format(
        name=esc(forward.member_name), user_id=forward.telegram_id, question=esc(forward.question),
        forward_id=forward.id), menus.inline([[(texts.QA_REPLY_BUTTON, StaffButton("re", forward.id).pack())]])


@renderer(QA_STAFF_REPLY)
async def staff_reply(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    forward = await services.qa.forward_view(int(payload["forward_id"]))
    if forward is None or not forward.reply:
        return None
    return texts.QA_STAFF_REPLY.format(question=esc(forward.question), reply=esc(forward.reply)), None
