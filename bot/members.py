"""Members and roles: who is known, who is an admin, who may do what.

Registration (the guided /start flow) is in bot/registration.py; this module
holds the member records and every admin action on them. Each admin action
checks the acting person's role here as well as in the handler.
"""

from __future__ import annotations

import secrets
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from bot.clock import Clock
from bot.errors import NotFound, PermissionDenied, UserError
from bot.member_cache import MemberCache
from bot import texts
from bot.outbox import REGISTRATION_RESULT, ROLE_CHANGED, Notice, add_notices
from bot.roster.matching import bind_on_approval_in
from storage.db import Database
from storage.models import Invite, Member
from storage.queries import invites as invite_q
from storage.queries import members as q

PAGE_SIZE = 30
INVITE_CODE_BYTES = 12  # token_urlsafe(12) → 16 chars of A-Z a-z 0-9 _ -, well under Telegram's 64

# Audience groups an event or a broadcast can be sent to (see MembersService.audience).
ALL, COMMITTEE, SECTOR, ME = "all", "committee", "sector", "me"


@dataclass(frozen=True)
class MemberInfo:
    id: int
    telegram_id: int
    name: str
    tg_name: str
    sector: str | None
    special_committee: str | None
    unit: str | None
    phone: str | None
    role: str
    status: str
    chat_started: bool
    reachable: bool
    is_admin: bool
    created_at: datetime

    @property
    def display_name(self) -> str:
        return self.name or self.tg_name or str(self.telegram_id)

    @property
    def can_receive(self) -> bool:
        """A bot cannot open a chat: only people who pressed /start and did not block it."""
        return self.chat_started and self.reachable

    @property
    def is_active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True)
class InviteInfo:
    code: str
    max_uses: int
    uses: int
    expires_at: datetime


@dataclass(frozen=True)
class Decision:
    member: MemberInfo
    changed: bool  # False when another admin had already decided


@dataclass(frozen=True)
class Audience:
    """The members an event or a broadcast is for, by id; `reachable` are those the bot can message."""

    members: tuple[MemberInfo, ...]

    @property
    def count(self) -> int:
        return len(self.members)

    @property
    def reachable(self) -> tuple[MemberInfo, ...]:
        return tuple(m for m in self.members if m.can_receive)

    @property
    def unreachable(self) -> tuple[MemberInfo, ...]:
        return tuple(m for m in self.members if not m.can_receive)


@dataclass(frozen=True)
class MembersSummary:
    total: int
    by_status: dict[str, int]
    by_sector: dict[str, int]
    by_committee: dict[str, int]
    page: int
    pages: int
    members: tuple[MemberInfo, ...]


class MembersService:
    def __init__(self, db: Database, clock: Clock, admin_ids: frozenset[int]) -> None:
        self.db = db
        self.clock = clock
        self.admin_ids = admin_ids
        self.cache = MemberCache()  # the people who just wrote (see bot/member_cache.py)
        self.cache.watch(db.engine)

    # --- reading -------------------------------------------------------------

    def info(self, row: Member) -> MemberInfo:
        return MemberInfo(
            id=row.id, telegram_id=row.telegram_id, name=row.name, tg_name=row.tg_name,
            sector=row.sector, special_committee=row.special_committee, unit=row.unit,
            phone=row.phone, role=row.role, status=row.status, chat_started=row.chat_started,
            reachable=row.reachable,
            is_admin=(row.role == "admin" and row.status == "active") or row.telegram_id in self.admin_ids,
            created_at=row.created_at,
        )

    async def get(self, telegram_id: int) -> MemberInfo | None:
        cached = self.cache.recent(telegram_id)  # noted by this update's middleware a moment ago
        if cached is not None:
            return cached  # type: ignore[return-value]
        async with self.db.transaction() as s:
            row = await self._row(s, telegram_id)
            return self.info(row) if row else None

    async def get_by_id(self, member_id: int) -> MemberInfo | None:
        async with self.db.transaction() as s:
            row = await q.by_id(s, member_id)
            return self.info(row) if row else None

    async def _row(self, s, telegram_id: int) -> Member | None:  # noqa: ANN001
        return await q.by_telegram_id(s, telegram_id)

    async def is_admin(self, telegram_id: int) -> bool:
        if telegram_id in self.admin_ids:
            return True
        member = await self.get(telegram_id)
        return bool(member and member.is_admin)

    async def require_admin(self, telegram_id: int) -> MemberInfo:
        """The service-side role check every admin action starts with."""
        member = await self.get(telegram_id)
        if member is None or not member.is_admin or member.status == "blocked":
            raise PermissionDenied(telegram_id)
        return member

    async def require_active(self, telegram_id: int) -> MemberInfo:
        """Members' actions need an approved, unblocked record (admins always pass)."""
        member = await self.get(telegram_id)
        if member is None or not (member.is_active or member.is_admin):
            raise PermissionDenied(telegram_id)
        return member

    async def admins(self) -> list[MemberInfo]:
        async with self.db.transaction() as s:
            return [self.info(r) for r in await q.admins(s, self.admin_ids)]

    async def admins_in(self, s) -> list[MemberInfo]:  # noqa: ANN001
        """The admins, read in the caller's transaction (for notices queued with a change)."""
        return [self.info(r) for r in await q.admins(s, self.admin_ids)]

    async def find_by_name(self, name: str, limit: int = 10) -> list[MemberInfo]:
        name = name.strip()
        if not name:
            return []
        async with self.db.transaction() as s:
            return [self.info(r) for r in await q.active_named_like(s, name, limit)]

    async def pending(self) -> list[MemberInfo]:
        async with self.db.transaction() as s:
            return [self.info(r) for r in await q.with_status(s, q.PENDING)]

    # --- presence ------------------------------------------------------------

    async def ensure_configured_admins(self) -> None:
        """ADMIN_IDS are admins from the first start, even before they press /start."""
        async with self.db.transaction() as s:
            for tid in sorted(self.admin_ids):
                row = await self._row(s, tid)
                if row is None:
                    await q.create(s, telegram_id=tid, created_at=self.clock.now(), name="", role="admin",
                                   status="active", chat_started=False)
                elif row.role != "admin" or row.status != "active":
                    row.role, row.status = "admin", "active"

    async def seen(self, telegram_id: int, tg_name: str, username: str | None,
                   started: bool = False) -> tuple[MemberInfo, bool]:
        """Note a person who wrote to the bot; create their record on first contact.

        Returns (member, created). `started` means they opened the private chat
        (/start), so from now on the bot can message them.
        """
        read_at = self.cache.generation
        async with self.db.transaction() as s:
            member, created = await self.seen_in(s, telegram_id, tg_name, username, started)
        self.cache.put(telegram_id, member, tg_name, username, read_at)
        return member, created

    async def seen_in(self, s, telegram_id: int, tg_name: str, username: str | None,  # noqa: ANN001
                      started: bool) -> tuple[MemberInfo, bool]:
        """`seen` inside the caller's transaction (the update middleware's one transaction)."""
        row = await self._row(s, telegram_id)
        created = row is None
        if row is None:
            is_admin = telegram_id in self.admin_ids
            row = await q.create(
                s, telegram_id=telegram_id, created_at=self.clock.now(), tg_name=tg_name[:128],
                username=username, name=tg_name[:64] if is_admin else "",
                role="admin" if is_admin else "member",
                status="active" if is_admin else "registering", chat_started=started,
            )
        else:
            for field, value in noted_fields(row, tg_name, username, started).items():
                setattr(row, field, value)
        return self.info(row), created

    async def seen_many_in(self, s, people: list[tuple[int, str, str | None, bool]]) -> dict[int, MemberInfo]:  # noqa: ANN001
        """`seen_in` for many people (telegram_id, tg_name, username, started) in the caller's transaction:
        one SELECT, one UPDATE of those whose names or chat changed, a record created for a newcomer."""
        rows = {r.telegram_id: r for r in await q.rows_by_telegram_ids(s, [p[0] for p in people])}
        noted: dict[int, MemberInfo] = {}
        changes: list[dict[str, object]] = []
        for telegram_id, tg_name, username, started in people:
            row = rows.get(telegram_id)
            if row is None:  # first contact: rare, the ORM path (and the cache is emptied)
                noted[telegram_id], _ = await self.seen_in(s, telegram_id, tg_name, username, started)
                continue
            member = self.info(row)
            new = noted_fields(row, tg_name, username, started)
            if any(getattr(row, field) != value for field, value in new.items()):
                changes.append(dict(new, tid=telegram_id))
                self.cache.drop(telegram_id)
                member = replace(member, tg_name=new["tg_name"], chat_started=new["chat_started"],
                                 reachable=new["reachable"], name=new["name"])
            noted[telegram_id] = member
        await q.note_many(s, sorted(changes, key=lambda c: c["tid"]))  # a fixed lock order across processes
        return noted

    async def mark_unreachable(self, telegram_id: int) -> None:
        async with self.db.transaction() as s:
            await q.mark_unreachable(s, telegram_id)

    # --- decisions on registrations ----------------------------------------------

    async def decide(self, admin_tid: int, member_id: int, approve: bool) -> Decision:
        await self.require_admin(admin_tid)
        async with self.db.transaction() as s:
            row = await q.by_id(s, member_id)
            if row is None:
                raise NotFound(member_id)
            if row.status != "pending":
                return Decision(self.info(row), changed=False)
            row.status = "active" if approve else "rejected"
            row.decided_at, row.decided_by = self.clock.now(), admin_tid
            if approve:  # a registration whose name and phone agree with the roster takes that row
                await bind_on_approval_in(s, row, self.clock.now())
            await add_notices(s, [Notice(REGISTRATION_RESULT, row.telegram_id, {
                "approved": approve, "telegram_id": row.telegram_id})], self.clock.now())
            return Decision(self.info(row), changed=True)

    # --- roles -----------------------------------------------------------------

    async def _target(self, s, telegram_id: int) -> Member:  # noqa: ANN001
        row = await self._row(s, telegram_id)
        if row is None:
            raise UserError(texts.MEMBER_NOT_FOUND.format(user_id=telegram_id))
        return row

    async def promote(self, admin_tid: int, target_tid: int) -> MemberInfo:
        await self.require_admin(admin_tid)
        async with self.db.transaction() as s:
            row = await self._target(s, target_tid)
            if row.role == "admin":
                raise UserError(texts.ALREADY_ADMIN.format(name=row.name or target_tid))
            row.role = "admin"
            if row.status in ("pending", "registering", "rejected"):
                row.status = "active"
            if self.info(row).can_receive:  # the notice goes to people who opened the chat
                await add_notices(s, [Notice(ROLE_CHANGED, target_tid, {"admin": True})], self.clock.now())
            return self.info(row)

    async def demote(self, admin_tid: int, target_tid: int) -> MemberInfo:
        await self.require_admin(admin_tid)
        async with self.db.transaction() as s:
            row = await self._target(s, target_tid)
            if target_tid == admin_tid:
                raise UserError(texts.CANNOT_DEMOTE_SELF)
            if target_tid in self.admin_ids:
                raise UserError(texts.CANNOT_DEMOTE_CONFIGURED.format(name=row.name or target_tid))
            if row.role != "admin":
                raise UserError(texts.NOT_ADMIN.format(name=row.name or target_tid))
            row.role = "member"
            if self.info(row).can_receive:  # the notice goes to people who opened the chat
                await add_notices(s, [Notice(ROLE_CHANGED, target_tid, {"admin": False})], self.clock.now())
            return self.info(row)

    async def set_blocked(self, admin_tid: int, target_tid: int, blocked: bool) -> MemberInfo:
        await self.require_admin(admin_tid)
        async with self.db.transaction() as s:
            row = await self._target(s, target_tid)
            if blocked:
                if target_tid == admin_tid:
                    raise UserError(texts.CANNOT_BLOCK_SELF)
                if row.role == "admin" or target_tid in self.admin_ids:
                    raise UserError(texts.CANNOT_BLOCK_ADMIN)
                row.status = "blocked"
            elif row.status == "blocked":
                row.status = "active"
            return self.info(row)

    # --- invites -----------------------------------------------------------------

    async def create_invite(self, admin_tid: int, uses: int, days: int) -> InviteInfo:
        await self.require_admin(admin_tid)
        now = self.clock.now()
        async with self.db.transaction() as s:
            invite = await invite_q.create(s, code=secrets.token_urlsafe(INVITE_CODE_BYTES), created_by=admin_tid,
                                           max_uses=uses, expires_at=now + timedelta(days=days), created_at=now)
            return InviteInfo(invite.code, invite.max_uses, 0, invite.expires_at)

    async def invite_problem(self, code: str) -> str | None:
        """None if the code can register someone now; otherwise why not (a texts sentence)."""
        async with self.db.transaction() as s:
            return self._invite_problem(await invite_q.by_code(s, code))

    def _invite_problem(self, invite: Invite | None) -> str | None:
        if invite is None:
            return texts.INVITE_REASON_UNKNOWN
        if invite.revoked:
            return texts.INVITE_REASON_REVOKED
        if invite.expires_at <= self.clock.now():
            return texts.INVITE_REASON_EXPIRED
        if invite.uses >= invite.max_uses:
            return texts.INVITE_REASON_USED
        return None

    async def redeem_invite_in(self, s, code: str) -> Invite | None:  # noqa: ANN001
        """Use one slot of the invite atomically; None when it can no longer be used."""
        invite = await invite_q.by_code(s, code)
        if self._invite_problem(invite) is not None:
            return None
        return invite if await invite_q.take_slot(s, invite.id) else None

    # --- overview ----------------------------------------------------------------

    async def summary(self, admin_tid: int, page: int = 1) -> MembersSummary:
        await self.require_admin(admin_tid)
        async with self.db.transaction() as s:
            rows = [self.info(r) for r in await q.listed(s)]
        by_status = Counter(m.status for m in rows)
        active = [m for m in rows if m.status == "active"]
        by_sector = Counter(m.sector or texts.NONE_CHOICE for m in active)
        by_committee = Counter(m.special_committee or texts.NONE_CHOICE for m in active)
        pages = max(1, -(-len(rows) // PAGE_SIZE))
        page = min(max(1, page), pages)
        return MembersSummary(
            total=len(rows), by_status=dict(by_status), by_sector=dict(by_sector.most_common()),
            by_committee=dict(by_committee.most_common()), page=page, pages=pages,
            members=tuple(rows[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]),
        )

    async def count_active(self) -> int:
        async with self.db.transaction() as s:
            return await q.count_with_status(s, q.ACTIVE)

    async def counts_by_status(self) -> dict[str, int]:
        async with self.db.transaction() as s:
            return await q.counts_by_status(s)

    # --- audience ----------------------------------------------------------------
    # One rule for events and broadcasts (storage/queries/members.py: audience): 全体委员
    # is every approved, unblocked 委员, admins who registered as 委员 included and staff
    # admins who never registered (ADMIN_IDS) left out; a special committee or sector
    # group is the 委员 in it; "me" is the asking admin alone. The audience lists everyone
    # it is meant for, and `Audience.reachable` those the bot can message now, so the
    # pickers can name the others (texts.AUDIENCE_RULE_NOTE states the rule).

    async def audience(self, group_kind: str, value: Any = None) -> Audience:
        """The members of one group: ALL; COMMITTEE or SECTOR with a name (or names); ME with a telegram id."""
        async with self.db.transaction() as s:
            if group_kind == ME:
                return await self.audience_in(s, {"me": True}, author_tid=value)
            return await self.audience_in(s, _selection(group_kind, value))

    async def audience_count(self, group_kind: str, value: Any = None) -> int:
        return (await self.audience(group_kind, value)).count

    async def audience_of(self, selection: dict[str, Any], author_tid: int | None = None) -> Audience:
        """The audience of a stored selection, as events and broadcasts keep it (see audience_in)."""
        async with self.db.transaction() as s:
            return await self.audience_in(s, selection, author_tid)

    async def audience_in(self, s, selection: dict[str, Any],  # noqa: ANN001
                          author_tid: int | None = None) -> Audience:
        """Inside a caller's transaction. `selection` is the stored form: {"all": True},
        {"committees": [...], "sectors": [...]} (either or both), {"ids": [telegram ids]}
        (active members among them), or {"me": True} (the author, `author_tid`, alone)."""
        if selection.get("me"):
            row = await q.by_telegram_id(s, author_tid) if author_tid is not None else None
            return Audience((self.info(row),) if row else ())
        rows = await q.audience(s, everyone=bool(selection.get("all")),
                                committees=_names(selection.get("committees")),
                                sectors=_names(selection.get("sectors")),
                                telegram_ids=tuple(selection.get("ids") or ()))
        return Audience(tuple(self.info(r) for r in rows))


def noted_fields(current: Any, tg_name: str, username: str | None, started: bool) -> dict[str, Any]:
    """What noting a person changes on their existing record (a Member row or a Core row): their
    Telegram names; the chat, once they /start; an admin's display name if they have none.
    The one rule of `seen_in` (one person, ORM) and `seen_many_in` (a batch, one UPDATE)."""
    return dict(
        tg_name=tg_name[:128], username=username,
        chat_started=True if started else current.chat_started,
        reachable=True if started else current.reachable,
        name=tg_name[:64] if not current.name and current.role == "admin" else current.name,
    )


def toggled_audience(audience: dict[str, Any] | None, group: str, index: int | None,
                     committees: tuple[str, ...] | list[str], sectors: tuple[str, ...] | list[str]) -> dict[str, Any]:
    """A picker's audience after one press: group all | me | c (专委会 index) | s (界别 index).

    全体 and 仅发给我 replace the groups (pressed again: nothing chosen); a 专委会 or 界别 is switched on or off
    and drops 全体 / 仅发给我. The one picker rule of broadcasts and polls alike."""
    chosen_groups = dict(audience or {})
    if group in ("all", "me"):
        return {} if chosen_groups.get(group) else {group: True}
    if group not in ("c", "s"):
        raise NotFound(group)
    options, key = (committees, "committees") if group == "c" else (sectors, "sectors")
    if index is None or not 0 <= index < len(options):
        raise NotFound(index)
    chosen_groups.pop("all", None)
    chosen_groups.pop("me", None)
    name = options[index]
    chosen = list(chosen_groups.get(key, []))
    chosen = [c for c in chosen if c != name] if name in chosen else chosen + [name]
    if chosen:
        chosen_groups[key] = chosen
    else:
        chosen_groups.pop(key, None)
    return chosen_groups


def _names(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    return (value,) if isinstance(value, str) else tuple(value)


def _selection(group_kind: str, value: Any) -> dict[str, Any]:
    """One group (not ME, which needs the author) as the stored selection form."""
    if group_kind == ALL:
        return {"all": True}
    if group_kind == COMMITTEE:
        return {"committees": list(_names(value))}
    if group_kind == SECTOR:
        return {"sectors": list(_names(value))}
    raise ValueError(f"unknown audience group {group_kind!r}")
