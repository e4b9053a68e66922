"""Small shifts of a sentence's rank for shapes that tell it cannot answer a kind of question, each a module of its own:
a when-question's meeting named only as the qualifier of another meeting (meeting_within.py), a which-agency question
read in a sentence naming no agency (agency_asked.py).

Used by the answerer's ranking (answer.py): the amount to take off a sentence's rank.
"""

from __future__ import annotations

from .agency_asked import agency_untold
from .meeting_within import meeting_within
from .question import KIND_WHEN, QuestionAnalysis

__all__ = ["rank_penalty"]

MEETING_WITHIN_PENALTY = 0.15  # 十一届二次会议预备会议 for 十一届二次会议啥时候开的
AGENCY_UNTOLD_PENALTY = 0.25  # a sentence naming no agency for 哪个单位主办


def rank_penalty(q: QuestionAnalysis, sentence: str) -> float:
    penalty = MEETING_WITHIN_PENALTY if q.kind == KIND_WHEN and meeting_within(q.norm, q.terms, sentence) else 0.0
    return penalty + (AGENCY_UNTOLD_PENALTY if agency_untold(q.norm, sentence) else 0.0)
