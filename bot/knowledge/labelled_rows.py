"""Rows of figures, each a line opened by its label and a colon: one line per district, county, unit or item
(甲区:委员之家1个,工作站11个,其中新建3个,…  乙县:…  合计:…), as a report lists them or as a table of cells is
read (table_rows.py writes each row so).  Three or more such lines in a run, each telling an amount, are one
set of rows when they tell a measure of one name each (工作站…个); a row whose label sums the others (合计, 总计,
全市) is their total.  Lines each telling its own measure (集中学习:12次, 提交提案:68件) are a list of items, no set.

- A question naming none of the labels asks the whole, not one row's figure (去年新建了多少个 is not answered by
  the first row's 新建3个): such a row ranks after the total, written as a row or in the text (``unasked_row``).
- A question asking which one has the most (or the least) of a measure the rows share (哪个区工作站最多, 哪个县
  新建得最多) is answered by the label of the row whose figure of that measure is the largest (``top_row_answer``).
  The measure is the clause of each row whose words before the amount the question says most fully (新建 of
  其中2023年新建4个 for 新建工作站最多, 委员工作站 of 街道(镇)委员工作站9个 for 工作站数量最多).

General Chinese only.  For the answerer: its ranking (``unasked_row``) and its declared facts (``top_row_answer``).
"""

from __future__ import annotations

import re

from .facts import find_quantities
from .top_asked import asks_top

__all__ = ["row_sets", "unasked_row", "top_row_answer"]

# A row's label: a short name before a colon opening the line (甲区:, 合计:, 经济界别:).
_LABEL = re.compile(r"^([\u4e00-\u9fff()·]{2,12}):")
# Labels that sum the other rows.
_TOTAL = re.compile(r"^(?:合计|总计|共计|小计|汇总|总数|总体|全部|全[省市县区镇乡])$")
_MIN_ROWS = 3
# The kind of one a question asks which of (哪个区, 哪个区县, 哪一个单位), and the levels a place's name ends in.
_KIND_ASKED = re.compile(r"哪(?:个|一个|1个|家|所)?(县市区|区县|县区|县市|市县|[区县市镇乡]|街道)?")
_LEAST = re.compile(r"最[少低小]")
# Words of a clause that say nothing of what is counted: a lead-in to a part, a year, a bracketed aside.
# One closing a row's clause (委员之家1个, 新建1个): an amount there, which the finder of amounts leaves to its context.
_ONE = re.compile(r"(?<![\d.])1([\u4e00-\u9fff])$")
_NOT_MEASURE = re.compile(r"其中|\d{4}年(?:度)?|\([^()]*\)|全年|累计|共")


def _rows(index) -> list[list[tuple[int, int, str]]]:  # noqa: ANN001 - a PassageIndex
    """Every run of labelled lines telling amounts, as (passage, sentence, label), in one pass over the passages."""
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    where = None
    for p, sentences in enumerate(index.sentence_norm):
        key = (index.passage_doc[p], index.section_norm[p])
        if key != where and current:
            runs.append(current)
            current = []
        where = key
        for s, sentence in enumerate(sentences):
            label = _LABEL.match(sentence)
            if label and find_quantities(sentence[label.end():]):
                current.append((p, s, label.group(1)))
            elif current:
                runs.append(current)
                current = []
    if current:
        runs.append(current)
    return [run for run in runs if _shared(index, run)]


def _shared(index, run: list[tuple[int, int, str]]) -> bool:  # noqa: ANN001 - a PassageIndex
    """Whether three or more rows of a run, not its total, tell a measure of one name (工作站…个 in each): rows of
    units by a measure, not a list of items each its own measure (集中学习:12次, 提交提案:68件)."""
    rows = [set((words, unit) for words, _, unit in _clauses(index.sentence_norm[p][s][len(label) + 1:]))
            for p, s, label in run if not _TOTAL.match(label)]
    return len(rows) >= _MIN_ROWS and bool(set.intersection(*rows))


def row_sets(index) -> tuple[list[list[tuple[int, int, str]]], dict[tuple[int, int], int]]:  # noqa: ANN001
    """The sets of rows of all documents, and each row's set by (passage, sentence); read once per index."""
    found = index.__dict__.get("_labelled_rows")
    if found is None:
        runs = _rows(index)
        found = index.__dict__["_labelled_rows"] = (runs, {(p, s): n for n, run in enumerate(runs) for p, s, _ in run})
    return found


def _named(label: str, question: str, others: list[str]) -> bool:
    """Whether a question names a row's label: two or more characters of it that not all the ``others`` labels
    hold too (甲区, 甲 of 甲区, 第一 of 机关第一党支部; not 支部, which every label of 机关第二党支部… holds)."""
    return any(label[i:j] in question and not all(label[i:j] in other for other in others)
               for i in range(len(label)) for j in range(i + 2, len(label) + 1))


def unasked_row(index, question: str, p: int, s: int) -> bool:  # noqa: ANN001 - a PassageIndex
    """Whether sentence ``s`` of passage ``p`` is one row of a set (not its total) and the question names none of
    the set's labels: its figure is one row's, the question asks the whole."""
    sets, of_row = row_sets(index)
    n = of_row.get((p, s))
    if n is None:
        return False
    run = sets[n]
    label = next(label for rp, rs, label in run if (rp, rs) == (p, s))
    labels = [other for *_, other in run if not _TOTAL.match(other)]
    return not _TOTAL.match(label) and not any(_named(other, question, labels) for other in labels)


def _clauses(row: str) -> list[tuple[str, float, str]]:
    """A row's amounts after its label: (the words before it in its clause, less what names no measure; its value;
    its measure word)."""
    found = []
    for clause in re.split(r"[,;。]", row):
        amounts = [(x.start, x.value, x.unit) for x in find_quantities(clause)[:1]]
        one = _ONE.search(clause)
        for start, value, unit in amounts or ([(one.start(), 1.0, one.group(1))] if one else []):
            words = _NOT_MEASURE.sub("", clause[:start])
            if words:
                found.append((words, value, unit))
    return found


def _said(words: str, question: str) -> float:
    """How much of a clause's words the question says, counting runs of two or more characters it writes."""
    covered = [False] * len(words)
    for i in range(len(words)):
        for j in range(len(words), i + 1, -1):
            if words[i:j] in question:
                covered[i:j] = [True] * (j - i)
                break
    return sum(covered) / len(words)


def _kind_fits(kind: str, label: str) -> bool:
    return not kind or (label.endswith("街道") if kind == "街道" else label[-1] in kind)


def top_row_answer(answerer, q, norm: str):  # noqa: ANN001, ANN201 - an Answerer, a QuestionAnalysis; a Result or None
    """The label of the row with the most (the least) of the measure a question asking so names, of the one set of
    rows telling it; None when not asked so, no set's measure is named, or two rows share the top."""
    if not asks_top(norm):
        return None
    index = answerer.index
    which = _KIND_ASKED.search(norm)
    if which is None:
        return None  # 提交提案最多的委员是谁: a person asked, no row's label
    kind = which.group(1) or ""
    best: tuple[float, list] | None = None
    for run in row_sets(index)[0]:
        rows = [(p, s, label, _clauses(index.sentence_norm[p][s][len(label) + 1:])) for p, s, label in run
                if not _TOTAL.match(label) and _kind_fits(kind, label)]
        if len(rows) < _MIN_ROWS:
            continue
        measures = dict.fromkeys((words, unit) for words, _, unit in rows[0][3])  # in the row's order
        for words, unit in measures:
            said = _said(words, norm)
            values = [next((v for w, v, u in clauses if (w, u) == (words, unit)), None) for *_, clauses in rows]
            if said < 0.5 or None in values or (best is not None and said <= best[0]):
                continue
            top = min(values) if _LEAST.search(norm) else max(values)
            chosen = [row for row, value in zip(rows, values) if value == top]
            best = (said, chosen)
    if best is None or len(best[1]) != 1:
        return None
    p, s, label, _ = best[1][0]
    return answerer._fact_result(q.kind, label, (p, s), norm)
