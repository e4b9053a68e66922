"""The 社情民意 review workflow as data and rules: statuses in order, the allowed changes,
the levels, and the checks every status change goes through (bot/submissions/review.py).

bot/export/records.py lists the statuses in the same order (the summary sheet, the export's
status choices). It imports nothing of the service, so the export layer can use it.
"""

from __future__ import annotations

from typing import Iterable

from bot import texts
from bot.errors import UserError

# Every status a filed item can have, in workflow order (the dict's order is the order shown).
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "submitted": ("accepted", "returned", "rejected"),
    "accepted": ("adopted_city", "returned", "rejected"),
    "returned": (),  # the member resubmits
    "rejected": (),
    "adopted_city": ("reported_prov", "reported_nat", "instructed", "feedback"),
    "reported_prov": ("adopted_prov", "reported_nat", "instructed", "feedback"),
    "reported_nat": ("adopted_nat", "instructed", "feedback"),
    "adopted_prov": ("reported_nat", "instructed", "feedback"),
    "adopted_nat": ("instructed", "feedback"),
    "instructed": ("instructed", "feedback"),
    "feedback": ("instructed",),
}
FILED_STATUSES: tuple[str, ...] = tuple(TRANSITIONS)
LEVELS = {"adopted_city": "city", "adopted_prov": "province", "adopted_nat": "national"}
# Adopted at least by the city committee: every status from 市政协采用 on (报送省政协 and
# 报送全国政协 can only follow 市政协采用). These are the items an issue of 《社情民意》 may carry.
ADOPTED = ("adopted_city", "reported_prov", "reported_nat", "adopted_prov", "adopted_nat", "instructed", "feedback")

# The levels staff ask about ("what was adopted by the city?"), in order: a level is reached once the
# item was at one of its statuses, whatever happened after (批示 and 反馈 follow an adoption). Being
# at any ADOPTED status proves the city adopted it; the others only count their own status.
LEVELS_REACHED: dict[str, tuple[str, ...]] = {
    "adopted_city": ADOPTED, "adopted_prov": ("adopted_prov",), "adopted_nat": ("adopted_nat",),
    "instructed": ("instructed",), "feedback": ("feedback",),
}


def levels_reached(statuses_seen: Iterable[str]) -> tuple[str, ...]:
    """The levels (keys of LEVELS_REACHED, in order) an item reached, given every status it has had."""
    seen = set(statuses_seen)
    return tuple(level for level, proofs in LEVELS_REACHED.items() if seen.intersection(proofs))


def status_name(code: str) -> str:
    """The Chinese label staff read (已提交, 市政协采用 …)."""
    return texts.SUB_STATUS_NAMES.get(code, code)


def status_code(name: str) -> str | None:
    """The workflow code of a label, or None when no filed status has it."""
    for code in FILED_STATUSES:
        if texts.SUB_STATUS_NAMES.get(code) == name:
            return code
    return None


def level_name(level: str) -> str:
    return texts.SUB_LEVEL_NAMES.get(level, level)


def allowed_next(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


class TransitionNotAllowed(UserError):
    """A status change the workflow does not allow from the item's current status."""

    def __init__(self, number: str | None, from_status: str, to_status: str) -> None:
        super().__init__(texts.SUB_REVIEW_NOT_ALLOWED.format(
            number=number, current=status_name(from_status), status=status_name(to_status)))
        self.from_status = from_status
        self.to_status = to_status


def check_transition(number: str | None, from_status: str, to_status: str) -> None:
    """Raise TransitionNotAllowed unless `to_status` may follow `from_status`."""
    if to_status not in allowed_next(from_status):
        raise TransitionNotAllowed(number, from_status, to_status)


def parse_instruction(text: str) -> tuple[str, str] | None:
    """A 批示 as typed by staff, `领导：批示内容` (either colon), as (leader, text); None when malformed."""
    leader, sep, body = (text or "").replace(":", "：").partition("：")
    if not sep or not leader.strip() or not body.strip():
        return None
    return leader.strip(), body.strip()
