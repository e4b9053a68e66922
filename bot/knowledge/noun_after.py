"""Amounts of one measure word told side by side for unlike things (分布在全市2个区、4个县): the
question names the thing it counts right after its measure word (几个县), and of the amounts the
sentence tells with that measure word, only those followed by that noun answer it. Without this the
two would be read as one answer (2个区、4个) or the first one taken. A noun of a grade (4个1级指标、15个2级指标)
is told apart from the same noun of another grade the same way.

Used by reading.py when it weighs and joins the amounts of a sentence.
"""

from __future__ import annotations

import re
from .facts import clause_bounds
from .patterns import pattern
from functools import lru_cache

__all__ = ["asked_noun", "counted_elsewhere", "noun_follows", "other_noun"]


@lru_cache(maxsize=4096)  # asked for each figure of each sentence read closely: a pattern per unit, built once
def asked_noun(q_norm: str, unit: str) -> str | None:
    """The noun of one character the question counts right after its measure word (几个县 → 县); a
    longer noun (几家承办单位) may be shortened by the document (49家单位), so it picks nothing."""
    if not unit:
        return None
    found = pattern(r"(?:多少|几)" + re.escape(unit) + r"([\u4e00-\u9fff])(?![^的里中呢啊吗?!。,(（])").search(q_norm)
    return found.group(1) if found else None  # 多少个村(社区): the brackets only add another name of it


# The word right after an amount, up to a particle, a joiner or a mark (4个县区的…, 31个传统村落,).
_WORD_AFTER = re.compile(r"[^\W\d的之和与及、]{1,6}")


def _counts_noun(sentence: str, end: int, noun: str) -> bool:
    """Whether the word after an amount is the one-character noun asked or a compound of it: ending in
    it (12个行政村) or with a last word it starts (31个传统村落 for 村); not one merely holding it (3个社区
    for 区)."""
    word = _WORD_AFTER.match(sentence, end)
    text = word.group(0) if word else ""
    return text[:1] == noun or text[-1:] == noun or text[-2:-1] == noun


@lru_cache(maxsize=4096)
def _asked_long_noun(q_norm: str, unit: str) -> str | None:
    """The noun of two to six characters the question counts right after its measure word, ending the
    question or a particle (多少个行政村 → 行政村)."""
    if not unit:
        return None
    found = pattern(r"(?:多少|几)" + re.escape(unit) + r"([\u4e00-\u9fff]{2,6}?)(?=[的里中呢啊吗?!。,(（]|$)").search(q_norm)
    return found.group(1) if found else None


def _other_long_noun(q_norm: str, sentence: str, quantity, quantities) -> bool:
    """走访14个乡镇、37个行政村 asked 多少个行政村: another amount of the measure word in the same clause is
    written with the very noun asked, while this one is written with a word sharing no character with it (乡镇); a
    shortened name (49家单位 for 承办单位) shares one and is kept."""
    noun = _asked_long_noun(q_norm, quantity.unit)
    word = _WORD_AFTER.match(sentence, quantity.end)
    if noun is None or word is None or sentence.startswith(noun, quantity.end) or set(word.group(0)) & set(noun):
        return False
    return any(other is not quantity and other.unit == quantity.unit and _written_at(sentence, noun, other.end)
               and not re.search(r"[,，;；:：。]", sentence[min(quantity.end, other.end):max(quantity.start, other.start)])
               for other in quantities)  # items of one clause (…、37个行政村), not 办理的431件中…；…25件提案


def _written_at(sentence: str, noun: str, at: int) -> bool:
    """Whether the noun is written at ``at``, another name of a part in brackets too (乡镇(街道) for 乡镇街道)."""
    return sentence.startswith(noun, at) or re.sub(r"[()（）]", "", sentence[at:at + len(noun) + 4]).startswith(noun)


# A noun written with its grade (1级指标, 2类项目, 3等奖 as normalised from 一级, 二类, 三等), counted after the
# measure word (几个1级指标) or before the asking words (2级指标一共多少个).
_GRADED = r"(\d+)([级类等档])([\u4e00-\u9fff]{1,5}?)"


@lru_cache(maxsize=4096)
def _asked_graded(q_norm: str, unit: str) -> tuple[str, str, str] | None:
    """The grade, its word and the noun of a graded noun the question counts (几个1级指标 → 1, 级, 指标)."""
    if not unit:
        return None
    found = pattern(r"(?:多少|几)" + re.escape(unit) + _GRADED + r"(?=[的里中呢啊吗?!。,(（]|$)").search(q_norm) \
        or pattern(r"(?<!\d)" + _GRADED + r"(?:一共|总共|共|合计|总计|累计|有|是)*(?:多少|几)" + re.escape(unit)).search(q_norm)
    return found.groups() if found else None


def _other_grade(q_norm: str, sentence: str, quantity, quantities) -> bool:
    """涵盖4个1级指标、15个2级指标 asked 几个1级指标: the amount is written with the noun of another grade while
    another amount of the measure word is written with the very grade asked (a grade names a kind of its own)."""
    asked = _asked_graded(q_norm, quantity.unit)
    if asked is None:
        return False
    grade, word, noun = asked
    told = pattern(r"(\d+)" + word + re.escape(noun)).match(sentence, quantity.end)
    if told is None or told.group(1) == grade:
        return False
    written = grade + word + noun
    return any(other is not quantity and other.unit == quantity.unit and sentence.startswith(written, other.end)
               for other in quantities)


def other_noun(q_norm: str, sentence: str, quantity, quantities) -> bool:
    """Whether the amount counts another thing than the question while an amount of the same measure
    word in the sentence counts the asked one (几个县 → not 2个区 of 2个区、4个县; 多少个行政村 → not
    14个乡镇 of 14个乡镇、37个行政村)."""
    if _other_grade(q_norm, sentence, quantity, quantities):
        return True
    noun = asked_noun(q_norm, quantity.unit)
    if noun is None:
        return _other_long_noun(q_norm, sentence, quantity, quantities)
    if sentence[quantity.end:quantity.end + 1] in (noun, "") or _counts_noun(sentence, quantity.end, noun):
        return False
    if not re.match(r"[\u4e00-\u9fff]", sentence[quantity.end:quantity.end + 1]):
        return False  # 14个， the noun told before it: nothing says it counts another thing
    return any(other is not quantity and other.unit == quantity.unit and _counts_noun(sentence, other.end, noun)
               for other in quantities)


def noun_follows(q_norm: str, sentence: str, quantity) -> bool:
    """Whether the amount is followed by the one-character noun the question counts (几个组 → 分4个组),
    which the question's words, of two characters or more, do not find."""
    noun = asked_noun(q_norm, quantity.unit)
    return noun is not None and _counts_noun(sentence, quantity.end, noun)


# Words linking a noun to its amount (托位达到40个, 共有托位40个 is read from the noun on).
_COMPARED_OR_CHANGED = re.compile(r"比|较|同比|环比|增|减|多|少|提高|下降|上升|降低")
# An amount written right after a noun of its own (托班2个, 用房420平方米): not after a verb of having or being.
_NOUN_BEFORE = re.compile(r"[\u4e00-\u9fff](?<![有为是达了共约近超逾至到计仅只占])$")
_LINK_BEFORE = re.compile(r"(?:共有|共|有|了|达|为|是|达到|共计|总计|合计|累计)+$")


def _written_beside(words: tuple[str, ...], sentence: str, quantity) -> bool:
    """Whether the amount is written right after one of the words (提供托位40个) or right before it (40个托位)."""
    before = _LINK_BEFORE.sub("", sentence[:quantity.start])
    return any(before.endswith(w) or sentence.startswith(w, quantity.end) for w in words)


def counted_elsewhere(counted: tuple[str, ...], sentence: str, quantity, quantities) -> bool:
    """Whether the amount counts another thing than the noun the question counts after 多少 (有多少托位 → the
    words ``counted``) while another amount of the sentence is written right beside that noun: 开设托班2个,提供
    托位40个 tells 40个, not the 2个 whose clause never names 托位 (nor 用房420平方米 of 用房420平方米改建托育点,
    提供托位60个). The question's other words name whose amount it is, and they stand nearer the wrong one."""
    if not counted:
        return False
    a, b = clause_bounds(sentence, quantity.start)
    if any(w in sentence[a:b] for w in counted) or _COMPARED_OR_CHANGED.search(sentence, a, quantity.start) \
            or not _NOUN_BEFORE.search(sentence, a, quantity.start):
        # A baseline or a change counts what the clause before does (…学生126名，比2022年的98名多了28名); an amount
        # after 有 or opening its clause (柳岸乡有7名, …，6篇获批示) is an item told with the noun left out.
        return False
    own = sentence[max(a, quantity.start - 2):quantity.start]  # 经济界别提交提案58件；教育界别41件: an item of a
    return any(other is not quantity and _written_beside(counted, sentence, other)  # list, its noun left out, names
               and own not in sentence[clause_bounds(sentence, other.start)[0]:other.start] for other in quantities)  # its own
