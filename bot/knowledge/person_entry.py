"""An entry of a list (葛某（医药卫生界，某医院副院长）：全年报送信息41条，被采用23条…; a table's row read as
农业界：提案39件，社情民意信息97条，采用45条。 under its header line 界别｜提案（件）｜…): a sentence opening with a
person's name and brackets, or a row's first cell, then a colon and figures of that one item's own.  A count asked
of no such item (社情民意被采用了多少条) is the whole body's, told elsewhere; the entry's figures rank after it
(and still answer where nothing else does).  Not a clause opening on what a study found (调研显示：全县现有…).

Used by the answerer's ranking (answer.py); general Chinese layout only.
"""

from __future__ import annotations

import re

from .facts import find_quantities

__all__ = ["one_items_entry"]

# A person's entry: the name, their brackets, then the colon (normalised: ASCII brackets and colon).
_PERSON = re.compile(r"([\u4e00-\u9fff]{2,4})[(（][^()（）]{2,40}[)）][:：]")
# A table row read as a sentence: its first cell, then the colon (table_rows.py).
_ROW = re.compile(r"([^:：|｜,，。]{2,12})[:：]")


def one_items_entry(index, p: int, s: int, question: str) -> bool:  # noqa: ANN001 - a PassageIndex
    """Whether sentence ``s`` of passage ``p`` is one item's entry of figures (two or more) and the question
    names not that item: a person's entry, or a row under a table's header line."""
    sentence = index.sentence_norm[p][s]
    entry = _PERSON.match(sentence) or (_ROW.match(sentence) if _under_header(index, p, s) else None)
    return bool(entry) and entry.group(1) not in question and len(find_quantities(sentence[entry.end():])) >= 2


def _under_header(index, p: int, s: int) -> bool:  # noqa: ANN001 - a PassageIndex
    """Whether a table's header line (cells parted by |) stands above the sentence, only rows between."""
    lines = list(reversed(index.sentence_norm[p][:s]))
    back = p - 1
    while back >= 0 and index.passage_doc[back] == index.passage_doc[p] and p - back <= _ROWS_AT_MOST:
        lines += list(reversed(index.sentence_norm[back]))
        back -= 1
    for line in lines:
        if "|" in line or "｜" in line:
            return True
        if not _ROW.match(line):
            return False
    return False


_ROWS_AT_MOST = 30  # a text-line table's rows a sentence may stand below its header
