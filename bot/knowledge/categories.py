"""A category asked by its qualifier and a category word (科教文卫类提案, 经济方面的提案, 城乡建设领域):
reports name one category of a breakdown by any of these words (经济方面72件, 经济建设类152件,
农业农村领域) or by what its items are about (涉及金融服务的12件), so the category word asked is told
by any of them right after the qualifier (or the qualifier after 涉及, 关于, 有关 and before 的), and the
qualifier alone, inside another name (科教文卫体委员会), tells the category only in part.

Used by ``analyse`` (question.py) on a question's terms; not for choosing among a sentence's
figures (breakdowns.py, figures.py).
"""

from __future__ import annotations

import re

# General Chinese: the words a breakdown names a category by, after its qualifier.
CATEGORY_WORDS = ("类", "方面", "领域")
# A breakdown may name a category by what its items are about instead (涉及金融服务的12件, 关于教育的31件).
_ABOUT_WORDS = ("涉及", "关于", "有关")
_SUFFIX_TERMS = ("类", "领域")  # 方面 is a stop word: never a term of its own, read from the question


def merge_category_words(analysis) -> None:  # noqa: ANN001 - a QuestionAnalysis
    """Joins each qualifier the question writes right before a category word (经济 + 类 of 经济类提案,
    经济 before 方面) into one term of the category, told by the qualifier with any category word."""
    terms, merged = analysis.terms, []
    for term in terms:
        before = merged[-1] if merged else None
        if term.text in _SUFFIX_TERMS and before is not None and _qualifier(before) \
                and before.text + term.text in analysis.norm:
            merged[-1] = _category(before, term.text, before.weight + term.weight)
            continue
        if _qualifier(term) and term.text + "方面" in analysis.norm:
            term = _category(term, "方面", term.weight)
        merged.append(term)
    analysis.terms[:] = merged


def _qualifier(term) -> bool:  # noqa: ANN001 - a Term
    """A word that can name a category: two or more Chinese characters, no category word itself."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,8}", term.text)) and not term.text.endswith(CATEGORY_WORDS) \
        and not term.named


def _category(term, word: str, weight: float):  # noqa: ANN001, ANN202 - a Term
    """The term of the category: the qualifier with each category word; the qualifier alone a part."""
    equivalents = tuple(e + w for e in term.equivalents if len(e) >= 2 for w in CATEGORY_WORDS) \
        + tuple(w + e + "的" for e in term.equivalents if len(e) >= 2 for w in _ABOUT_WORDS)
    return type(term)(term.text + word, weight, equivalents, term.entity, term.known,
                      tuple(dict.fromkeys(term.equivalents + term.parts)), term.named)
