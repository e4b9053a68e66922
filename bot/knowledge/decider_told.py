"""How specifically a sentence answers a question asking which body decided or adopted something (这个计划是哪个会
通过的, 重点提案是谁审定的), where the sentence writes that very act with its body (已经县政协某届第某次主席会议研究
通过): the act asked is told, with who did it, though the question's other words (计划, 协商 in every sentence of a
plan) say little.

Used by the answerer's confidence (answer.py); the body itself is read by doers.decider_of. General Chinese only.
"""

from __future__ import annotations

from .doers import decider_of

__all__ = ["decider_spec"]

# What telling the act asked with its body adds to a sentence's specificity, as a share of the reference: about a
# strong word of the question's own.
_SHARE = 0.5


def decider_spec(question: str, sentence: str, fact: str, spec_ref: float) -> float:
    """``_SHARE`` of ``spec_ref`` when the fact read is the body the sentence writes deciding what is asked; else 0."""
    return _SHARE * spec_ref if fact and decider_of(question, sentence) == fact else 0.0
