"""The items of a series a report writes one paragraph each (全年共举办4期。/ 第一期于5月在某书院举办…
/ 第二期于7月在某教学点举办… / 第三期…), and the series a question asks one item of.

A report names the series once, in the paragraph before the run of items ("某某学苑"专题研修班…全年共举办4期),
and each item's paragraph opens with its ordinal alone: the later items (第三期, 第四期) stand two or more
paragraphs from the name, beyond the neighbours a passage is read with.  The lead paragraph is every item's
own context (index.context), as the paragraph right before the first item already is.

The other way round, a question naming the series before the ordinal (新任委员培训第三期) is not answered by
the third item of another series (某学苑's 第三期): the words it writes before the ordinal must be told around
the item (its paragraph, the lead of its run, its heading), else the ordinal is another series' (checks.py).
Where the item's own paragraph names its series with the count of its items ("某某沙龙"读书沙龙6期。第1期…第6期…),
the ordinals there are that series' alone: another series named only in the next paragraph ("某讲堂"5期) owns none
of them (``other_series_item``, doubted_next.py).

General Chinese only.
"""

from __future__ import annotations

import re

from .wording import refers_back, told_ordinal

__all__ = ["ASKED_ORDINAL", "series_lead", "series_words", "series_untold", "ordinal_untold", "stage_ordinal",
           "other_series_item"]

# Ordinals a question names must be the ones told: 二期, 第3届, 第2批, 第2号, 首批 (not the year's total; 哪一期 asks one).
# 一期 right before a size asked (节目一期多长时间, 一期印多少册) is each issue, not the first one.
# 第二季 is a season of a recurring campaign, 第二季度 a quarter of the year (told as 二季度 too: wording.told_ordinal).
ASKED_ORDINAL = re.compile(r"(?<=[\u4e00-\u9fff])(?<!哪)(?!1期(?:多长|多久|多少|几|有多|大概|大约|约))\d+期(?!班)|"
                           r"第[\d一二三四五六七八九十]+(?:个[\u4e00-\u9fff]{0,2}|[届次批期辑卷轮座所家件号篇场季])|首[批届期辑轮场]")

# A stage of a work named by its ordinal (数据库2期建设, 平台3期工程): which stage, no amount of anything.
_STAGE = re.compile(r"(?<=[\u4e00-\u9fff])\d+期(?=建设|工程|项目)")


def stage_ordinal(unit: str | None, sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` names a stage (推进数据库2期建设) rather than counting, unless 期 is asked."""
    return unit != "期" and bool(_STAGE.match(sentence, start))


# A paragraph opening with an item's ordinal (第二期于…, 其中,第三批…; numbers already in figures).
_ITEM_OPENING = re.compile(r"^(?:其中,?)?第(\d{1,2})([期批场届轮站季])")
# The first item written 首 (首期, 首批).
_FIRST_OPENING = re.compile(r"^(?:其中,?)?首([期批场届轮站季])")
# An ordinal in a question, with the words written just before it (新任委员培训第3期, 某学苑第2批).
_ASKED_ITEM = re.compile(r"([\u4e00-\u9fff\"]{2,})(?:的)?第\d{1,2}[期批场届轮站季]")
# Time words before an ordinal say when, not which series (去年第2期, 2021年第3批).
_TIME_WORDS = re.compile(r"(?:今年|去年|前年|明年|上年|本年度?|年度|全年|年内|\d{4}年度?|上半年|下半年)")


def _opening(text: str) -> tuple[int, str] | None:
    item = _ITEM_OPENING.match(text)
    if item:
        return int(item.group(1)), item.group(2)
    first = _FIRST_OPENING.match(text)
    return (1, first.group(1)) if first else None


def series_lead(index, p: int) -> int | None:  # noqa: ANN001 - a PassageIndex
    """The paragraph before the run of item paragraphs passage ``p`` is a later one of (第三期… after 第二期…
    after 第一期…, each opening its own paragraph under the same heading), or None: ``p`` opens with no item,
    or with the first (its lead is its neighbour already), or the items before it are not the run down to one."""
    opened = _opening(index.passage_norm[p])
    if opened is None or opened[0] < 2:
        return None
    number, measure = opened
    doc, section = index.passage_doc[p], index.section_norm[p]
    at = p
    while number > 1:
        at, number = at - 1, number - 1
        if at < 0 or index.passage_doc[at] != doc or index.section_norm[at] != section \
                or _opening(index.passage_norm[at]) != (number, measure):
            return None
    lead = at - 1
    if lead < 0 or index.passage_doc[lead] != doc or index.section_norm[lead] != section:
        return None
    return lead


def series_words(question: str) -> list[str]:
    """The words a question writes right before each ordinal it asks (新任委员培训 of 新任委员培训第3期有多少人),
    time words aside."""
    found = []
    for asked in _ASKED_ITEM.finditer(question):
        words = _TIME_WORDS.sub("", asked.group(1).replace('"', ""))
        if len(words) >= 2:
            found.append(words)
    return found


def series_untold(q, where: str, told) -> bool:  # noqa: ANN001 - a QuestionAnalysis, a term matcher
    """Whether a question's series (the words before its ordinal) is not the one ``where`` (an answer's
    paragraph, neighbours, lead and heading) tells of: a term of weight written before the ordinal that
    ``told(term, where)`` does not find there (新任 of 新任委员培训第3期, around another series' 第3期)."""
    for words in series_words(q.norm):
        if any(term.text in words and term.weight >= 1.0 and not told(term, where) for term in q.terms):
            return True
    return False


def ordinal_untold(question: str, sentence: str) -> bool:
    """Whether a sentence neither tells an ordinal the question names (第5期 asked, …拟举办6期 told) nor points
    back at one (本期, 该批): the checks doubt it (checks.py), so it ranks after a sentence telling the item
    (其中,第5期拟于4月在某县举办 in the next paragraph)."""
    for ordinal in ASKED_ORDINAL.findall(question):
        if not told_ordinal(ordinal, sentence) and not refers_back(ordinal, sentence):
            return True
    return False


# A series named with the count of its items in a paragraph ("某某沙龙"读书沙龙6期, "某讲堂"5期): quoted, then the count.
_SERIES_COUNTED = re.compile(r'"[^"]{2,20}"[\u4e00-\u9fff]{0,8}?\d+([期批场届轮站季])')


def other_series_item(question: str, paragraph: str) -> bool:
    """Whether a question asks an item of a series by its name (某讲堂第6期) and the answer's ``paragraph`` names none
    of the words written before the ordinal, while it names a series of its own counted in the same measure."""
    asked = _ASKED_ITEM.search(question)
    words = series_words(question)
    if asked is None or not words:
        return False
    measure = asked.group()[-1]
    own = [m for m in _SERIES_COUNTED.finditer(paragraph) if m.group(1) == measure]
    return bool(own) and not any(w in paragraph for w in words)
