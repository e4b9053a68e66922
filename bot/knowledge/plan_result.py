"""A sentence that tells a plan and then what came of it (计划改造32个，实际完成35个): which of
its amounts is the plan's and which the outcome's.

A plan word governs the clauses after it (列入计划…已经解决的431件 is still read whole by the
answerer), until a clause opens with an outcome word (实际, 最终, 已完成): from there the sentence
tells what was done; the parts of a total listed after 其中 are each told as the total is.  For choosing
between the two amounts of one such sentence, and for saying how the chosen one is told, and for where a plan
word reaches (plan_span: read at the amount, or at the question's words when no amount is placed), and for an
amount of the report's own year told beside a plan word while the plan of a later year is asked
(told_of_report_year); not for whether a whole section is a plan (frames.is_plan).
"""

from __future__ import annotations

import re

from .facts import Quantity, clause_bounds, find_quantities
from .paper_plans import paper_plans
from .frames import PLAN, figure_year, goes_on_from, is_plan, named_results, question_mode, recalled_plans_blanked
from .outcome_opens import outcome_opens


def plan_span(sentence: str, position: int) -> str:
    """The words that say whether the amount at ``position`` is planned: the sentence up to the
    end of its clause, from the last clause at or before it that opens with an outcome word, without
    the words that name results (frames.named_results: a labelled category, a result's state), nor a plan
    recalled (原计划) in an earlier clause."""
    start = outcome_opens(sentence, position) or 0
    a, b = clause_bounds(sentence, position)
    a = goes_on_from(sentence, a)  # 列入计划…的251件，占37.9%: the clauses an amount's goes on from are its own
    sentence = recalled_plans_blanked(sentence, a)  # 原计划安排10次，…合并调整2次: plans its own clause only
    parts = sentence.rfind("其中", start, a)
    if parts >= 0:
        # The parts of a total listed after 其中 (其中争取补助资金3.12亿元，吸引社会资本投入2.69亿元) are told
        # as the total is: a plan word in one part does not govern the next part.
        return named_results(sentence[start:parts] + sentence[a:b], position - a + parts - start)
    return named_results(sentence[start:b], position - start)


def asked_at(q, sentence: str) -> int:  # noqa: ANN001 - a QuestionAnalysis
    """Where the last of the question's words the sentence writes stands (-1 if none): with no amount
    placed (哪些, 什么 asked), a plan word is judged there, as for an amount (plan_span); one written only
    in a clause after them, or before an outcome clause ahead of them, plans nothing of what they tell."""
    found = [sentence.find(e) for t in q.terms for e in t.equivalents if e and e in sentence]
    return max(found, default=-1)


def planned(sentence: str, position: int) -> bool:
    """Whether the amount at ``position`` is told as a plan by its own sentence's words."""
    return is_plan("", plan_span(sentence, position), None)


def plan_or_outcome_score(mode: str | None, sentence: str, quantity: Quantity) -> float:
    """In a sentence giving a planned amount and then, in a clause opening with an outcome word, an
    achieved one of the same measure (计划改造32个，实际完成35个: the outcome clause counts what the
    plan's names), the one of the kind not asked loses outright: a question asking a plan takes the
    plan's, any other the outcome's (done before planned)."""
    same = [x.start for x in find_quantities(sentence) if x.unit == quantity.unit]
    outcomes = [x for x in same if outcome_opens(sentence, x, totals=False) is not None and not planned(sentence, x)]
    if not outcomes or not any(planned(sentence, x) for x in same):
        return 0.0
    return 0.0 if planned(sentence, quantity.start) == (mode == PLAN) else -_PAIR_WEIGHT


# Enough to outweigh the plan clause naming the thing counted while the outcome clause leaves it out.
_PAIR_WEIGHT = 0.6


def told_of_report_year(checks, q, p: int, s: int, fact: str) -> bool:  # noqa: ANN001 - Checks, QuestionAnalysis
    """Whether the plan of a year after the report's is asked (今年目标多少, of a report read in the January after
    its year) and the amount of sentence ``s`` is of the report's own year: a plan word beside it then tells what
    that year was measured against (2023年…完成了年初确定的目标任务：全年发稿860篇), not the plan asked.  Never under
    a heading of plans: a year there qualifies what the plan is for (对2023年列入计划…的58件提案实行跟踪督办)."""
    frame = checks.frame(p)
    wanted = checks.wanted_years(q, p) or []
    if q.kind != "number" or not fact or frame.year is None or not wanted or any(y <= frame.year for y in wanted):
        return False
    section = checks.index.section_norm[p]
    return not is_plan(section, "", frame.year) and not paper_plans(frame, section, checks.index.sentence_norm[p][s]) \
        and figure_year(frame, section, checks.index.sentence_norm[p][s], fact) == frame.year


def plan_sets_count(checks, q, best, shown: str) -> bool:  # noqa: ANN001 - the Checks, a QuestionAnalysis, a Result
    """Asked plainly how many of a thing the document only plans (发多少份问卷, 分几个小组: no outcome asked, no
    了 nor 实际), whether the answer is the plan's own figure for the very noun counted, in its clause and told as
    planned (面向教师和家长发放调查问卷1500份; 下设…3个专题小组): the plan sets it, and answers it."""
    if best.kind != "number" or not best.fact or not q.counted or question_mode(q.norm) is not None \
            or _OUTCOME_ASKED.search(q.norm):
        return False
    section, year = checks.index.section_norm[best.passage], checks.frame(best.passage).year
    sentence = checks.index.sentence_norm[best.passage][best.sentence]
    at = sentence.find(best.fact)
    if at < 0 or q.counted not in sentence[slice(*clause_bounds(sentence, at))] or not is_plan(section, "", year):
        return False  # (under a plan's heading only: a piece telling a meeting 将于…开幕 sets no figure of it)
    return is_plan(section, plan_span(sentence, at), year)


# An outcome asked without 了 (最后一共收到多少件, 结果有几个): no plan tells it.
_OUTCOME_ASKED = re.compile(r"最后|最终|结果")
