"""Rows of amounts within one sentence, each its label and its amount, the thing counted written once for all:

- rows opened by an ordinal (第一季度平台发言6200余条,第二季度7400余条,第三季度8100余条,…): the measure is written
  in the first row only (``ordinal_rows``);
- rows listed by their labels (全市建成工作室46个,其中甲区12个、乙区10个、丙县9个; 各界别名额中:经济界22名,
  教育界21名,…): each item a label and an amount and nothing else, three or more in a run in one measure word,
  parted by 、 or their labels ending alike (区, 界, 类: all but one);
  what they count is the sentence's head, before the first row (``listed_rows``).

- Asked one row (二季度发言多少条, 乙区工作室几个), the amount of its own row answers, not another row's that
  writes the measure again (第四季度…发言达10900余条) nor the first's (``row_score``); the head (or the first
  row's measure) is read as if written in the asked row.
- Asked a row in another measure and unit (第二季度心得多少篇), the rows (of 条, of 发言) do not answer, though they
  name the part (``row_fit``): another sentence tells that measure.
- Asked a listed row, the thing counted need not stand beside its amount (``of_asked_row``): the head counts it.

Rows of whole lines (甲区:…; 乙县:…) are labelled_rows.py's; amounts given 分别 for things listed before them,
respective_amounts.py's.  Used by the fact reader (reading.py); general Chinese only.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from .facts import Quantity, find_quantities
from .respective_amounts import respective_things

__all__ = ["listed_rows", "of_asked_row", "ordinal_rows", "row_fit", "row_score", "unasked_part"]

_NUMERALS = "一二三四五六七八九十"
# An ordinal opening a clause (第二季度…, after a comma, colon or semicolon, or opening the sentence).
_OPENING = re.compile(r"(?:^|(?<=[,;:，；：]))第([一二三四五六七八九十])")
_MIN_ROWS = 3
# A question counting people (多少委员, 委员几个, 几名代表) and the measure words people are counted in.
_PEOPLE = r"(?:委员|代表|人员|干部|党员|成员|同志)"
_ASKS_PEOPLE = re.compile(r"(?:多少|几)[名位个]?[\u4e00-\u9fff]{0,4}?" + _PEOPLE + r"(?![\u4e00-\u9fff])|"  # (not 多少委员工作室)
                          + _PEOPLE + r"(?:有|共|一共|总共)?(?:多少|几)")
_PEOPLE_UNITS = ("名", "人", "位")
# A listed row's label: only a name (甲区, 经济界, 社会福利和社会保障界), with the words opening a list before it.
_LABEL = re.compile(r"[\u4e00-\u9fff()]{2,14}")
_LIST_LEAD = re.compile(r"^(?:其中|包括|分别为|分别是|依次为|即|有)")
_ITEM_CUT = ",;:、。"
# The head of a list run on into its first label (立案提案中工业发展类, 提案内容涉及工业发展): the label is after it.
_INNER_LEAD = re.compile(r"^[\u4e00-\u9fff]{2,}?(?:中|涉及|包括|分别为|分别是|依次为)(?=[\u4e00-\u9fff]{2})")
# A label named as one end of a range (县级以上 of 国家级、省级、县级): all of them, no row.
_RANGE_AFTER = re.compile(r"及?(?:以上|以下|以外|之外|以内)")
# What no label holds: a comparison, a verb of counting or change (比上年, 增加, 达到).
_NOT_LABEL = re.compile(r"^(?:累计|合计|总计)|比|较|增加|增长|减少|提高|下降|降低|达到|占")


def listed_rows(sentence: str) -> list[tuple[str, int, int]]:
    """The listed rows of the sentence: each its label and the span from the label to the end of its amount;
    the first run of three or more in one measure word, or empty."""
    return list(_listed_rows(sentence))


@lru_cache(maxsize=1 << 14)  # asked of each figure of each sentence read closely, whatever the question
def _listed_rows(sentence: str) -> tuple[tuple[str, int, int], ...]:
    items: list[tuple[str, int, Quantity, bool]] = []  # (label, where it starts, its amount, opens a new list)
    for x in find_quantities(sentence):
        cut = max(sentence.rfind(c, 0, x.start) for c in _ITEM_CUT) + 1
        label = sentence[cut:x.start]
        lead = _LIST_LEAD.match(label)
        if lead:
            label, cut = label[lead.end():], cut + lead.end()
        inner = _INNER_LEAD.match(label)
        if inner:  # 立案提案中工业发展类31件: the words before 中 are the list's head
            label, cut = label[inner.end():], cut + inner.end()
        if not _LABEL.fullmatch(label) or _NOT_LABEL.search(label):
            continue
        if x.end < len(sentence) and sentence[x.end] not in _ITEM_CUT:
            continue  # 甲区12个工作室: the amount counts what follows it, no row
        items.append((label, cut, x, bool(lead)))
    run: list[tuple[str, int, Quantity, bool]] = []
    for item in items:
        last = run[-1] if run else None
        if last and not item[3] and item[1] == last[2].end + 1 \
                and sentence[last[2].end] in ",;、" and item[2].unit == last[2].unit:
            run.append(item)
            continue
        if len(run) >= _MIN_ROWS:
            break
        run = [item]
    if len(run) < _MIN_ROWS or len({label for label, *_ in run}) < len(run):
        return ()
    ends = [label[-1] for label, *_ in run]
    if max(ends.count(end) for end in ends) < len(run) - 1 and sentence[run[0][2].end] != "、":
        return ()  # 收到来信20篇,编发专报9篇,被采用2篇: clauses each its own deed, no names of one kind
    return tuple((label, at, x.end) for label, at, x, _ in run)


def _listed_head(sentence: str, rows: list[tuple[str, int, int]]) -> str:
    """What listed rows count: the sentence before the first row, less its punctuation."""
    return re.sub(r"[,;:、。()]", "", sentence[:rows[0][1]])


def ordinal_rows(sentence: str) -> list[tuple[str, int, int]]:
    """The rows of the sentence: each its label (第二季度) and the span from its ordinal to the next row's (the
    last to the end of its statement); empty when there are fewer than three in order sharing a noun."""
    return list(_ordinal_rows(sentence))


@lru_cache(maxsize=1 << 14)  # (as ``_listed_rows``)
def _ordinal_rows(sentence: str) -> tuple[tuple[str, int, int], ...]:
    opened = [(m.start(), _NUMERALS.index(m.group(1))) for m in _OPENING.finditer(sentence)]
    for first in range(len(opened)):
        run = [opened[first]]
        for at, number in opened[first + 1:]:
            if number == run[-1][1] + 1:
                run.append((at, number))
        if len(run) < _MIN_ROWS:
            continue
        noun = os.path.commonprefix([re.split(r"[\d,;:，；：]", sentence[at + 2:])[0] for at, _ in run])
        noun = re.match(r"[\u4e00-\u9fff]{0,4}", noun).group()
        if not noun:
            continue
        ends = [at for at, _ in run[1:]] + [_statement_end(sentence, run[-1][0])]
        return tuple((f"第{_NUMERALS[number]}{noun}", at, end) for (at, number), end in zip(run, ends))
    return ()


def _statement_end(sentence: str, at: int) -> int:
    ends = [i for i in (sentence.find(c, at) for c in ";；。") if i >= 0]
    return min(ends) if ends else len(sentence)


# A question asking the whole (一共, 总共, 合计, 加起来): the amount the list's head gives, not one row's.
_ASKS_TOTAL = re.compile(r"一共|总共|合计|总计|共计|加起来|加在一起")


def _rows(q, sentence: str) -> tuple[list[tuple[str, int, int]], tuple[str, int, int] | None, bool]:  # noqa: ANN001
    """The sentence's rows, the one the question ``q`` names (None when it names none or several), and whether
    they are listed rows (else ordinal ones)."""
    rows = ordinal_rows(sentence)
    if rows:
        words = q.term_words()
        named = [row for row in rows if row[0] in words]
        return rows, named[0] if len(named) == 1 else None, False
    rows = listed_rows(sentence)
    if not rows:
        return [], None, True
    if _ASKS_TOTAL.search(q.norm) and re.search(r"\d", sentence[:rows[0][1]]):
        return rows, None, True  # 调研视察考察一共几次 → the head's 共…15次, not 视察4次 of the rows after it
    named = _named_labels(q.norm, [label for label, *_ in rows])
    asked = [row for row in rows if row[0] in named]
    return rows, asked[0] if len(asked) == 1 else None, True


def _named_labels(question: str, labels: list[str]) -> list[str]:
    """The labels the question names: whole, or without a short lead word (常委会议专题协商 of 拟安排常委会议专题
    协商), or by the name without the kind it ends in (甲 of 甲区, 甲乙 of 甲乙界), which no other label opens
    with; no piece inside one (联界 of 侨联界 names no 妇联界)."""
    return [label for label in labels
            if any(_names(question, label[k:]) for k in range(max(1, min(4, len(label) - 3))))] \
        or [label for label in labels if any(
        _names(question, label[:j]) and not any(other.startswith(label[:j]) for other in labels if other != label)
        for j in range(max(2, len(label) - 2), len(label)))]  # (the kind is 区, 界, 街道: not 委员 of 委员个人和联名提案)


def _names(question: str, label: str) -> bool:
    """Whether the question names the label, not as one end of a range (县级以上 names no 县级)."""
    return any(not _RANGE_AFTER.match(question, m.end()) for m in re.finditer(re.escape(label), question))


def unasked_part(q, sentence: str, fact: str) -> bool:  # noqa: ANN001 - a QuestionAnalysis
    """Whether the amount ``fact`` is one part's of a set the sentence gives by labels (其中甲区12个、乙区10个…;
    甲界、乙界名额分别比上届减少4名和5名) and the question ``q`` names none of them, by its words or their other
    forms (常委 of 常务委员): the whole is asked."""
    quantities = find_quantities(sentence)
    quantity = next((x for x in quantities if x.text == fact), None)
    if quantity is None:
        return False
    question = " ".join([q.norm, *q.term_words(2)])
    rows = listed_rows(sentence)
    labels = [label for label, *_ in rows] if rows and rows[0][1] <= quantity.start < rows[-1][2] \
        else respective_things(sentence, quantities, quantity)
    return bool(labels) and not _named_labels(question, labels) and not any(
        piece in question and sentence.count(piece) == sum(piece in other for other in labels) < len(labels)
        for label in labels for i in range(len(label)) for piece in (label[i:j] for j in range(i + 2, len(label) + 1)))
    # (Any piece of a label the sentence writes nowhere else names it: 人社局 of 市人社局; not 名额 of 甲界名额,
    # written in the lead too.)


def of_asked_row(q, sentence: str, quantity: Quantity) -> bool:  # noqa: ANN001 - a QuestionAnalysis
    """Whether the amount is that of the listed row the question names: what it counts is the list's, written
    once in its head (全市建成工作室46个,其中甲区12个、乙区10个…), not beside each amount."""
    rows, asked, listed = _rows(q, sentence)
    return listed and asked is not None and asked[1] <= quantity.start < asked[2]


def row_score(q, sentence: str, quantity: Quantity, score: float, closeness) -> float:  # noqa: ANN001
    """The score of an amount of the rows: raised when its row is the one the question ``q`` names (as near
    as if the first row's measure, 平台发言, or the listed rows' head were written in it too:
    ``closeness(text, start, end)``), lowered when it is another row's; ``score`` as it is when the sentence has
    no rows or the question names none, and its row's when the rows measure another thing (``row_fit``)."""
    rows, asked, listed = _rows(q, sentence)
    if asked is None or not rows[0][1] <= quantity.start < rows[-1][2]:
        return score
    if not asked[1] <= quantity.start < asked[2]:
        return score - 0.8
    if row_fit(q, sentence, quantity) < 1.0:
        return score
    if listed:
        measure, at = _listed_head(sentence, rows), asked[1]
    else:
        first = re.search(r"\d", sentence[rows[0][1]:rows[0][2]])
        measure = sentence[rows[0][1] + len(rows[0][0]):rows[0][1] + first.start()] if first else ""
        measure = measure if asked is not rows[0] else ""
        at = asked[1] + len(asked[0])
    if measure and measure not in sentence[at:quantity.start]:
        told = sentence[:at] + measure + sentence[at:]
        score = max(score, closeness(told, quantity.start + len(measure), quantity.end + len(measure)))
    return score + 0.2


def row_fit(q, sentence: str, quantity: Quantity) -> float:  # noqa: ANN001 - a QuestionAnalysis
    """At most 0.25 for an amount of the rows when the question names one row, asks another unit (篇, the rows
    telling 条; not 个, which counts anything) and a word the sentence does not write (心得), or asks people
    (多少委员) of listed rows not counting them in 名, 人 or 位: the rows measure something else; else 1.0."""
    rows, asked, listed = _rows(q, sentence)
    if asked is None or not rows[0][1] <= quantity.start < rows[-1][2]:
        return 1.0
    if listed and _ASKS_PEOPLE.search(q.norm) and quantity.unit not in _PEOPLE_UNITS:
        return 0.25  # 甲区有多少委员 → not 其中甲区12个 of a list of workrooms: people are counted in 名
    if q.unit in (None, "", "个") or quantity.unit == q.unit or {q.unit, quantity.unit} <= set(_PEOPLE_UNITS):
        return 1.0  # (几个名额 asks by the measure word of anything: 6名 may answer it; 人数 is told in 名)
    untold = [t for t in q.terms if len(t.text) >= 2 and not any(e in sentence for e in t.equivalents)]
    return 0.25 if untold else 1.0
