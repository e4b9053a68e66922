"""Declining by reason the whole's figure told for a part asked that the sentence sets out after 其中.

A sentence gives a figure of a whole and then, after 其中, picks out a part of it (引荐项目17个，协议投资额
46.8亿元，其中已开工项目9个; 共引荐招商项目11个，协议投资额23.6亿元，其中某委员引荐的面料项目已签约): asked the
part by the words that pick it out (已开工项目投资额多少, 某委员引荐的面料项目投资额多少), the whole's figure
before 其中 is no answer; the sentence tells no figure of the part for what is asked.

Used by asked_untold.untold_doubt on an amount; general Chinese only.
"""

from __future__ import annotations

import re
from .patterns import pattern

__all__ = ["whole_told_for_part"]

# What may stand between a word picking out a kind and the thing asked: 的, an amount with its measure word.
_BETWEEN = r"的?(?:[\d.]+[\u4e00-\u9fff]?)?"


def whole_told_for_part(terms: list[tuple[str, ...]], shown: str, start: int, question: str = "") -> bool:
    """Whether the amount at ``start`` of ``shown`` stands before a 其中 of its sentence, and the part after
    其中 tells two words of the question (``terms``: each term with its equivalents) or more, one of them
    nowhere in the sentence before it."""
    opening = max(shown.rfind("。", 0, start), shown.rfind(";", 0, start)) + 1
    end = min([i for i in (shown.find("。", start), shown.find(";", start)) if i >= 0] or [len(shown)])
    at = shown.find("其中", start, end)
    if at < 0:
        return False
    # The part ends with the clause of its first amount: a clause after it tells another deed of the sentence
    # (全年召开会议23次，其中专题研究某工作6次，研究审定文件9个: the files are no part of the meetings).
    counted = re.search(r"\d[^,，]*", shown[at:end])
    if counted:
        end = at + counted.end()
    whole, part = shown[opening:at], shown[at + 2:end]
    terms = [forms for forms in (tuple(f for f in t if len(f) >= 2) for t in terms) if forms]
    in_part = [forms for forms in terms if any(f in part for f in forms)]
    # The part picks out what is asked by two of the question's words at least (已开工 + 项目): one word
    # alone (提案, in 其中4件提案被确定为重点提案) may be only the thing counted, the whole's clause leaving it unsaid.
    # And the question writes a word only the part tells onto another word of the part (已投产的项目, 面料项目): a
    # kind picked out, not the body that does the deed (界别今年计划提交多少件提案 of 其中界别集体提案…).
    only_part = [forms for forms in in_part if not any(f in whole for f in forms)]
    return len(in_part) >= 2 and any(_joined(question, forms, other) for forms in only_part for other in in_part
                                     if other is not forms)


def _joined(question: str, forms: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether the question writes one of ``forms`` right before one of ``other``, or with 的 or a count between
    (已开工的9个项目)."""
    return not question or any(pattern(re.escape(f) + _BETWEEN + re.escape(o)).search(question) for f in forms for o in other)
