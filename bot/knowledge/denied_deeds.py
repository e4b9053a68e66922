"""A deed a question denies with 没 or 未 (没交提案的委员有多少, 没报送信息的有几名): one term with its
denial, told in a report as 未… (57名委员未提交提案), in every equivalent of the verb and with every common
denial word (不予立案的25件; 不符合立案标准的45件提案: those a rule kept from being filed), else the count of those who did (371名委员提交了提案) would answer it.  A member writes 没
where reports write 未 or 尚未; the segmenter splits 没交 into 没 + 交, so the denial is joined back here.
The phrase as a whole may be a known word (没交 is worded 未提交): its own equivalents are kept too.

Joined only where the documents write the denied deed in one of those wordings: where they tell those left
out otherwise (其余22件转为委员来信), 没立案 stays 没 + 立案.

A verb the question's stop words drop (通过, 过 of 没过 for 未通过) leaves the denial alone, or nothing: the
denied deed is read from the question's own words then (``_denied_stop_verb``).

Not 有没有 (有没有委员…: asks whether) nor a denial before a noun the question counts (没 + 委员 is no deed).
General Chinese only; used by question.py like ``merge_negated_words`` (negated_terms.py).
"""

from __future__ import annotations

from dataclasses import replace
import re

from .question_terms import Term

__all__ = ["merge_denied_deeds"]

_DENIALS = ("未", "没", "没有", "尚未", "未予", "不予", "不符合")  # 不予立案; 不符合立案标准: not filed
# Verbs of general Chinese a stop list drops (通过 is also "by means of"), each with the wordings a report
# writes it in: a member's 没过 (an exam, a review) is a report's 未通过.
_STOP_VERBS = {"通过": ("通过",), "过": ("通过",)}
_DENIED_STOP_VERB = re.compile(r"(?<!有)(没有|没|未|尚未)(通过|过)(?!程|去|来|半|多|少)")


def merge_denied_deeds(analysis, known_equivalents, index) -> None:  # noqa: ANN001 - a QuestionAnalysis
    """Joins a lone 没 / 未 and the verb right after it into one term; ``known_equivalents`` gives a
    phrase's equivalents when the lexicon knows it (没交 → 未提交 …); ``index`` (a PassageIndex) holds
    the documents' text."""
    merged = []
    stop_verb = _denied_stop_verb(analysis, index)
    if stop_verb is not None:
        lone = next((t for t in analysis.terms if t.text in ("没", "未")), None)
        weight = 2 * (lone.weight if lone is not None else 1.5)
        analysis.terms[:] = [t for t in analysis.terms if t is not lone]
        analysis.terms.append(replace(stop_verb, weight=weight))
    for term in analysis.terms:
        before = merged[-1] if merged else None
        phrase = (before.text + term.text) if before is not None else ""
        # 没有 is a stop word, no term of its own: 有多少件提案没有立案 denies the 立案 written right after it
        unseen = not (before is not None and before.text in ("没", "未", "不予") and phrase in analysis.norm) \
            and "没有" + term.text in analysis.norm
        if unseen:
            phrase = "没有" + term.text
        if (unseen or before is not None and before.text in ("没", "未", "不予") and phrase in analysis.norm) \
                and not re.search(r"有没|是不是", analysis.norm) and not term.entity \
                and re.fullmatch(r"[\u4e00-\u9fff]{1,3}", term.text) and not _noun_like(term.text):
            known = tuple(e for e in known_equivalents(phrase) if e != phrase)
            if len(term.text) < 2 and not known:
                merged.append(term)  # 没 + 报 (of 报社情民意): a lone character is no deed unless the phrase is a known word
                continue
            equivalents = tuple(dict.fromkeys(
                [phrase] + list(known) + [d + e for e in term.equivalents for d in _DENIALS]))
            if not _written(index, equivalents):
                merged.append(term)
                continue
            if unseen:
                merged.append(replace(term, text=phrase, weight=2 * term.weight, parts=(), equivalents=equivalents))
                continue
            merged[-1] = replace(term, text=phrase, weight=before.weight + term.weight, parts=(), equivalents=equivalents)
            continue
        merged.append(term)
    analysis.terms[:] = merged


def _denied_stop_verb(analysis, index):  # noqa: ANN001 - a QuestionAnalysis, a PassageIndex
    """The term of a denied verb the stop words drop (结业考试没过的有几个 → 未通过, as the report writes it),
    where the documents write it so; None otherwise."""
    found = _DENIED_STOP_VERB.search(analysis.norm)
    if found is None or re.search(r"有没|是不是", analysis.norm):
        return None
    phrase = found.group(0)
    equivalents = tuple(dict.fromkeys([phrase] + [d + v for v in _STOP_VERBS[found.group(2)] for d in _DENIALS]))
    if not _written(index, equivalents):
        return None
    return Term(phrase, 1.0, equivalents, entity=False, known=True)


def _noun_like(word: str) -> bool:
    """Words a denial stands before that name people or things, not deeds (没委员, 未成年)."""
    return word.endswith(("员", "人", "者", "年", "事", "会"))


def _written(index, wordings) -> bool:  # noqa: ANN001 - a PassageIndex
    """Whether any passage of the documents writes one of ``wordings`` (the index's own joined text, no copy of it)."""
    return any(w in index.corpus_text for w in wordings)

