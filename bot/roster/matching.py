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
    """The roster row a registration names: both name and phone agree, or only one of them (to check)."""

    entry_id: int
    name: str
    sector: str
    committee: str | None
    phone: str | None
    unit: str | None
    title: str | None
    phone_agrees: bool
    name_agrees: bool = True


def phone_key(value: str | None) -> str | None:
    """The form phones are stored and compared in: digits only, without China's +86/0086 prefix."""
    if not value:
        return None
    digits = re.sub(r"\D", "", value)
    for prefix in ("0086", "86"):
        if digits.startswith(prefix) and len(digits) == len(prefix) + 11 and digits[len(prefix)] == "1":
            digits = digits[len(prefix):]
    return digits or None


def as_match(entry: RosterEntry, phone_agrees: bool, name_agrees: bool = True) -> RosterMatch:
    return RosterMatch(entry.id, entry.name, entry.sector, entry.special_committee, entry.phone, entry.unit,
                       entry.title, phone_agrees, name_agrees)


async def best_match_in(s, name: str, phone: str | None) -> RosterMatch | None:  # noqa: ANN001
    """The unjoined row with this name whose phone agrees; else the only one by name; else the one by phone."""
    key = phone_key(phone)
    candidates = await roster_q.unbound_named(s, name) if name else []
    agreeing = [e for e in candidates if key and e.phone == key]
    if agreeing:
        return as_match(agreeing[0], True)
    if len(candidates) == 1:
        return as_match(candidates[0], False)
    by_phone = await roster_q.unbound_with_phone(s, key) if key and not candidates else []
    return as_match(by_phone[0], True, name_agrees=False) if by_phone else None


async def bind_on_approval_in(s, member: Member, now: datetime) -> RosterEntry | None:  # noqa: ANN001
    """An approved registration whose name and phone both agree with an unjoined row takes that row."""
    if await roster_q.by_member(s, member.id) is not None:
        return None
    found = await best_match_in(s, member.name, member.phone)
    if found is None or not (found.phone_agrees and found.name_agrees):
        return None
    entry = await roster_q.by_id(s, found.entry_id)
    entry.member_id, entry.joined_at = member.id, now
    return entry
