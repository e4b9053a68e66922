"""RecordsService: each member's 履职档案 of a year, the committee's, manual entries and the files.

A member sees only their own record; anyone else's, the committee's, the exports and the
manual entries are for admins, checked here again after the handler. `actor=None` is the
operator's command line. Facts are read per request (storage/queries/records.py) and scored
with the current `[records]` weights (bot/records/scoring.py): nothing scored is stored.
"""

from __future__ import annotations

import asyncio
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from bot import texts
from bot.clock import Clock
from bot.config import RecordsSettings
from bot.errors import NotFound, UserError
from bot.members import MemberInfo, MembersService
from bot.records import scoring
from bot.records.scoring import Fact, MemberRecord, Person
from storage.db import Database
from storage.queries import records as q

MAX_NOTE = 500
_TAGS = re.compile(r"<[^>]+>")
_DAY = re.compile(r"^\s*(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$")


@dataclass(frozen=True)
class Overview:
    """The committee's year at a glance (/records)."""

    year: int
    count: int
    average: float
    grades: tuple[tuple[str, int], ...]  # every grade, best first, with its members
    below: int  # members who miss a minimum


@dataclass(frozen=True)
class EntryView:
    id: int
    member_id: int
    member_name: str
    day: date
    kind: str
    note: str
    deleted: bool
    created_by_name: str
    created_at: datetime
    updated_by_name: str | None
    updated_at: datetime | None
    versions: int  # earlier versions kept


def parse_day(text: str, today: date) -> date:
    """2026-03-05, 2026/3/5, 2026年3月5日, 3月5日 (this year); not in the future."""
    match = _DAY.match(text or "")
    if not match:
        raise UserError(texts.RECORD_BAD_DATE.format(text=text))
    year = int(match.group(1) or today.year)
    try:
        day = date(year, int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise UserError(texts.RECORD_BAD_DATE.format(text=text)) from None
    if day > today or day.year < 2000:
        raise UserError(texts.RECORD_DATE_AHEAD.format(text=text))
    return day


class RecordsService:
    def __init__(self, db: Database, clock: Clock, members: MembersService, weights: RecordsSettings,
                 tz: ZoneInfo, committee: str, committees: tuple[str, ...] = ()) -> None:
        self.db = db
        self.clock = clock
        self.members = members
        self.weights = weights
        self.tz = tz
        self.committee = committee
        self.committees = committees

    # --- time -------------------------------------------------------------------------------------

    def this_year(self) -> int:
        return self.clock.now().astimezone(self.tz).year

    def today(self) -> date:
        return self.clock.now().astimezone(self.tz).date()

    def _bounds(self, year: int) -> tuple[datetime, datetime]:
        start = datetime(year, 1, 1, tzinfo=self.tz).astimezone(timezone.utc)
        end = datetime(year + 1, 1, 1, tzinfo=self.tz).astimezone(timezone.utc)
        return start, end

    def years(self) -> tuple[int, ...]:
        """The years offered for choosing: this one and the two before."""
        year = self.this_year()
        return (year, year - 1, year - 2)

    def check_year(self, year: int) -> int:
        if not 2000 <= year <= self.this_year():
            raise UserError(texts.RECORD_BAD_YEAR.format(year=year))
        return year

    # --- reading ------------------------------------------------------------------------------------

    async def _admin(self, actor: int | None) -> MemberInfo | None:
        return None if actor is None else await self.members.require_admin(actor)

    async def _facts(self, s, year: int, member_ids: list[int] | None) -> dict[int, list[Fact]]:  # noqa: ANN001
        since, until = self._bounds(year)
        rows = await q.facts(s, since, until, self.clock.now(), member_ids,
                             day_since=date(year, 1, 1), day_until=date(year + 1, 1, 1))
        out: dict[int, list[Fact]] = defaultdict(list)
        for r in rows:
            day = r.when.astimezone(self.tz).date() if isinstance(r.when, datetime) else r.when
            title = r.title
            if r.category == "notice":
                title = _TAGS.sub("", title).strip().split("\n")[0][:40]
            out[r.member_id].append(Fact(day, r.category, r.kind, r.outcome, title, r.ref))
        return out

    @staticmethod
    def _person(m) -> Person:  # noqa: ANN001 (a Member row)
        return Person(m.id, m.telegram_id, m.name or m.tg_name or str(m.telegram_id), m.sector or "",
                      m.special_committee or "", m.unit or "")

    async def record(self, actor: int | None, year: int | None = None, member_id: int | None = None) -> MemberRecord:
        """A member's record of a year: the actor's own, or (admins, the CLI) anyone's by member id."""
        year = self.check_year(year or self.this_year())
        if actor is not None:
            me = await self.members.require_active(actor)
            if member_id is not None and member_id != me.id:
                await self.members.require_admin(actor)
            member_id = me.id if member_id is None else member_id
        if member_id is None:
            raise NotFound(member_id)
        async with self.db.transaction() as s:
            rows = await q.record_members(s, member_id=member_id)
            if not rows:
                raise NotFound(member_id)
            facts = await self._facts(s, year, [member_id])
        return scoring.build(self._person(rows[0]), year, self.this_year(), facts.get(member_id, []), self.weights)

    async def committee_records(self, actor: int | None, year: int, committee: str | None = None,
                                sector: str | None = None) -> list[MemberRecord]:
        """Every member's record of the year (admins, the CLI), by name; one read of the facts."""
        await self._admin(actor)
        year = self.check_year(year)
        async with self.db.transaction() as s:
            people = await q.record_members(s, committee=committee, sector=sector)
            ids = [p.id for p in people]
            # A filter by group reads only its members' facts; the whole committee reads all at once.
            facts = await self._facts(s, year, ids if (committee or sector) else None)
        this_year = self.this_year()
        return [scoring.build(self._person(p), year, this_year, facts.get(p.id, []), self.weights) for p in people]

    async def overview(self, actor: int | None, year: int) -> Overview:
        records = await self.committee_records(actor, year)
        counts = Counter(r.grade for r in records)
        names = list(self.weights.grades) + [self.weights.lowest_grade]
        average = sum(r.tally.points for r in records) / len(records) if records else 0.0
        return Overview(year, len(records), round(average, 1), tuple((g, counts[g]) for g in names),
                        sum(1 for r in records if r.missing))

    async def find_members(self, actor: int, query: str) -> list[MemberInfo]:
        """Members by Telegram id or by name, for staff adding an entry."""
        await self.members.require_admin(actor)
        query = query.strip()
        if query.isdigit():
            found = await self.members.get(int(query))
            return [found] if found else []
        return await self.members.find_by_name(query)

    # --- manual entries -------------------------------------------------------------------------------

    @property
    def manual_kinds(self) -> tuple[str, ...]:
        return tuple(self.weights.manual)

    def _check(self, kind: str, note: str) -> tuple[str, str]:
        kind, note = kind.strip(), note.strip()
        if kind not in self.weights.manual:
            raise UserError(texts.RECORD_BAD_KIND.format(kind=kind, kinds="、".join(self.manual_kinds)))
        if len(note) > MAX_NOTE:
            raise UserError(texts.RECORD_NOTE_TOO_LONG.format(limit=MAX_NOTE, length=len(note)))
        return kind, note

    def _view(self, entry, name: str) -> EntryView:  # noqa: ANN001
        return EntryView(entry.id, entry.member_id, name, entry.day, entry.kind, entry.note, entry.deleted,
                         entry.created_by_name, entry.created_at, entry.updated_by_name, entry.updated_at,
                         len((entry.history or {}).get("versions", [])))

    async def add_entry(self, actor: int, member_id: int, day: date, kind: str, note: str) -> EntryView:
        admin = await self.members.require_admin(actor)
        kind, note = self._check(kind, note)
        if day > self.today():
            raise UserError(texts.RECORD_DATE_AHEAD.format(text=day.isoformat()))
        async with self.db.transaction() as s:
            people = await q.record_members(s, member_id=member_id)
            if not people:
                raise NotFound(member_id)
            entry = await q.add_entry(s, member_id=member_id, day=day, kind=kind, note=note, deleted=False,
                                      created_by=actor, created_by_name=admin.display_name,
                                      created_at=self.clock.now(), history={"versions": []})
            return self._view(entry, self._person(people[0]).name)

    async def entry(self, actor: int, entry_id: int) -> EntryView:
        await self.members.require_admin(actor)
        async with self.db.transaction() as s:
            entry = await q.get_entry(s, entry_id)
            if entry is None:
                raise NotFound(entry_id)
            people = await q.record_members(s, member_id=entry.member_id)
            return self._view(entry, self._person(people[0]).name if people else "")

    async def correct_entry(self, actor: int, entry_id: int, *, day: date | None = None, kind: str | None = None,
                            note: str | None = None, delete: bool = False) -> EntryView:
        """Change an entry (or delete it); the version before is kept with who changed it and when."""
        admin = await self.members.require_admin(actor)
        async with self.db.transaction() as s:
            entry = await q.get_entry(s, entry_id)
            if entry is None:
                raise NotFound(entry_id)
            new_kind, new_note = self._check(kind if kind is not None else entry.kind,
                                             note if note is not None else entry.note)
            if day is not None and day > self.today():
                raise UserError(texts.RECORD_DATE_AHEAD.format(text=day.isoformat()))
            versions = list((entry.history or {}).get("versions", []))
            versions.append({"day": entry.day.isoformat(), "kind": entry.kind, "note": entry.note,
                             "deleted": entry.deleted,
                             "by": entry.updated_by if entry.updated_by is not None else entry.created_by,
                             "by_name": entry.updated_by_name or entry.created_by_name,
                             "at": (entry.updated_at or entry.created_at).isoformat()})
            entry.history = {"versions": versions}
            entry.day = day or entry.day
            entry.kind, entry.note = new_kind, new_note
            entry.deleted = delete
            entry.updated_by, entry.updated_by_name, entry.updated_at = actor, admin.display_name, self.clock.now()
            await s.flush()
            people = await q.record_members(s, member_id=entry.member_id)
            return self._view(entry, self._person(people[0]).name if people else "")

    # --- files ----------------------------------------------------------------------------------------

    async def export_xlsx(self, actor: int | None, year: int, path: Path, committee: str | None = None,
                          sector: str | None = None) -> int:
        from bot.records.xlsx import write_records_xlsx

        records = await self.committee_records(actor, year, committee, sector)
        await asyncio.to_thread(write_records_xlsx, records, path, self.weights, self.committees)
        return len(records)

    async def export_docx(self, actor: int | None, year: int, path: Path, committee: str | None = None,
                          sector: str | None = None) -> int:
        from bot.records.docx import write_report_docx

        records = await self.committee_records(actor, year, committee, sector)
        await asyncio.to_thread(write_report_docx, records, path, self.weights, self.committee, year,
                                self.today(), self.committees, committee or sector)
        return len(records)

    async def member_docx(self, actor: int | None, year: int | None, path: Path,
                          member_id: int | None = None) -> MemberRecord:
        from bot.records.docx import write_member_docx

        record = await self.record(actor, year, member_id)
        await asyncio.to_thread(write_member_docx, record, path, self.weights, self.committee, self.today())
        return record

    def filename(self, kind: str, year: int, name: str = "") -> str:
        return texts.RECORD_FILENAMES[kind].format(year=year, name=name)
