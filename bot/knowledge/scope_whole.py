"""A scope that opens its sentence with its own figure, then one part of it: 6名不合格委员中，有2名连续两年考核
不合格; 45件重点提案当中，有12件已办结. The scope's figure counts the whole (6名), the part's (2名) only those the
part's own words pick out (连续两年).

A question asking the whole by the words they share (考核不合格的委员有几名) is answered by the whole's figure: the
part writes words the question does not (连续两年), the whole none, and the whole tells at least as many of the
question's words. A question that writes the part's own words (连续两年不合格的有几名) tells more of the part
and keeps it.

Used by ``FigureReader._among_several`` (figures.py), which weighs each figure of a sentence; general Chinese only.
"""

from __future__ import annotations

import re

from .facts import Quantity

__all__ = ["scope_figure_score"]

# The scope's clause, opening the sentence (or after 在, 从, 这, 上述) with its figure and ending with 中，;
# then the part's clause, its figure first (有2名…, 其中3件…), up to the next mark.
_SCOPE_THEN_PART = re.compile(
    r"(?:^|[。;；])(?:在|从|这|上述|以上)?(?P<whole>\d+(?:\.\d+)?)(?P<unit>[名件个人位项家条篇])(?P<noun>[\u4e00-\u9fff]{1,12}?)"
    r"(?:当)?中[,，](?:其中)?(?:有|共有)?(?P<part>\d+(?:\.\d+)?)(?P=unit)(?P<rest>[^,，;；。]{2,24})")
# Words that say nothing of which ones are counted.
_LINKS = re.compile(r"[的了是为被有已]")
# What the scope's figure gains, and the part's figure loses, when the whole is asked.
WHOLE_BONUS = 0.3
PART_PENALTY = 0.5
# The share of the question's weight the words only the part tells may carry while the whole is still asked.
PART_WORDS_SHARE = 0.25


def _rest_unasked(text: str, words: list[str]) -> str:
    """What of ``text`` none of ``words`` covers, links taken out: the words a clause adds of its own."""
    for word in sorted(words, key=len, reverse=True):
        text = text.replace(word, "")
    return _LINKS.sub("", text)


def scope_figure_score(terms: list[tuple[tuple[str, ...], float]], sentence: str, quantity: Quantity) -> float:
    """``WHOLE_BONUS`` for the scope's figure and ``-PART_PENALTY`` for its part's when the question (``terms``: the
    equivalents and weight of each of its words) asks the whole: the part adds words of its own the question does not
    write, the whole adds none, and the question's words only the part tells weigh little (考核 in a report on
    考核, beside the 不合格 both tell; not 连续 of 连续两年不合格的有几名). 0 otherwise."""
    for m in _SCOPE_THEN_PART.finditer(sentence):
        whole_at, part_at = m.start("whole"), m.start("part")
        if quantity.start not in (whole_at, part_at):
            continue
        whole, part = m.group("noun"), m.group("rest")
        words = [next(e for e in forms if e in whole + part) for forms, _ in terms if any(e in whole + part for e in forms)]
        in_whole = sum(weight for forms, weight in terms if any(e in whole for e in forms))
        part_only = sum(weight for forms, weight in terms if any(e in part for e in forms) and not any(e in whole for e in forms))
        total = sum(weight for _, weight in terms) or 1.0
        part_own = re.sub(r"[^\u4e00-\u9fff\d]", "", _rest_unasked(part, words))
        whole_own = _rest_unasked(whole, words)  # at most the noun counted, closing the scope (不合格委员 of 不合格的有几名)
        if not in_whole or len(whole_own) > 3 or not whole.endswith(whole_own) or len(part_own) < 2 \
                or part_only / total >= PART_WORDS_SHARE:
            return 0.0
        return WHOLE_BONUS if quantity.start == whole_at else -PART_PENALTY
    return 0.0
