"""When a thing of the past began or flourished, told as a period, not a date (某窑创烧于北宋时期，盛于明代中后期;
始建于清代; 兴起于20世纪80年代): 某窑是什么时候创烧的 → 北宋时期, 最兴盛是什么时候 → 明代中后期.

The period is the one a verb with 于 leads to, the verb sharing a character with the question's (兴盛 → 盛于), in a
sentence whose paragraph names what the question asks of. Called by the answerer before the general reading
(answer.py ``_read_part``) for a when-question; general Chinese only: the dynasties and the words of a period.
"""

from __future__ import annotations

import re

from .question import KIND_WHEN

__all__ = ["period_answer"]

_DYNASTY = r"(?:[东西南北]?(?:周|汉|晋|宋|齐|梁|陈|隋|唐)|元|明|清|三国|五代|十国|民国|春秋|战国|秦)"
_PART = r"(?:初期|早期|中期|晚期|末期|后期|前期|中后期|中晚期|中前期|末年|初年|年间|中叶|末叶)"
_PERIOD = (rf"(?:{_DYNASTY}(?:代|朝)?(?:时期|{_PART})|[东西南北](?:周|汉|晋|宋)|{_DYNASTY}(?:代|朝)|"
           rf"\d{{1,2}}世纪(?:\d0年代)?{_PART}?)")
# 创烧于北宋时期, 盛于明代中后期, 始建于清代: the verb (one to three characters) and the period after its 于.
_TOLD = re.compile(rf"([\u4e00-\u9fff]{{1,3}}?)(?:于|在)({_PERIOD})")
# Characters of a question that say nothing of the deed asked.
_ASKING = set("是什么时候的哪年代个最初步认定大约概据说")


def _learn(index) -> list[tuple[int, int, list[tuple[str, str]]]]:  # noqa: ANN001 - a PassageIndex
    """Each sentence telling a period after a verb with 于, with its verbs and periods: learned on the first
    when-question, so each question reads only these (a shelf of a thousand reports holds few)."""
    return [(p, s, told) for p in range(index.size) for s, sentence in enumerate(index.sentence_norm[p])
            if (told := [(m.group(1), m.group(2)) for m in _TOLD.finditer(sentence)])]


def period_answer(answerer, q, norm: str):  # noqa: ANN001, ANN201 - an Answerer, a QuestionAnalysis; a Result or None
    """The period a when-question's deed is told in, from the one sentence telling it of the thing asked; None when
    no sentence fits, or several differ (the general reading goes on)."""
    if q.kind != KIND_WHEN:
        return None
    index = answerer.index
    subjects = [t for t in q.terms if t.known and len(t.text) >= 2 and not set(t.text) <= _ASKING]
    deed = {c for c in norm if c not in _ASKING and not any(c in t.text for t in subjects)} | {
        c for t in q.terms if not t.known for c in t.text}
    if not subjects:
        return None
    if answerer.__dict__.get("_periods_told") is None:
        answerer._periods_told = _learn(index)
    found: dict[str, tuple[int, int]] = {}
    for p, s, told in answerer._periods_told:
        paragraph = index.passage_norm[p]
        if not all(any(e in paragraph for e in t.equivalents) for t in subjects):
            continue
        best, shared = None, 0
        for verb, period in told:
            overlap = len(set(verb) & deed)
            if overlap > shared:
                best, shared = period, overlap
        if best is not None:
            found.setdefault(best, (p, s))
    if len(found) != 1:
        return None
    fact, line = next(iter(found.items()))
    return answerer._fact_result(KIND_WHEN, fact, line, norm)
