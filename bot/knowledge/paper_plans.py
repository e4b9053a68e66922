"""What a plan paper's own sections tell: its plan, save where they look back.

A paper whose title is only a plan of one year (2024年度协商工作计划: frames.DocFrame.plan_paper) reviews the
year before under a heading saying so (二、2023年协商工作回顾) and, in every other section, sets out the year
planned — its guiding ideas (2024年是…成立75周年), its rules (四、工作要求: 全年举办培训班2期) and its
schedule — though those headings hold no plan word (安排, 计划 …) of frames.is_plan.  A sentence there opening on
the year reviewed or one before (2023年11月起，…征集议题) still tells what was done.

An item of the plan marked done (时间：1月（已完成）: the plenary session held before the paper was issued) tells
what was done, though under the plan's heading (marked_done).

Used by answer.py (plan or result told), checks.py (an event only planned), plan_result.py (a figure of the report's own year) and
frames.figure_year (a plan's figure is of the year planned).
"""

from __future__ import annotations

import re

__all__ = ["paper_plans", "marked_done", "looks_back"]

# A heading looking back: a review, a summary, what was done or achieved.
_LOOKS_BACK = re.compile(r"回顾|总结|情况|成效|成绩|成果|进展|过去|去年|上年")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
# A sentence opening on a year (2023年11月起, 2023年,): dated by it.
_OPENS_ON_YEAR = re.compile(r"^((?:19|20)\d\d)年")


def paper_plans(frame, section_norm: str, sentence_norm: str) -> bool:  # noqa: ANN001 - a frames.DocFrame
    """Whether ``sentence_norm`` (normalised), under the heading path ``section_norm`` of a document read in
    ``frame``, tells the plan of a plan paper: not under a heading looking back or naming the year reviewed
    (or one before), and not opening on such a year itself."""
    if not frame.plan_paper or not frame.reviews or frame.year is None:
        return False  # (a paper with no review apart tells nothing by its sections: its plans carry their words)
    if _LOOKS_BACK.search(section_norm) or any(int(y) <= frame.year for y in _YEAR.findall(section_norm)):
        return False
    opened = _OPENS_ON_YEAR.match(sentence_norm)
    return not (opened and int(opened.group(1)) <= frame.year)


# An item marked as done in brackets: (已完成), (已召开), (已举办).
_DONE_MARK = re.compile(r"[(（]已(?:经)?(?:完成|召开|举办|举行|结束|开展)[)）]")


def looks_back(heading_norm: str) -> bool:
    """Whether a heading (normalised) looks back (二、2023年协商工作回顾): a plan paper having one sets its review apart."""
    return bool(_LOOKS_BACK.search(heading_norm))


def marked_done(passage_norm: str) -> bool:
    """Whether a plan's item (its paragraph, normalised) is marked done: its sentences tell results."""
    return bool(_DONE_MARK.search(passage_norm))
