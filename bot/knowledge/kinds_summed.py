"""An amount summing a list of kinds does not answer a question asking one of them.

A report often sums several kinds in one clause (开展专题协商、"请你来协商"和对口协商活动共6次) and tells
each kind apart elsewhere (全年开展对口协商3次). A member asking one kind (对口协商去年搞了几次) wants its own
figure: the summed one counts the others too. The kind asked is an item of the list when it stands right
beside a joining word (、 和 及 与), and an item next to it across that word names another kind (one not
holding the asked word: 专题协商、"请你来协商" both hold 协商, so 协商活动一共几次 is answered by the sum).
A question naming the other kind too (专题协商和对口协商一共几次) asks the sum.

Figures told of each item (分别为96.3%和94.8%, 均达到100%) are no sum. Used by ``FactReader._fit_number``
(reading.py) on the amount it chose: a sum of kinds reads as a weak fit, so that a sentence telling the kind asked
answers; the sentence's figures keep their order. General Chinese only.
"""

from __future__ import annotations

import re

from .facts import Quantity, clause_bounds
from .question import QuestionAnalysis

__all__ = ["kinds_summed"]

_JOINERS = "、和及与"
_QUOTES = "\"'“”‘’"
# A joining word of a list, not a piece of a word (参与, 给予, 和美, 和谐, 及时, 涉及, 普及).
_JOIN = re.compile(r"、|(?<![参给授赋])与(?![会其])|(?<![平温谐饱共])和(?![美谐平睦])|(?<![涉普危波惠顾企触论以])及(?![时早格])")
# What closes the list's last item after its noun (对口协商活动共): no word of the kind.
_ITEM_TAIL = re.compile(r"(?:活动|工作)?(?:共计?|合计|总计|等)?$")


# An item of a list counted on its own (党组会议26次、): its figure, then the joining word.
_COUNTED_ITEM = re.compile(r"\d[^、,，;；]*?(?:、|和|及|与)")
# Two terms of a question joined (满意和基本满意率, 调研与视察): the question asks them together.
_JOINED_IN_QUESTION = re.compile(f"_[{_QUOTES}]?[{_JOINERS}][{_QUOTES}]?_")


# Figures told of each item (分别为96.3%和94.8%, 均达到100%): no sum.
_EACH = re.compile(r"分别|均|各(?:为|达|有)")


def _blank_terms(q: QuestionAnalysis) -> str:
    """The question with each of its terms written as _ (满意和基本满意率 → _和__率)."""
    text = q.norm
    for term in sorted(q.terms, key=lambda t: -len(t.text)):
        if term.text:
            text = text.replace(term.text, "_")
    return text


def _items(lead: str) -> list[tuple[int, int]]:
    """The items of a list: the runs between joining words."""
    cuts = [m.start() for m in _JOIN.finditer(lead)]
    return [(a + (a > 0), b) for a, b in zip([0] + cuts, cuts + [len(lead)]) if b > a + (a > 0)]


def kinds_summed(q: QuestionAnalysis, sentence: str, quantity: Quantity) -> bool:
    """Whether the amount's own clause sums a list of kinds of which the question asks one only."""
    start, _ = clause_bounds(sentence, quantity.start)
    lead = _COUNTED_ITEM.split(sentence[start:quantity.start])[-1]  # not 党组会议26次、 before it: an item of its own
    if not _JOIN.search(lead) or _JOINED_IN_QUESTION.search(_blank_terms(q)) or _EACH.search(sentence, start):
        return False  # (满意和基本满意率 asked: the kinds together)
    items = _items(lead)
    for words in _asked_kinds(q):
        for word in words:
            if len(word) < 2:
                continue
            at = lead.rfind(word)
            if at < 0:
                continue
            n = next((i for i, (a, b) in enumerate(items) if a <= at < b), None)
            if n is None or at + len(word) > items[n][1]:
                continue  # a word holding a joining word: no item of a list
            # The asked kind opens its item or closes it (和对口协商活动共, 对口协商、界别协商), quotes aside.
            opens = not lead[items[n][0]:at].strip(_QUOTES)
            closes = not _ITEM_TAIL.sub("", lead[at + len(word):items[n][1]]).strip(_QUOTES)
            neighbours = ([items[n - 1]] if opens and n > 0 else []) + ([items[n + 1]] if closes and n + 1 < len(items) else [])
            if any(_other_kind(lead[a:b], words, q) for a, b in neighbours):
                return True
    return False


def _asked_kinds(q: QuestionAnalysis) -> list[tuple[str, ...]]:
    """The kinds the question names: each term with its equivalents, and each run of terms written together
    (对口协商 of 对口 and 协商), as written."""
    kinds = [t.equivalents for t in q.terms if len(t.text) >= 2]
    spans = sorted({m.span() for t in q.terms if t.text for m in re.finditer(re.escape(t.text), q.norm)})
    run_start, run_end = None, None
    for a, b in spans + [(-1, -1)]:
        if run_end is not None and a == run_end:
            run_end = b
            continue
        if run_start is not None and q.norm[run_start:run_end] not in (t.text for t in q.terms):
            kinds.insert(0, (q.norm[run_start:run_end],))
        run_start, run_end = a, b
    return kinds


def _other_kind(item: str, words: tuple[str, ...], q: QuestionAnalysis) -> bool:
    """Whether a listed item names a kind other than the asked one, and one the question does not name: neither
    its own noun (专题协商 of 全年围绕乡村振兴开展专题协商) nor another word of the question (春联 of 春联福字)."""
    item = _ITEM_TAIL.sub("", item.strip(_QUOTES + " "))
    if len(item) < 2 or any(w in item for w in words):
        return False
    named = any(len(t.text) >= 2 and t.text in item and not any(t.text in w for w in words) for t in q.terms)
    return not named and item[-4:] not in q.norm
