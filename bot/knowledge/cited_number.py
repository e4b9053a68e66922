"""The number (文号) of a paper a report cites in its sentences: 印发《某委员会关于…的实施意见》（某政协发〔2023〕3号）.

Asked 关于…的实施意见文号是多少, the number is the one written in brackets right after the title the question
names (its words after 关于, the issuer's name left out); a paper's own number line under its title is
notice_facts.py's.  General layout of Chinese official papers only: a title in 《》, its number in brackets.
"""

from __future__ import annotations

import re

from .faq_match import bigrams

__all__ = ["cited_number"]

# A title in 《》 and the number in brackets right after it: the issuer's mark, the year in 〔〕, the number.
_CITED = re.compile(r"《([^《》]{4,80})》[(（]([\u4e00-\u9fff]{1,12}[\[〔(（【]\d{4}[\]〕)）】]第?\d{1,4}号)[)）]")
# What the title names after its issuer (政协某市委员会关于…): the paper's own words.
_ISSUER = re.compile(r"^.*?关于")
# How much of the title's own words the question must write to name it.
_NAMED_SHARE = 0.8


def cited_number(index, norm: str) -> tuple[str, int, int] | None:  # noqa: ANN001 - a PassageIndex
    """The number of the cited paper whose title the question ``norm`` names, as written, with its
    (passage, sentence); None when no cited paper's title is named."""
    asked = bigrams(norm)
    best: tuple[float, tuple[str, int, int]] | None = None
    for p in range(index.size):
        for s, written in enumerate(index.passages[p].sentences):
            if "号" not in written:
                continue  # (no number written: most sentences of a shelf, skipped before the pattern)
            for m in _CITED.finditer(written):
                own = bigrams(_ISSUER.sub("", m.group(1)))
                share = len(own & asked) / max(len(own), 1)
                if share >= _NAMED_SHARE and (best is None or share > best[0]):
                    best = share, (m.group(2), p, s if s < len(index.sentence_norm[p]) else 0)
    return best[1] if best else None
