"""Finding a registration's row in the roster (name + phone), and binding it on approval.

Kept apart from the service so bot/members.py can bind inside its approval transaction
without importing the roster service (which imports bot/members.py: no circle).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from storage.models import Member
from storage.queries import roster as roster_q
from storage.roster import RosterEntry


@dataclass(frozen=True)
class RosterMatch:
    """The roster row a registration names; `phone_agrees` False: same name, phone differs or missing."""

    entry_id: int
    name: str
    sector: str
    committee: str | None
    phone: str | None
    unit: str | None
    title: str | None
    phone_agrees: bool


def phone_key(value: str | None) -> str | None:
    """The form phones are stored and compared in: digits only, without China's +86/0086 prefix."""
    if not value:
        return None
    digits = re.sub(r"\D", "", value)
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) == len(prefix) + 11 and digits[len(prefix)] == "1":
            digits = digits[len(prefix):]
    return digits or None


def as_match(entry: RosterEntry, phone_agrees: bool) -> RosterMatch:
    return RosterMatch(entry.id, entry.name, entry.sector, entry.special_committee, entry.phone, entry.unit,
                       entry.title, phone_agrees)


async def best_match_in(s, name: str, phone: str | None) -> tuple[RosterEntry, bool] | None:  # noqa: ANN001
    """The unjoined row with this name: the one whose phone agrees first, else the only one by name."""
    if not name:
        return None
    candidates = await roster_q.unbound_named(s, name)
    key = phone_key(phone)
    agreeing = [e for e in candidates if key and e.phone == key]
    if agreeing:
        return agreeing[0], True
    return (candidates[0], False) if len(candidates) == 1 else None


async def bind_on_approval_in(s, member: Member, now: datetime) -> RosterEntry | None:  # noqa: ANN001
    """An approved registration whose name and phone both agree with an unjoined row takes that row."""
    if await roster_q.by_member(s, member.id) is not None:
        return None
    found = await best_match_in(s, member.name, member.phone)
    if found is None or not found[1]:
        return None
    entry = found[0]
    entry.member_id, entry.joined_at = member.id, now
    return entry
