"""A figure's text that remembers where in its sentence the reader found it.

The same figure may be written twice in one sentence (共提交提案6件，比2023年的4件增加2件，其中个人提案4件): found
again by its text alone, the answer's 4件 is the first one, the year before's, and is shown with 2023年 though the
reader chose the report's own. ``FactReader`` (reading.py) hands on the place it read; ``frames.figure_year`` dates
the figure there. A str in every other use (a new string made from it, by slicing or joining, forgets the place).
"""

from __future__ import annotations

__all__ = ["PlacedFact", "placed", "place_in"]


class PlacedFact(str):
    """A fact's text with ``at``, where it starts in the sentence it was read in."""

    at: int = -1


def placed(text: str, at: int) -> str:
    """``text`` remembering that it starts at ``at`` in its sentence."""
    fact = PlacedFact(text)
    fact.at = at
    return fact


def place_in(sentence: str, fact: str) -> int | None:
    """Where the reader found ``fact`` in ``sentence``, when it remembers a place where the sentence writes it."""
    at = getattr(fact, "at", -1)
    return at if at >= 0 and sentence.startswith(fact, at) else None
