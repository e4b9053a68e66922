"""Patterns built from words (a place, a unit, a figure, a name), compiled once each.

``re`` keeps only its last 512 patterns and drops the oldest.  Answering a question on a shelf builds
patterns from the question's and the documents' words for every report read alone (each_alone.py), and
that stream pushed out the fixed patterns every module uses, which ``re`` then compiled again for each
question (about 7 ms of a shelf question's time went to compiling).  Built patterns kept here compile once
and leave ``re``'s own cache to the fixed ones.  ``pattern(p)`` is exactly ``re.compile(p)``: no flags.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["pattern"]


@lru_cache(maxsize=8192)
def pattern(text: str) -> re.Pattern:
    """``re.compile(text)``, kept (a few thousand built patterns at most: under a few MB)."""
    return re.compile(text)
