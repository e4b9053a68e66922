"""Who an event is for: checking a chosen audience and counting it.

Who belongs to an audience is the one rule of MembersService.audience_in, shared with broadcasts.
"""

from __future__ import annotations

from typing import Any

from bot import texts
from bot.errors import UserError


def is_empty(audience: dict[str, Any]) -> bool:
    return not audience.get("all") and not audience.get("committees") and not audience.get("sectors")


class AudienceMixin:
    async def audience_size(self, audience: dict[str, Any]) -> int:
        if is_empty(audience):
            return 0
        return (await self.members.audience_of(audience)).count

    def check_audience(self, audience: dict[str, Any]) -> None:
        unknown = [c for c in audience.get("committees") or [] if c not in self.committees]
        unknown += [c for c in audience.get("sectors") or [] if c not in self.sectors]
        if unknown:
            raise UserError(texts.EVENT_UNKNOWN_GROUP.format(name="、".join(unknown)))
        if is_empty(audience):
            raise UserError(texts.EVENT_NO_AUDIENCE)
