"""A person a question names in full is answered of only by a report that writes that person.

A member asks of someone by full name (王某某委员提了几件提案, 副主席李某带队视察了哪里).  A report that never writes
the name tells of somebody else: its sentence on another member's 30余条 information, or on the national chairman,
answers a question on a person it does not know.  So an answer (and each other report's answer told beside it)
stands only where its report writes every person the question names; where no report writes one, the question is
declined, as one the loaded reports cannot answer.  A slip in the name the index mends (the question as corrected)
is the report's own name.

The persons are read in the question by the readers reports are read with (people.find_person_names: a name
beside a post, 李某委员, 主席王某) and among its words, the names some report writes (index.names); a name read across
a word of the question (委员林栽了…, where 委员林 is the word), or one that is itself a word (代表常委会), is no person.  A name is checked in its report's whole
text (its passages and title), not the answering passage: a report's next paragraph may go on about them (他…).

For: answer.py (each part's answer, in the shared index and in each report's own, each_alone.py).  General Chinese only.
"""

from __future__ import annotations

from dataclasses import replace

from .people import find_person_names, is_surname_name
from .values import Result
from .doc_passages import doc_passages

__all__ = ["question_persons", "persons_told"]

# A "name" the general dictionary counts this often is a word (people.py reads report sentences with the same floor).
_WORD_FLOOR = 20


def _boundaries(norm: str, words: list[str]) -> set[int] | None:
    """The offsets in ``norm`` where its words start and end (None when the words cannot be placed)."""
    found, at = {0, len(norm)}, 0
    for word in words:
        start = norm.find(word, at)
        if start < 0:
            return None
        found.update((start, start + len(word)))
        at = start + len(word)
    return found


def question_persons(norm: str, index) -> list[str]:  # noqa: ANN001 - a PassageIndex
    """The persons the normalised question names in full: read beside a post, or a name some report writes, each
    standing on the question's word boundaries."""
    segmenter = index.segmenter
    words = segmenter.words(norm)
    bounds = _boundaries(norm, words)
    if bounds is None:
        return []
    found = [word for word in words if 2 <= len(word) <= 3 and word in index.names and index.contains(word)
             and is_surname_name(word, norm[norm.find(word) + len(word):], segmenter.word_frequency)]
    for name in sorted(find_person_names(norm, segmenter.word_frequency)):
        at = norm.find(name)
        if name in found or not 2 <= len(name) <= 3 or at not in bounds or at + len(name) not in bounds:
            continue
        # Read beside a post, a name no report writes is a person none tells of; a word (代表常委会: 常委会 after
        # 代表, a word of the reports or of general Chinese) is none.
        if not index.contains(name) and not index.in_vocabulary(name) and segmenter.word_frequency(name) < _WORD_FLOOR:
            found.append(name)
    return found


def _report_text(index, doc: int) -> str:  # noqa: ANN001 - a PassageIndex
    """A report's whole normalised text: its title and passages (made once per report)."""
    kept = index.__dict__.setdefault("_report_texts", {})
    if doc not in kept:
        passages = doc_passages(index, doc)
        kept[doc] = "\n".join([index.title_norm[passages[0]]] + [index.passage_norm[p] for p in passages]) if passages else ""
    return kept[doc]


def persons_told(index, norm: str, result: Result) -> Result:  # noqa: ANN001 - a PassageIndex
    """``result`` (the answer to the normalised question ``norm``) with each report's answer dropped whose report
    does not write every person the question names; declined when none is left."""
    if not result.answered or result.passage is None:
        return result
    persons = question_persons(norm, index)
    if not persons:
        return result
    kept = [link for link in result.chain() if link.passage is not None
            and all(person in _report_text(index, index.passage_doc[link.passage]) for person in persons)]
    if len(kept) == len(result.chain()):
        return result
    if not kept:
        return replace(result, answered=False, also=None)
    for first, second in zip(kept, kept[1:] + [None]):
        first.also = second
    return replace(kept[0], answered=True) if kept[0] is not result else kept[0]
