"""The answer's doubts, and the next candidates when they sink the chosen one.

The checks (checks.doubt: another year, an untold subject, one kind's part of a
breakdown, another unit's sentence…) are made on the answer chosen by rank.  When
they sink it below the bar, the question need not be declined: another sentence
ranked just after it may state what was asked (the chosen one tells 其中…接待群众
814人次, one kind's part; a sentence of another paragraph, 全年各工作室共接待群众
3462人次, the whole).  The next few candidates in rank order are put through the
same doubts, and the first still confidently right by the same bar answers.

Only run when a doubt declines an answer that was sure before it, so a question
the documents do not answer (no candidate sure to begin with) is never read again.
"""

from __future__ import annotations

from .first_person import told_of_writer, writer_of
from .pointed_body import one_body_pointed
from .question import KIND_WHEN, KIND_WHO
from .values import Result
from .wording import quoted_subject_told

__all__ = ["NEXT_AT_MOST", "shown_with", "doubt_of", "next_answer"]

# How many candidates after the doubted one are read again: a bounded second look, not a second pass
# (the engine reads at most READ_CLOSELY sentences closely, reach.py).
NEXT_AT_MOST = 3


def shown_with(index, result: Result) -> str:  # noqa: ANN001 - the PassageIndex
    """The text an answer is shown with: its sentence, and the sentence it reads with, in the document's
    order (某某说。这位校长提交的…), or the next paragraph's first one."""
    shown = index.sentence_norm[result.passage][result.sentence]
    if isinstance(result.extra_sentence, tuple):
        shown += index.sentence_norm[result.extra_sentence[0]][result.extra_sentence[1]]
    elif result.extra_sentence is not None:
        extra = index.sentence_norm[result.passage][result.extra_sentence]
        shown = extra + shown if result.extra_sentence < result.sentence else shown + extra
    return shown


def doubt_of(answerer, q, result: Result, places: set[str]) -> float:  # noqa: ANN001 - the Answerer, a QuestionAnalysis
    """How much less to trust ``result`` for each reason it may not answer ``q`` (checks.doubt), read as
    its writer's own report where it is one (first_person.py), and for a quoted title it does not name."""
    index = answerer.index
    shown = shown_with(index, result)
    doubted, doubted_shown = told_of_writer(q, shown, writer_of(index, result.passage))
    factor = answerer.checks.doubt(doubted, result, doubted_shown, places)
    if result.kind in ("number", KIND_WHO, KIND_WHEN) and not quoted_subject_told(q.norm, shown, index, result, q.terms):
        factor *= 0.4  # the title quoted is what is counted or done, and this sentence does not name it
    if result.kind == "number" and result.fact:
        sentences = index.sentence_norm[result.passage]
        before = index.section_norm[result.passage] + "\n" + "".join(sentences[:result.sentence])
        if one_body_pointed(q.norm, sentences[result.sentence], result.fact, before):
            factor *= 0.4  # 委员工作室接待多少人次 asked, 某镇委员工作室…全年该工作室接待312人次 told (pointed_body.py)
    return factor


def next_answer(answerer, q, best: Result, candidates: list[tuple[float, Result]],  # noqa: ANN001
                places: set[str]) -> tuple[float, Result] | None:
    """The first of the next ``NEXT_AT_MOST`` candidates after the doubted ``best`` (``candidates``: every
    sentence read closely, with its rank) that was sure before the doubts and stays sure after them,
    with its rank; None when none does.  The bar is the answerer's own threshold: never lowered."""
    threshold = answerer.settings.threshold
    doubted = (best.passage, best.sentence)  # (after the lean to the newest report, a copy of its candidate)
    following = sorted((row for row in candidates if (row[1].passage, row[1].sentence) != doubted), key=lambda row: -row[0])
    for rank, result in following[:NEXT_AT_MOST]:
        if result.confidence < threshold:
            continue  # not sure even before the doubts
        result.confidence *= doubt_of(answerer, q, result, places)
        if result.confidence >= threshold:
            return rank, result
    return None
