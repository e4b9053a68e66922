"""How many parts a section has, asked by its heading's words (2022年工作打算有几个方面, 明年工作分为几个方面):
the section's lead-in writes the count (重点抓好以下八个方面工作：), or its paragraphs are numbered ((一)…(八)…).
The sentence telling the count rarely repeats the heading's words (打算 stands only in 四、2022年工作打算), so the
general reading, weighing the question's words sentence by sentence, misses it or takes another count of the
section (…使委员工作室达到3个).

Called by the answerer before the general reading (answer.py ``_read_part``); general Chinese only.
"""

from __future__ import annotations

import re

from .lead_in import ORDINAL, ordinal_place
from .question import KIND_NUMBER, QuestionAnalysis

__all__ = ["section_parts_answer"]

# Nouns of the parts a section is divided into, as a count asks them (几个方面, 多少个部分).
_PART_NOUNS = ("方面", "部分")
_ASKS_PARTS = re.compile(r"(?:几|多少)个?(?:方面|部分)")
# Verbs of dividing or covering before the count (分几个方面, 涵盖几个方面): they ask, the heading does not write them.
_DIVIDING = frozenset("分 分为 分成 划分 涵盖 包括 包含 涉及 有 共有 一共 总共".split())
# The count a lead-in writes: (以下)8个方面, 八大方面.
_COUNT_TOLD = re.compile(r"(\d+)(?:个|大)(方面|部分)")
_NUMERALS = "一二三四五六七八九十"
_LEAD_SENTENCES = 4  # a section's lead-in is its first few sentences, before the numbered paragraphs
_SEARCHED = 20  # passages searched for a heading naming the question's words


def _heading_named(q: QuestionAnalysis, heading: str) -> bool:
    """Whether the heading holds every word the question names (its year too, when one is asked)."""
    words = [t for t in q.terms if t.text not in _DIVIDING]
    if not words or not all(any(e in heading for e in t.equivalents) for t in words):
        return False
    return all(str(year) in heading for year in q.years)


def _section(index, p: int) -> list[int]:  # noqa: ANN001 - a PassageIndex
    """The passages of ``p``'s section, in order."""
    doc, section = index.passage_doc[p], index.section_norm[p]
    start = p
    while start > 0 and index.passage_doc[start - 1] == doc and index.section_norm[start - 1] == section:
        start -= 1
    end = p
    while end + 1 < index.size and index.passage_doc[end + 1] == doc and index.section_norm[end + 1] == section:
        end += 1
    return list(range(start, end + 1))


def _count_told(index, passages: list[int], noun: str) -> tuple[str, int, int] | None:  # noqa: ANN001
    """The count of parts the section's lead-in writes, with where: before its first numbered paragraph."""
    seen = 0
    for p in passages:
        for s, sentence in enumerate(index.sentence_norm[p]):
            if ORDINAL.match(sentence) or seen >= _LEAD_SENTENCES:
                return None
            seen += 1
            found = _COUNT_TOLD.search(sentence)
            if found and found.group(2) == noun:
                return found.group(), p, s
    return None


def _numbered(index, passages: list[int]) -> int:  # noqa: ANN001
    """How many paragraphs of the section are numbered in turn ((一), (二) …), in the style of its first
    numbered one: the paragraphs under each may number their own points otherwise (一是, 二是 …)."""
    count, style = 0, None
    for p in passages:
        found = ORDINAL.match(index.sentence_norm[p][0]) if index.sentence_norm[p] else None
        if found is None or style is not None and found.lastindex != style:
            continue
        if ordinal_place(found) != count + 1:
            break
        count, style = count + 1, found.lastindex
    return count


def _points_inline(index, p: int) -> int:  # noqa: ANN001
    """How many points one paragraph numbers in turn within its sentences (…不足:一是…;二是…;三是…)."""
    text = index.passage_norm[p]
    count = 0
    while count < len(_NUMERALS) and f"{_NUMERALS[count]}是" in text:
        count += 1
    return count


def section_parts_answer(answerer, q: QuestionAnalysis, norm: str):  # noqa: ANN001, ANN201 - an Answerer; a Result or None
    """The count of parts of the one section whose heading the question names, as its lead-in writes it or
    as its numbered paragraphs run; None when not asked so, or no single section fits (the general reading
    goes on)."""
    if q.kind != KIND_NUMBER or q.counted not in _PART_NOUNS or not _ASKS_PARTS.search(norm):
        return None
    index = answerer.index
    tokens = [t.text for t in q.terms if t.text not in _DIVIDING] + [str(year) for year in q.years]
    sections: dict[tuple[int, str], int] = {}
    for hit in index.search(tokens, _SEARCHED):
        p = hit.passage
        if index.passages[p].section == index.passages[p].doc_title:
            continue  # the report's own title names the whole report, no part of it
        key = (index.passage_doc[p], index.section_norm[p])
        if key not in sections and _heading_named(q, index.section_norm[p]):
            sections[key] = p
    if len(sections) != 1:
        return None  # no heading names it, or several do (another report's, another year's): read on
    passages = _section(index, next(iter(sections.values())))
    told = _count_told(index, passages, q.counted)
    if told is not None:
        fact, p, s = told
        return answerer._fact_result(KIND_NUMBER, fact, (p, s), norm)
    count, line = _numbered(index, passages), (passages[0], 0)
    if count < 2 and (count := _points_inline(index, passages[0])) >= 2:
        line = (passages[0], next(s for s, sentence in enumerate(index.sentence_norm[passages[0]]) if "一是" in sentence))
    if count < 2:
        return None
    return answerer._fact_result(KIND_NUMBER, f"{count}个{q.counted}", line, norm)
