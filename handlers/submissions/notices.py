"""The 社情民意 notices' renderers: what the admins, the author and the co-signers are sent when
an item changes (queued by bot/submissions/* with the change, rendered here at send time).
"""

from __future__ import annotations

from typing import Any

from bot import submissions as sb
from bot import texts
from bot.outbox import (SUB_COSIGN_ANSWER, SUB_COSIGN_INVITE, SUB_COSIGNER_NEWS, SUB_DRAFT_CLEARED,
                        SUB_DRAFT_REMINDER, SUB_FILED, SUB_REPLY, SUB_SECONDED, SUB_STATUS)
from handlers import menus
from handlers.common import esc
from handlers.outbound import Rendered, renderer
from handlers.submissions.buttons import CosignReply, Mine
from handlers.submissions.cards import admin_buttons, card, chunks


async def _view(services, payload: dict[str, Any]) -> sb.SubmissionView | None:  # noqa: ANN001
    return await services.submissions.notice_view(int(payload["sid"]))


@renderer(SUB_FILED)
async def filed(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    """The admins' 新的社情民意 (or 重新提交) card, with the item's review buttons as they are now."""
    view = await _view(services, payload)
    if view is None or view.status == "draft":
        return None
    head = texts.SUB_ADMIN_RESUBMITTED if payload.get("resubmitted") else texts.SUB_ADMIN_NEW
    parts = chunks(head + card(view))
    return (parts[0] if len(parts) == 1 else tuple(parts)), admin_buttons(view)


def _status_extra(payload: dict[str, Any]) -> str:
    extra = texts.SUB_MEMBER_STATUS_NOTE.format(note=esc(payload["note"])) if payload.get("note") else ""
    if payload.get("leader"):
        extra += texts.SUB_MEMBER_INSTRUCTION.format(leader=esc(payload["leader"]),
                                                     text=esc(payload.get("instruction") or ""))
    return extra


@renderer(SUB_STATUS)
async def status(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    view = await _view(services, payload)
    if view is None:
        return None
    extra, markup = _status_extra(payload), None
    if payload["to"] == "returned":
        extra += texts.SUB_MEMBER_RETURNED_HINT
        markup = menus.inline([[(texts.SUB_REVISE, Mine("rev", view.id).pack())]])
    return texts.SUB_MEMBER_STATUS.format(number=esc(view.number), title=esc(view.title),
                                          status=sb.status_name(payload["to"]), note=extra), markup


@renderer(SUB_COSIGNER_NEWS)
async def cosigner_news(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    view = await _view(services, payload)
    if view is None:
        return None
    return texts.SUB_COSIGNER_NEWS.format(number=esc(view.number), title=esc(view.title),
                                          status=sb.status_name(payload["to"]), note=_status_extra(payload)), None


@renderer(SUB_REPLY)
async def member_reply(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    view = await _view(services, payload)
    if view is None:
        return None
    return texts.SUB_MEMBER_REPLY.format(number=esc(view.number), title=esc(view.title),
                                         note=esc(payload.get("note", ""))), None


@renderer(SUB_COSIGN_INVITE)
async def cosign_invite(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    """The invitation, while it is still open (skipped when the draft or the invitation is gone)."""
    view = await _view(services, payload)
    cosigner_id = int(payload["cosigner_id"])
    if view is None or not any(c.id == cosigner_id and c.state == "invited" for c in view.cosigners):
        return None
    text = texts.SUB_COSIGN_INVITE.format(author=esc(view.author_name), title=esc(view.title),
                                          summary=esc(view.situation[:200]))
    return text, menus.inline([[(texts.SUB_COSIGN_AGREE, CosignReply(True, cosigner_id).pack()),
                                (texts.SUB_COSIGN_DECLINE, CosignReply(False, cosigner_id).pack())]])


@renderer(SUB_COSIGN_ANSWER)
async def cosign_answer(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    told = texts.SUB_COSIGN_AGREED_AUTHOR if payload.get("agreed") else texts.SUB_COSIGN_DECLINED_AUTHOR
    return told.format(name=esc(payload.get("name", "")), title=esc(payload.get("title", ""))), None


@renderer(SUB_SECONDED)
async def seconded(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    view = await _view(services, payload)
    if view is None:
        return None
    return texts.SUB_SECONDED_AUTHOR.format(name=esc(payload.get("name", "")), number=esc(view.number),
                                            title=esc(view.title)), None


@renderer(SUB_DRAFT_REMINDER)
async def draft_reminder(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    return texts.SUB_DRAFT_REMINDER.format(title=esc(payload.get("title", "")), when=payload.get("when", "")), None


@renderer(SUB_DRAFT_CLEARED)
async def draft_cleared(services, payload: dict[str, Any]) -> Rendered | None:  # noqa: ANN001
    return texts.SUB_DRAFT_CLEARED.format(title=esc(payload.get("title", "")), days=payload.get("days", "")), None
