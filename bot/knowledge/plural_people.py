"""A plural noun of people written with 们 (老人们, 居民们, 家长们) where the documents write the noun alone.

Read as written, 老人们 is cut 老 + 人们 (人们, people, being a word), and neither piece finds the sentence telling
of the 老人.  Where the documents write the noun (a word of their own) but never with 们, the question's 们 is
dropped: 老人们最操心什么 asks what 老人 do.  Pronouns (我们, 他们, 咱们) are left as they are.

Used by question.py on the question's words, before they are cut; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["plural_dropped"]

# A two-character noun before 们, not a pronoun's own character (我们, 他们, 她们, 它们, 咱们, 你们).
_PLURAL = re.compile(r"([\u4e00-\u9fff][^\W\d_我你他她它咱])们")


def plural_dropped(norm: str, index) -> str:  # noqa: ANN001 - a PassageIndex (corpus_text, in_vocabulary)
    """``norm`` without the 们 of each noun the documents write as a word of their own, never with 们."""
    in_vocabulary, corpus = getattr(index, "in_vocabulary", None), getattr(index, "corpus_text", None)
    if in_vocabulary is None or corpus is None:
        return norm
    def dropped(match: re.Match) -> str:
        noun = match.group(1)
        if in_vocabulary(noun) and noun + "们" not in corpus:
            return noun
        return match.group(0)
    return _PLURAL.sub(dropped, norm)
