"""A member's duty asked as a count (每名委员每年至少报几篇社情民意) is a staff question in general (question.py's
OFF_TOPIC_RE: rules and duties), unless a document sets that very quota in so many words: 明确每名委员每年报送
社情民意信息不少于2篇 answers it as a figure. The floor must be set per member, on the deed the question
names (its verb's character before the floor) and on the thing it counts (a word the question writes after
the duty, 社情民意), so that a quota on reports never answers one asked on proposals.

Used by ``Checks.off_topic`` (checks.py).
"""

from __future__ import annotations

import re

__all__ = ["quota_told"]

# The duty alternative of OFF_TOPIC_RE: who must, then the deed (每年至少报, 委员要交).
_DUTY = re.compile(r"(?:要|需要|得|必须|应该|至少)(交|提|写|报|完成|参加)$")
# A count asked of it (几篇, 多少件), and its unit.
_COUNT_ASKED = re.compile(r"几|多少")
_UNIT_ASKED = re.compile(r"(?:几|多少)([篇件条份次个项名场期批天])")
# A floor set per member on a deed: 每名委员每年报送…不少于2篇, 每位委员至少提交1件, 每名县政协委员全年参加…不少于2次.
_FLOOR = re.compile(r"每(?:名|位|个)?(?:[\u4e00-\u9fff]{0,4}?政协)?委员[^。;；]{0,24}?(?:至少|不少于|不低于|最少)[^。;；,，]{0,8}?\d")


def quota_told(norm: str, match: re.Match, passages: list[str]) -> bool:
    """Whether the duty the question's off-topic ``match`` names, asked as a count, is set as a floor per
    member in one of the ``passages`` on the deed and the thing the question names."""
    duty = _DUTY.search(match.group())
    rest = norm[match.end():]
    if not duty or not _COUNT_ASKED.search(rest):
        return False
    things = [w for w in re.findall(r"[\u4e00-\u9fff]{2,}", re.sub(r"几|多少|[篇件条份次个项名]", " ", rest)) if len(w) >= 2]
    # Naming no thing (每名委员至少参加几场), the count's own unit must be the floor's (不少于3场).
    unit = None if things else _UNIT_ASKED.search(rest)
    for passage in passages:
        for floor in _FLOOR.finditer(passage):
            told = floor.group()
            if duty.group(1) in told and (any(w[:4] in told for w in things) or unit is not None and re.match(
                    r"[\d.]*" + re.escape(unit.group(1)), passage[floor.end():])):
                return True
    return False
