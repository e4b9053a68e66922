"""What every part of the broadcast service shares: its collaborators, the admin's own draft, the recipients.

Recipients are the members the audience names (the one rule of MembersService.audience_in);
those the bot cannot reach (never pressed /start, or blocked it) are kept and
marked, so they get an `unreachable` row and are listed, never an error.
"""

from __future__ import annotations

from datetime import tzinfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from bot.broadcasts.models import Draft, Recipient, draft_of
from bot.clock import Clock
from bot.dialogs import DialogStore
from bot.errors import NotFound
from bot.members import MembersService
from storage.broadcasts import Broadcast
from storage.db import Database
from storage.queries import broadcasts as q


class ServiceBase:
    def __init__(self, db: Database, clock: Clock, members: MembersService, dialogs: DialogStore,
                 timezone: tzinfo, sectors: tuple[str, ...], committees: tuple[str, ...]) -> None:
        self.db = db
        self.clock = clock
        self.members = members
        self.dialogs = dialogs
        self.timezone = timezone
        self.sectors = sectors
        self.committees = committees

    async def _own_draft(self, s: AsyncSession, admin_tid: int, broadcast_id: int,
                         steps: tuple[str, ...] | None = None) -> Broadcast:
        """The admin's own draft at one of `steps`; anything else is a stale button (NotFound)."""
        b = await q.get(s, broadcast_id)
        if b is None or b.author_id != admin_tid or b.status != "draft":
            raise NotFound(broadcast_id)
        if steps is not None and b.step not in steps:
            raise NotFound(broadcast_id)
        return b

    async def get(self, broadcast_id: int) -> Draft | None:
        async with self.db.transaction() as s:
            b = await q.get(s, broadcast_id)
            return draft_of(b) if b else None

    async def _recipients(self, s: AsyncSession, b: Broadcast) -> list[Recipient]:
        """The one audience rule (MembersService.audience_in), with why someone cannot be reached."""
        out = []
        for m in (await self.members.audience_in(s, b.audience or {}, b.author_id)).members:
            why = None if m.can_receive else (texts.BC_WHY_NOT_STARTED if not m.chat_started else texts.BC_WHY_BLOCKED)
            out.append(Recipient(m.telegram_id, m.display_name, why is None, why))
        return out
