"""The 社情民意 review workflow as data: its statuses in order, the allowed changes, the levels.

bot/submissions.py enforces it; bot/export/records.py lists the statuses in the same order
(the summary sheet, the export's status choices). It lives apart from the submissions
service so the export layer can import it without importing the service, which itself
produces the export's `SubmissionRecord`.
"""

from __future__ import annotations

from bot import texts

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
