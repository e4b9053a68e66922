"""A short-lived copy of the members who just wrote, so an update need not look them up again.

The update middleware needs the person's role and status on every update, and the
services check them again (`MembersService.get`, behind require_active/require_admin);
a member who writes ten times a minute is read from here instead of the database. Entries are
trusted for `TTL_SECONDS` at most, so a role change made by another process is seen
within that time; a change made in this process is seen at once, because every
statement that writes the members table (any INSERT, UPDATE or DELETE on it, through
any service) empties the cache (`watch`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine

TTL_SECONDS = 3.0
_MAX_ENTRIES = 20_000
_WRITES = ("INSERT INTO MEMBERS", "UPDATE MEMBERS", "DELETE FROM MEMBERS")


@dataclass(frozen=True)
class _Entry:
    member: object  # bot.members.MemberInfo (not imported: members imports this module)
    tg_name: str
    username: str | None
    stored_at: float


class MemberCache:
    def __init__(self, ttl_seconds: float = TTL_SECONDS) -> None:
        self.ttl = ttl_seconds
        self._entries: dict[int, _Entry] = {}
        self.generation = 0  # counts the clears: a read older than the last write is not stored

    def fresh(self, telegram_id: int, tg_name: str, username: str | None, started: bool) -> object | None:
        """The cached member if nothing about them would be written now (same names, chat already open)."""
        entry = self._entries.get(telegram_id)
        if entry is None or time.monotonic() - entry.stored_at > self.ttl:
            return None
        member = entry.member
        if entry.tg_name != tg_name[:128] or entry.username != username:
            return None
        if started and not (member.chat_started and member.reachable):  # type: ignore[attr-defined]
            return None
        if not member.name and member.role == "admin":  # type: ignore[attr-defined] - named on next write
            return None
        return member

    def recent(self, telegram_id: int) -> object | None:
        """The cached member, whatever their names (role and status checks of the services)."""
        entry = self._entries.get(telegram_id)
        if entry is None or time.monotonic() - entry.stored_at > self.ttl:
            return None
        return entry.member

    def put(self, telegram_id: int, member: object, tg_name: str, username: str | None, read_at: int) -> None:
        """Store what was read when `generation` was `read_at` (dropped if members were written since)."""
        if read_at != self.generation:
            return
        if len(self._entries) >= _MAX_ENTRIES:
            self._entries.clear()
        self._entries[telegram_id] = _Entry(member, tg_name[:128], username, time.monotonic())

    def drop(self, telegram_id: int) -> None:
        """Forget one person (their record is being written by the caller, who puts it back after)."""
        self._entries.pop(telegram_id, None)

    def clear(self) -> None:
        self.generation += 1
        self._entries.clear()

    def watch(self, engine: AsyncEngine) -> None:
        """Empty the cache whenever a statement on this engine writes the members table."""

        @event.listens_for(engine.sync_engine, "before_cursor_execute")
        def on_execute(_conn, _cursor, statement: str, _parameters, context, _many) -> None:  # noqa: ANN001
            head = statement.lstrip()[:20].upper()
            if head.startswith(_WRITES):
                if context is not None and context.execution_options.get("member_cache") == "noting":
                    return  # the bookkeeping's own note of names: its caller drops and replaces those entries
                self.clear()
