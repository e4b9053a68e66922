"""Declining by reason the others are asked (除了河口镇、白塔镇还在哪几个乡镇, 东关之外其他街道慰问了几户,
除了电动自行车那篇另1篇是什么) and the answer's clause tells of only those the question sets aside:
在河口镇、白塔镇等6个乡镇 names no other town; 东关街道…慰问45户 is the one set aside.

Used by asked_untold.untold_doubt on the answer chosen; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["only_excluded_told"]

# What the question sets aside: 除了A、B(之外),还… / 除A外其他… / A之外(的)其他….
_SET_ASIDE = re.compile(r"除(?:了|去|开)?([^,?]{2,24}?)(?:之外|以外|外)?,?(?:还|另|其他|其余|别的)|"
                        r"([\u4e00-\u9fff、]{2,16}?)(?:之外|以外)(?:的)?(?:还|另|其他|其余|别的)")
# Items of a list: joined by 、 or, its last item, by 和 (甲镇委员工作室和乙街道委员工作室被评为…); posts one person
# holds are joined by 兼 after a post's last word (县政协副秘书长兼机关党总支书记: two posts, one set aside).
_ITEMS = re.compile(r"、|和|与|及|(?<=[长记任席员])兼任?")
# What points back to it, not part of its name (那篇, 这件, 的).
_POINTER = re.compile(r"(?:[那这][\d]*[件篇条个家项位名场次]?|的)$")


def _names(norm: str) -> list[str]:
    names = []
    for m in _SET_ASIDE.finditer(norm):
        for part in re.split(r"[、和与及]", m.group(1) or m.group(2)):
            part = _POINTER.sub("", part)
            if len(part) >= 2:
                names.append(part)
    return names


def _told(name: str, text: str) -> bool:
    """Whether a text writes the name set aside, or its last words (古尔邦节东关 → 东关)."""
    return any(name[i:] in text for i in range(len(name) - 1))


def only_excluded_told(norm: str, fact: str, shown: str) -> bool:
    """Whether the question sets some aside and the answer's clause (its fact's, else the sentence) names
    one of them, and nothing listed beside it that the question does not set aside."""
    names = _names(norm)
    if not names:
        return False
    clauses = re.split(r"[,;。:!?]", shown)
    told = fact if fact and not any(fact in c for c in clauses) else next(
        (c for c in clauses if fact and fact in c), shown)
    for part in re.split(r"[,;。:!?]", told):
        if any(_told(n, part) for n in names):
            return all(any(_told(n, item) for n in names) for item in _ITEMS.split(part) if item)
    return False
