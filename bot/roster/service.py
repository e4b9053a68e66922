"""RosterService: import the 委员名册, hand out personal invite links, bind accounts, say who has joined.

Rules kept here (the handlers and the CLI only call and render):
- An import is all or nothing: every row is checked first (bot/roster/parse.py); a file
  line updates the row with the same phone, else the row with the same 姓名 + 界别, else
  it is a new row; two lines may not land on one row. A row already joined carries its
  changes to the member's record (界别, 专委会, 单位, 手机 are the roster's to say).
- Each row has its own single-use invite (an `invites` row, max_uses 1): opening the bot
  by it binds that Telegram account to the row and makes it an active member at once.
  Links past their lifetime are renewed when staff download the links again.
- Admin actions check the role here too; `actor=None` is the command line (the operator).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot import texts
from bot.clock import Clock
from bot.dialogs import DialogStore
from bot.members import INVITE_CODE_BYTES, MemberInfo, MembersService
from bot.roster.matching import RosterMatch, as_match, best_match_in
from bot.roster.parse import RosterRow, check_rows, read_table
from storage.db import Database
from storage.models import Invite, Member
from storage.queries import invites as invite_q
from storage.queries import members as members_q
from storage.queries import roster as q
from storage.roster import RosterEntry

BOT_USERNAME_KEY = "roster.bot_username"
REGISTER_FLOW = "register"  # bot/registration.py FLOW: a bound person needs no form
JOINED, NOT_JOINED, PENDING, BLOCKED = "joined", "not_joined", "pending", "blocked"


@dataclass(frozen=True)
class ImportOutcome:
    errors: tuple[str, ...] = ()
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class LinkRow:
    name: str
    phone: str | None
    link: str


@dataclass(frozen=True)
class RosterPerson:
    """One line of the roster as staff see it: a roster row, or a member who joined without one."""

    name: str
    sector: str | None
    committee: str | None
    phone: str | None
    unit: str | None
    title: str | None
    state: str  # JOINED, NOT_JOINED, PENDING, BLOCKED
    on_roster: bool
    telegram_id: int | None = None
    joined_at: datetime | None = None
    chat_started: bool = False
    reachable: bool = True

    @property
    def blocked_bot(self) -> bool:
        """Telegram answered 403 to a message for them: they blocked the bot."""
        return self.telegram_id is not None and self.chat_started and not self.reachable


@dataclass(frozen=True)
class RosterOverview:
    counts: dict[str, int]  # JOINED, NOT_JOINED, PENDING, BLOCKED
    roster_total: int
    people: tuple[RosterPerson, ...]

    @property
    def not_joined(self) -> tuple[RosterPerson, ...]:
        return tuple(p for p in self.people if p.state == NOT_JOINED)


@dataclass(frozen=True)
class BindOutcome:
    member: MemberInfo | None = None
    problem: str | None = None  # a texts sentence: why the link did not bind
    already: bool = False  # the link's row was already this person's


class RosterService:
    def __init__(self, db: Database, clock: Clock, members: MembersService, dialogs: DialogStore,
                 sectors: tuple[str, ...], committees: tuple[str, ...], invite_days: int,
                 bot_username: str = "") -> None:
        self.db = db
        self.clock = clock
        self.members = members
        self.dialogs = dialogs
        self.sectors = sectors
        self.committees = committees
        self.invite_days = invite_days
        self.configured_username = bot_username

    async def _check_actor(self, actor: int | None) -> None:
        if actor is not None:
            await self.members.require_admin(actor)

    # --- import ------------------------------------------------------------------------

    async def import_file(self, actor: int | None, file_name: str, data: bytes) -> ImportOutcome:
        await self._check_actor(actor)
        try:
            raw = read_table(data, file_name)
        except Exception as exc:  # noqa: BLE001 - any unreadable file is one sentence for the person
            known = isinstance(exc, ValueError) and str(exc) == texts.ROSTER_BAD_TYPE
            reason = str(exc) if known else texts.ROSTER_DAMAGED
            return ImportOutcome((texts.ROSTER_UNREADABLE.format(reason=reason),))
        if not any(raw):
            return ImportOutcome((texts.ROSTER_EMPTY,))
        rows, errors = check_rows(raw, self.sectors, self.committees)
        if errors:
            return ImportOutcome(tuple(errors))
        now = self.clock.now()
        async with self.db.transaction() as s:  # every row or none
            await q.lock_roster(s)
            existing = await q.entries(s)
            targets, errors = _targets(rows, existing)
            if errors:
                return ImportOutcome(tuple(errors))
            new_rows = [row for row, entry in targets if entry is None]
            await q.add_with_invites(
                s, [dict(name=row.name, sector=row.sector, special_committee=row.committee, phone=row.phone,
                         unit=row.unit, title=row.title, created_at=now, updated_at=now, updated_by=actor)
                    for row in new_rows],
                [self._invite_values(actor, now) for _ in new_rows])
            added, updated, unchanged = len(new_rows), 0, 0
            for row, entry in targets:
                if entry is None:
                    continue
                if _apply(entry, row):
                    entry.updated_at, entry.updated_by = now, actor
                    if entry.member_id is not None:
                        _carry_to_member(await members_q.by_id(s, entry.member_id), entry)
                    updated += 1
                else:
                    unchanged += 1
            return ImportOutcome((), added, updated, unchanged)

    def _invite_values(self, actor: int | None, now: datetime) -> dict[str, object]:
        """A personal link: single use, for `roster.invite_days` (0 as creator: the command line)."""
        return dict(code=secrets.token_urlsafe(INVITE_CODE_BYTES), created_by=actor or 0, max_uses=1, uses=0,
                    revoked=False, expires_at=now + timedelta(days=self.invite_days), created_at=now)

    async def _new_invite(self, s, actor: int | None, now: datetime) -> Invite:  # noqa: ANN001
        invite = Invite(**self._invite_values(actor, now))
        s.add(invite)
        await s.flush()
        return invite

    # --- links -------------------------------------------------------------------------

    async def bot_username(self, given: str | None = None) -> str | None:
        """The bot's @name for links: given (and then remembered), else config, else the one last remembered."""
        given = (given or "").lstrip("@").strip()
        async with self.db.transaction() as s:
            if given:
                await q.set_value(s, BOT_USERNAME_KEY, given, self.clock.now())
                return given
            return self.configured_username.lstrip("@") or await q.get_value(s, BOT_USERNAME_KEY)

    async def links(self, actor: int | None, bot_username: str) -> list[LinkRow]:
        """Each member not yet joined with their personal link (renewed when it can no longer be used)."""
        await self._check_actor(actor)
        now = self.clock.now()
        out = []
        async with self.db.transaction() as s:
            await q.lock_roster(s)
            for entry, member, invite in await q.entries_with_people(s):
                if member is not None:
                    continue
                if invite is None or self.members._invite_problem(invite) is not None:
                    if invite is not None:
                        invite.revoked = True
                    invite = await self._new_invite(s, actor, now)
                    entry.invite_id = invite.id
                out.append(LinkRow(entry.name, entry.phone, f"https://t.me/{bot_username}?start={invite.code}"))
        return out

    # --- binding at /start ---------------------------------------------------------------

    async def bind_by_link(self, telegram_id: int, code: str) -> BindOutcome | None:
        """Bind the person to the roster row whose link they opened; None when `code` is no roster link."""
        now = self.clock.now()
        async with self.db.transaction() as s:
            invite = await invite_q.by_code(s, code)
            entry = await q.by_invite(s, invite.id) if invite is not None else None
            if entry is None:
                return None
            member = await members_q.by_telegram_id(s, telegram_id)
            if member is None:  # the update middleware records everyone first; a programmer's error
                raise LookupError(telegram_id)
            if entry.member_id == member.id:
                return BindOutcome(self.members.info(member), already=True)
            problem = None
            if entry.member_id is not None:
                problem = texts.ROSTER_LINK_TAKEN
            elif member.status == "blocked":
                problem = texts.ACCOUNT_BLOCKED
            elif (other := await q.by_member(s, member.id)) is not None:
                problem = texts.ROSTER_ALREADY_BOUND.format(name=other.name)
            elif (reason := self.members._invite_problem(invite)) is not None or not await invite_q.take_slot(
                    s, invite.id):
                problem = texts.ROSTER_LINK_INVALID.format(reason=reason or texts.INVITE_REASON_USED)
            if problem:
                return BindOutcome(self.members.info(member), problem=problem)
            entry.member_id, entry.joined_at = member.id, now
            _carry_to_member(member, entry)
            if member.status != "active":
                member.status, member.decided_at, member.decided_by = "active", now, invite.created_by
            member.invite_id = invite.id
            await self.dialogs.clear_in(s, telegram_id, REGISTER_FLOW)
            await s.flush()
            return BindOutcome(self.members.info(member))

    async def match_for(self, member: MemberInfo) -> RosterMatch | None:
        """The roster row a registration request names (shown on the admins' card)."""
        async with self.db.transaction() as s:
            bound = await q.by_member(s, member.id)
            if bound is not None:
                return as_match(bound, True)
            return await best_match_in(s, member.name, member.phone)

    async def has_roster(self) -> bool:
        async with self.db.transaction() as s:
            return bool(await q.entries(s))

    # --- overview and export ----------------------------------------------------------------

    async def overview(self, actor: int | None) -> RosterOverview:
        await self._check_actor(actor)
        people: list[RosterPerson] = []
        async with self.db.transaction() as s:
            listed = await q.entries_with_people(s)
            off = await q.members_off_roster(s)
        for entry, member, _ in listed:
            people.append(_person(entry.name, entry.sector, entry.special_committee, entry.phone, entry.unit,
                                  entry.title, member, True, entry.joined_at))
        for member in off:
            if member.status == "rejected" or not (member.role == "member" or member.sector):
                continue  # staff who never registered as 委员 are not on anyone's roster
            people.append(_person(member.name or member.tg_name, member.sector, member.special_committee,
                                  member.phone, member.unit, None, member, False, member.decided_at))
        counts = {k: 0 for k in (JOINED, NOT_JOINED, PENDING, BLOCKED)}
        for person in people:
            counts[person.state] += 1
        order = {name: i for i, name in enumerate(self.committees)}
        sector_order = {name: i for i, name in enumerate(self.sectors)}
        people.sort(key=lambda p: (not p.on_roster, order.get(p.committee or "", len(order)),
                                   sector_order.get(p.sector or "", len(sector_order))))
        return RosterOverview(counts, len(listed), tuple(people))


def _person(name: str, sector: str | None, committee: str | None, phone: str | None, unit: str | None,
            title: str | None, member: Member | None, on_roster: bool, joined_at: datetime | None) -> RosterPerson:
    if member is None:
        state = NOT_JOINED
    else:
        state = {"active": JOINED, "pending": PENDING, "blocked": BLOCKED}.get(member.status, NOT_JOINED)
    return RosterPerson(name, sector, committee, phone, unit, title, state, on_roster,
                        telegram_id=member.telegram_id if member else None,
                        joined_at=joined_at if member is not None else None,
                        chat_started=bool(member and member.chat_started),
                        reachable=bool(member.reachable) if member else True)


def _targets(rows: list[RosterRow], existing: list[RosterEntry]) -> tuple[list[tuple[RosterRow, RosterEntry | None]],
                                                                          list[str]]:
    """Which existing row each file line updates (None: a new row); two lines on one row is an error."""
    by_phone = {e.phone: e for e in existing if e.phone}
    by_name: dict[tuple[str, str], list[RosterEntry]] = {}
    for entry in existing:
        by_name.setdefault((entry.name, entry.sector), []).append(entry)
    taken: dict[int, int] = {}
    out, errors = [], []
    for row in rows:
        entry = by_phone.get(row.phone) if row.phone else None
        if entry is None:
            named = by_name.get((row.name, row.sector), [])
            # Same name and 界别: the same person unless both rows have different phones.
            named = [e for e in named if not (row.phone and e.phone and e.phone != row.phone)]
            entry = named[0] if len(named) == 1 else None
        if entry is not None:
            if entry.id in taken:
                problem = texts.ROSTER_SAME_PERSON.format(row=taken[entry.id], name=entry.name)
                errors.append(texts.IMPORT_ROW_ERROR.format(row=row.line, column="姓名", problem=problem))
                continue
            taken[entry.id] = row.line
        out.append((row, entry))
    return out, errors


def _apply(entry: RosterEntry, row: RosterRow) -> bool:
    """Write the file's values on the row; True when anything changed. An empty 手机 keeps the known one."""
    values = {"name": row.name, "sector": row.sector, "special_committee": row.committee,
              "unit": row.unit, "title": row.title, "phone": row.phone or entry.phone}
    changed = False
    for field_name, value in values.items():
        if getattr(entry, field_name) != value:
            setattr(entry, field_name, value)
            changed = True
    return changed


def _carry_to_member(member: Member | None, entry: RosterEntry) -> None:
    """The roster is the committee's word on who a member is: name, 界别, 专委会, 单位, 手机."""
    if member is None:
        return
    member.name, member.sector, member.special_committee = entry.name, entry.sector, entry.special_committee
    if entry.unit:
        member.unit = entry.unit
    if entry.phone:
        member.phone = entry.phone
