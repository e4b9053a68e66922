"""Declining by reason whether something came about is asked (建成了没有, 评上4A级景区了吗, 有没有落地)
where the sentence tells it only as what was proposed: 提出"建设某产业园"等8条建议 or 提出…推进某景区创建
4A级景区等建议 tells a suggestion made, not whether it was carried out. A sentence telling the thing
outside the suggestion (…的建议被采纳, 某产业园已建成) is kept.

Likewise whether it came about asked (修缮资金到位了没有, 发言后有没有领导批示) of a sentence that does not
write what is asked to have come about (到位, 领导批示) at all, or writes it only as planned (平台上线了没
asked, 计划于次年6月底前上线运行 told: a plan says nothing of whether it was done).

How something went asked (推进会开得怎么样, 效果如何) of a sentence writing the question's words only as planned
(计划于3月5日召开推进会) is declined too: a plan tells nothing of how it went.

Used by asked_untold.untold_doubt on a 'what' answer given as a whole sentence; general Chinese only.
"""

from __future__ import annotations

import re

from .plan_result import planned

__all__ = ["only_proposed", "went_planned_only", "whether_planned_only", "whether_untold"]

# Whether it came about, asked yes or no: 建成了没有, 评上了吗, 有没有落实, 是否建成.
_ASKS_WHETHER = re.compile(r"了(?:没有?|吗|么)|没有[?!。]*$|有没有|是否|是不是|成了吗")
# What was proposed: 提出…建议 (提出"甲""乙"等8条建议), 建议… up to the clause's end.
_PROPOSED = re.compile(r"提出[^。;!?]*?建议|建议[^。;,!?]*")


def only_proposed(norm: str, shown: str, words: list[str]) -> bool:
    """Whether a yes-or-no question asks if something came about and every one of its words the sentence
    writes sits within what the sentence tells was proposed."""
    if not _ASKS_WHETHER.search(norm):
        return False
    spans = [m.span() for m in _PROPOSED.finditer(shown)]
    if not spans:
        return False
    seen = False
    for word in set(words):
        for m in re.finditer(re.escape(word), shown):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                return False
            seen = True
    return seen


# What is asked to have come about: 有没有领导批示, 是否建成 (the words after), 资金到位了没有 (the word before).
_WHAT_AFTER = re.compile(r"(?:有没有|是否)([\u4e00-\u9fff]{2,8})")
_ENDS_WHETHER = re.compile(r"了(?:没有?|吗|么)[?!。]*$")


def whether_planned_only(norm: str, words: list[str], shown: str) -> bool:
    """Whether a yes-or-no question asks if something came about (its word right before 了没有) and the
    sentence writes it (two characters running of it) only where a plan governs (计划于…上线): no outcome told."""
    end = _ENDS_WHETHER.search(norm)  # 上线了没: done or not; not 有没有关于…的, asking whether one is (planned)
    asked = next((w for w in words if end and norm.find(w) >= 0 and norm.find(w) + len(w) == end.start()), "")
    if len(asked) < 2:
        return False
    spots = [m.start() for i in range(len(asked) - 1) for m in re.finditer(re.escape(asked[i:i + 2]), shown)]
    return bool(spots) and all(planned(shown, at) for at in spots)


def whether_untold(norm: str, words: list[str], shown: str) -> bool:
    """Whether a yes-or-no question asks if something came about and the sentence writes no two
    characters running of what it asks came about (the words after 有没有, or the question's word
    right before 了没有)."""
    after = _WHAT_AFTER.search(norm)
    asked = after.group(1) if after else ""
    end = _ENDS_WHETHER.search(norm)
    if not asked and end:
        asked = next((w for w in words if norm.find(w) >= 0 and norm.find(w) + len(w) == end.start()), "")
    if len(asked) < 2:
        return False
    return not any(asked[i:i + 2] in shown for i in range(len(asked) - 1))


# How it went asked: 开得怎么样, 办得如何, 效果怎样, 进展如何.
_ASKS_HOW_IT_WENT = re.compile(r"(?:[开办搞进]得|效果|成效|进展|结果)(?:怎么样|怎样|如何|咋样)")


def went_planned_only(norm: str, words: list[str], shown: str) -> bool:
    """Whether the question asks how something went and every word of it the sentence writes (two characters
    or more) stands where a plan governs (计划于3月5日召开推进会): the plan is told, not how it went."""
    if not _ASKS_HOW_IT_WENT.search(norm):
        return False
    spots = [m.start() for w in set(words) if len(w) >= 2 for m in re.finditer(re.escape(w), shown)]
    return bool(spots) and all(planned(shown, at) for at in spots)
