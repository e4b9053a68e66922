"""委员 in the console: everyone with status, role, 界别 and 专委会, and the actions staff take
in Telegram (通过 / 拒绝, 停用 / 恢复, 设为管理员 / 取消管理员), through the same service calls."""

from __future__ import annotations

import aiohttp_jinja2
from aiohttp import web

from bot import texts
from bot.errors import NotFound
from handlers.console.common import PREFIX, admin_of, done, services_of


async def list_page(request: web.Request) -> web.StreamResponse:
    summary = await services_of(request).members.summary(admin_of(request).telegram_id,
                                                         _page(request.query.get("page")))
    return aiohttp_jinja2.render_template("members.html", request, {
        "m": summary, "statuses": texts.STATUS_NAMES, "roles": texts.ROLE_NAMES})


def _page(value: str | None) -> int:
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1


async def act(request: web.Request) -> web.StreamResponse:
    services, me = services_of(request), admin_of(request).telegram_id
    target, action = int(request.match_info["tid"]), request.match_info["action"]
    members = services.members
    if action in ("approve", "reject"):
        person = await members.get(target)
        if person is None:
            raise NotFound(target)
        info = (await members.decide(me, person.id, action == "approve")).member
    elif action in ("block", "unblock"):
        info = await members.set_blocked(me, target, action == "block")
    elif action == "promote":
        info = await members.promote(me, target)
    elif action == "demote":
        info = await members.demote(me, target)
    else:
        raise NotFound(action)
    return await done(request, texts.CONSOLE["member_done"].format(
        name=info.display_name, action=texts.CONSOLE["member_actions"][action]), f"{PREFIX}/members")
