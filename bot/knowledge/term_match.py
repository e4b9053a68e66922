"""How strongly a text (a sentence, a paragraph, its surroundings) tells one term of a
question: the answerer's first pass (answer.py) scores each sentence by it. Not for choosing a
fact within a sentence (reading.py).
"""

from __future__ import annotations

import re

from .frames import is_plan
from .gazetteer import PARTIES, PARTY_KINDS
from .heads import SESSION_SHORT, session_told
from .numbers_told import without_item_numbers
from .index import PassageIndex
from .question import SHARE_WORDS, Term

_SHARE = re.compile(r"占[^,;。]{0,6}?\d+(?:\.\d+)?%")
# Since a term's first plenary session (9届1次会议以来, as normalised): since the term began, 本届以来.
_TERM_BEGAN = re.compile(r"\d+届1次(?:会议|全体会议|大会)以来|本届以来")
# A question's words for a running total over the term (本届以来, 累计): a text telling what came since
# the term began tells such totals, however it names that start.
_TERM_TOTAL_WORDS = ("本届", "累计")
# A time of the year (general Chinese) and its months: told by a date in one of them.
_TIME_OF_YEAR = {"年底": (11, 12), "年末": (11, 12), "岁末": (11, 12), "年终": (11, 12), "年初": (1, 2),
                 "年中": (6, 7), "上半年": (1, 6), "下半年": (7, 12)}
# Words by which a question says a plan is asked (提案目标多少件, 力争采用多少篇): a sentence telling a plan in
# its own words (力争全年提交提案30件以上, 全年计划开展…不少于1500场) tells them, whichever plan word it uses.
_PLAN_ASKED_WORDS = frozenset(("目标", "计划", "打算", "力争", "争取", "预计"))
MONTH_TOLD = re.compile(r"(?<![\d.])(1[0-2]|[1-9])月")


def months_told(text: str) -> list[str]:
    """The months ``text`` writes (4月, 12月28日), a numbered item's date too (1.5月17日 → 5: numbers_told.py)."""
    return MONTH_TOLD.findall(without_item_numbers(text))


def within_text(term: Term) -> bool:
    """Whether ``term_strength`` is 0 for every piece of a text it is 0 for (a sentence of a paragraph not telling the
    term): true where every way ``term_strength`` can tell the term is a string written in the text (an equivalent, a
    dictionary piece, each weighed apart from the text), never a pattern a piece could match apart from the rest (a
    plan in its own words, a month, a session, a running total, a share, an abbreviation's characters in order).
    The answerer's first pass reads such a term in no sentence of a paragraph that does not tell it (answer.py)."""
    text = term.text
    return term.known and text not in _PLAN_ASKED_WORDS and text not in _TIME_OF_YEAR and not SESSION_SHORT.fullmatch(text) \
        and text not in _TERM_TOTAL_WORDS and not (len(text) >= 3 and text.endswith("率")) and text not in SHARE_WORDS


def _equivalents_telling(index: PassageIndex, term: Term) -> tuple[PassageIndex, tuple[str, ...], tuple[str, ...], bool]:
    """(the index, the term's equivalents that tell it wherever written: longer than two characters, or a word of
    the documents; its single characters that tell it weakly; whether it names a session short, 9届4次): the same for
    every text, so worked out once per term and kept on it, for the index that weighed it, not for each sentence,
    paragraph and context."""
    strong = tuple(e for e in term.equivalents if len(e) > 2 or e in index.df or (len(e) == 2 and index.idf(e) is not None))
    weak = tuple(e for e in term.equivalents if len(e) == 1 and e not in strong)
    found = term.__dict__["_telling"] = (index, strong, weak, bool(SESSION_SHORT.fullmatch(term.text)))
    return found


def term_strength(index: PassageIndex, term: Term, text: str) -> float:
    """How strongly ``text`` tells a question's term, in [0, 1]: an equivalent written whole, a
    single character, a word the documents never use alone, a rate told as a share, pieces of a
    long term by how telling they are, an abbreviation's characters in order."""
    telling = term.__dict__.get("_telling")
    if telling is None or telling[0] is not index:
        telling = _equivalents_telling(index, term)
    for equivalent in telling[1]:
        if equivalent in text:
            return 1.0
    for equivalent in telling[2]:
        if equivalent in text:
            return 0.6  # one character inside some word: weak evidence
    if term.text in PARTY_KINDS and any(party in text for party in PARTIES):
        return 1.0  # 哪个党派提案最多 → 民盟某区委会提交7件，民进…: a party named is a 党派 told, as 经济界 a 界别
    if term.text in _PLAN_ASKED_WORDS and is_plan("", text, None):
        return 1.0  # 明年提案目标多少件 → 力争全年提交提案30件以上
    months = _TIME_OF_YEAR.get(term.text)
    if months and any(months[0] <= int(month) <= months[1] for month in months_told(text)):
        return 0.9  # 年底那个主席会议 → 12月28日,…主席会议: a date in that time of the year
    if telling[3] and session_told(term.text, text):
        return 1.0  # 9届4次 asked, 政协某县第9届委员会第4次会议 told (heads.meeting_ordinals)
    if term.text in _TERM_TOTAL_WORDS and _TERM_BEGAN.search(text):
        return 1.0  # 本届以来累计立案多少件 → 9届1次会议以来，…立案507件
    if not term.known and len(term.text) >= 2 and term.text in text:
        return 0.8  # a word the documents never use alone, written inside one of theirs (印成 inside 翻印成册)
    if len(term.text) >= 3 and term.text.endswith("率") and term.text[:-1] in text and _SHARE.search(text):
        return 0.9  # 满意率 told as 满意和基本满意的占97.2%: a rate is a share
    if term.text in SHARE_WORDS and _SHARE.search(text):
        return 0.9  # 占立案总数的比例 told as 占立案总数的15.5%: the share is the figure, not the word
    if len(term.text) >= 3 and term.text.endswith("类") and term.text[:-1] in text:
        return 0.9  # 乡村振兴类提案 asked, 围绕乡村振兴提交提案 told: a kind is named by its own word
    if term.parts:
        # Pieces of a long term count by their length and by how telling
        # they are: 工作 inside 提案工作 says little.
        credit = 0.0
        for part in term.parts:
            if part in text:
                idf = index.idf(part) or 0.0
                credit += len(part) / len(term.text) * min(1.0, idf / (term.weight or 1.0))
        if credit:
            return min(0.7, 0.7 * credit)
    if term.known and abbreviation_told(term.text, text):
        return 0.6  # 电商 for 电子商务: a word of the documents, written out in full here
    if not term.known and 2 <= len(term.text) <= 4:
        # An abbreviation: its characters in order, close together (抗疫 ~ 抗击疫情).
        position, first = 0, None
        for char in term.text:
            found = text.find(char, position)
            if found < 0:
                return 0.0
            first = found if first is None else first
            position = found + 1
        if len(term.text) < position - first <= 3 * len(term.text):
            return 0.6
    return 0.0


def abbreviation_told(word: str, text: str) -> bool:
    """Whether a two-character word stands in ``text`` as the abbreviation general Chinese makes of a four-character
    one, the first character of each of its halves (电商 of 电子商务, 医卫 of 医药卫生)."""
    return bool(abbreviation_at(word, text, 1))


def abbreviation_at(word: str, text: str, most: int = 8) -> list[int]:
    """Where the four-character words ``word`` abbreviates stand in ``text`` (运维 → 运行维护), at most ``most``."""
    if len(word) != 2 or word[0] not in text or word[1] not in text:
        return []
    # The first character, any CJK one, the second, any CJK one (a pattern per word cost more to build than to read).
    first, second = word
    found, at = [], text.find(first)
    while 0 <= at < len(text) - 3 and len(found) < most:
        if text[at + 2] == second and _CJK_FIRST <= text[at + 1] <= _CJK_LAST and _CJK_FIRST <= text[at + 3] <= _CJK_LAST:
            found.append(at)
        at = text.find(first, at + 1)
    return found


_CJK_FIRST, _CJK_LAST = "\u4e00", "\u9fff"


# A short bracketed part of a name (街道(镇), 县(区), 县(市、区)): a member writes it plainly (街道镇) or leaves it out.
_SHORT_BRACKET = re.compile(r"[(（]([\u4e00-\u9fff、]{1,4})[)）]")


def brackets_plain(text: str) -> str:
    """The text, and after it (on a line of its own) the text with each short bracketed part of a name written
    plainly (街道(镇)9个 → 街道镇9个), so that a question writing the name either way finds it; the text alone
    when it has no such part."""
    plain = _SHORT_BRACKET.sub(lambda m: m.group(1).replace("、", ""), text)
    return text if plain == text else text + "\n" + plain
