"""Login to the admin console without passwords: a one-time link an admin gets from /web.

The link carries a random token; only its SHA-256 is stored. It is valid LINK_MINUTES and
is used up by the one POST of the 进入管理台 page (a GET only shows the page, so a link
preview fetcher cannot use it). Being admin is checked when the link is made, when it is
used, and again on every console request (`session_admin`).
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from bot import texts
from bot.clock import Clock
from bot.errors import PermissionDenied, UserError
from bot.members import MemberInfo, MembersService
from storage.db import Database
from storage.queries import console as q

LINK_MINUTES = 10
SESSION_HOURS = 8
LOGIN_PATH = "/admin/login/"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class LoginLink:
    url: str
    minutes: int


class ConsoleLogin:
    def __init__(self, db: Database, clock: Clock, members: MembersService, base_url: str) -> None:
        self.db = db
        self.clock = clock
        self.members = members
        self.base_url = base_url.rstrip("/")

    @property
    def enabled(self) -> bool:
        return bool(self.base_url)

    async def issue_link(self, admin_tid: int) -> LoginLink:
        """A fresh one-time link for an admin (PermissionDenied for anyone else)."""
        await self.members.require_admin(admin_tid)
        if not self.enabled:
            raise UserError(texts.CONSOLE_OFF)
        token = secrets.token_urlsafe(32)
        now = self.clock.now()
        async with self.db.transaction() as s:
            await q.add_login_token(s, _hash(token), admin_tid, now, now + timedelta(minutes=LINK_MINUTES))
        return LoginLink(f"{self.base_url}{LOGIN_PATH}{token}", LINK_MINUTES)

    async def link_problem(self, token: str) -> str | None:
        """Why the link cannot be used (used, expired, unknown), or None when it can."""
        async with self.db.transaction() as s:
            row = await q.login_token(s, _hash(token))
        if row is None:
            return texts.CONSOLE_LINK_UNKNOWN
        if row.used_at is not None:
            return texts.CONSOLE_LINK_USED
        if row.expires_at <= self.clock.now():
            return texts.CONSOLE_LINK_EXPIRED
        return None

    async def use_link(self, token: str) -> MemberInfo:
        """Use the link up: the admin it was made for (UserError naming why not)."""
        async with self.db.transaction() as s:
            telegram_id = await q.use_login_token(s, _hash(token), self.clock.now())
        if telegram_id is None:
            raise UserError(await self.link_problem(token) or texts.CONSOLE_LINK_UNKNOWN)
        try:
            return await self.members.require_admin(telegram_id)
        except PermissionDenied:
            raise UserError(texts.CONSOLE_NOT_ADMIN) from None

    async def session_admin(self, telegram_id: int | None) -> MemberInfo | None:
        """The admin a session belongs to, or None when they are no longer admin (or blocked)."""
        if telegram_id is None:
            return None
        try:
            return await self.members.require_admin(telegram_id)
        except PermissionDenied:
            return None
