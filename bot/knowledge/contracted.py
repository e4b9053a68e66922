"""A question's word written short of a document's by one inner character (公务车 for 公务用车, 培训费
for 培训经费): members drop a filler character the report writes.  Used by question_terms.make_term
for a word the documents never write, so it is searched and weighed as the document's word.
"""

from __future__ import annotations

__all__ = ["contraction_table", "contracted_from"]

# Characters a member never drops from inside a word: the grammar words and numerals that change what it says.
_NEVER_DROPPED = set("的了不没无非未已将和与及或被把所之其第几多少")


def contraction_table(index_words) -> dict[str, frozenset[str]]:  # noqa: ANN001 - the index's tokens (a mapping or set)
    """Each word as a member may shorten it (one inner character dropped, never the first nor the last, nor a
    grammar word) → the index tokens shortened so.  Built once per index (index.contracted): a lookup per question
    word then, not a pass over the whole vocabulary (100 000 tokens: ~20 ms a word)."""
    table: dict[str, set[str]] = {}
    for token in index_words:
        for i in range(1, len(token) - 1) if len(token) >= 4 else ():
            if token[i] not in _NEVER_DROPPED:
                table.setdefault(token[:i] + token[i + 1:], set()).add(token)
    return {short: frozenset(tokens) for short, tokens in table.items()}


def contracted_from(word: str, index_words=None, table: dict[str, frozenset[str]] | None = None) -> str | None:  # noqa: ANN001
    """The one index token that is ``word`` with one character more inside it (never first nor last),
    or ``None`` when there is none, or several (then the question's word says no one of them).  Read in ``table``
    (contraction_table) where given, else in the tokens ``index_words``."""
    if len(word) < 3:
        return None  # two characters leave too little to tell which word (公车 could be many)
    found = (table if table is not None else contraction_table(index_words or ())).get(word, frozenset())
    return next(iter(found)) if len(found) == 1 else None
