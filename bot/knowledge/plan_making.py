"""A plan's making, told in its own preamble: a plan of a year (2019年度协商工作计划) tells, under its
title, how it came to be in the last months of the year before (2018年11月至12月，县政协办公室共征集到议题
建议87条，其中…提出29条。经…研究，最终确定16项重点协商议题).  Such a sentence is a deed done (提了几条,
确定了几项 ask it as a result) and the start of the plan alike (今年议题征集收到多少条 asks it of the
plan's year): it answers either, and no plan-or-result mismatch sinks it.

Only a sentence opening with a month (or months) of the report's results year, and the one right after it
that writes no date of its own, under a plan's heading, with no plan word of its own (拟, 计划…, which tell
what is still to come).

For: answer.Answerer._read_part, which lowers a sentence telling a plan where a result is asked (and
the reverse); not for whether a sentence is a plan (frames.is_plan).
"""

from __future__ import annotations

import re

from .frames import is_plan

__all__ = ["tells_plan_making"]

# 2018年11月至12月，… / 2018年4月，… / 2023年11月起，…: a month, or a span of months, opening the sentence.
_OPENING_MONTHS = re.compile(r"^((?:19|20)\d\d)年\d{1,2}月(?:(?:至|到|-|—)\d{1,2}月)?(?:份|间|期间|起)?[,，]")
# A date of its own; not a year naming the plan's (确定2024年度协商议题29项).
_DATED = re.compile(r"(?:19|20)\d\d年(?!度)|\d{1,2}月")


def tells_plan_making(section_norm: str, sentences, s: int, year: int | None) -> bool:  # noqa: ANN001 - a sentence list
    """Whether sentence ``s`` (of a passage's ``sentences``) tells how the plan under ``section_norm`` was
    made in the results ``year``: it opens with a month of that year, or follows one that does, writing no
    date of its own."""
    if year is None or not is_plan(section_norm, "", year) or is_plan("", sentences[s], year):
        return False
    opened = _OPENING_MONTHS.match(sentences[s])
    if opened is None and s > 0 and not _DATED.search(sentences[s]):
        opened = _OPENING_MONTHS.match(sentences[s - 1])
    return opened is not None and int(opened.group(1)) == year
