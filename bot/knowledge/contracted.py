"""A question's word written short of a document's by one inner character (公务车 for 公务用车, 培训费
for 培训经费): members drop a filler character the report writes.  Used by question_terms.make_term
for a word the documents never write, so it is searched and weighed as the document's word.
"""

from __future__ import annotations

__all__ = ["contracted_from"]

# Characters a member never drops from inside a word: the grammar words and numerals that change what it says.
_NEVER_DROPPED = set("的了不没无非未已将和与及或被把所之其第几多少")


def contracted_from(word: str, index_words) -> str | None:  # noqa: ANN001 - the index's tokens (a mapping or set)
    """The one index token that is ``word`` with one character more inside it (never first nor last),
    or ``None`` when there is none, or several (then the question's word says no one of them)."""
    if len(word) < 3:
        return None  # two characters leave too little to tell which word (公车 could be many)
    found = {
        token for token in index_words
        if len(token) == len(word) + 1 and token[0] == word[0] and token[-1] == word[-1]
        and any(token[:i] + token[i + 1:] == word and token[i] not in _NEVER_DROPPED for i in range(1, len(token) - 1))
    }
    return next(iter(found)) if len(found) == 1 else None
