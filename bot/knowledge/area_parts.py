"""A whole area's figure and one locality's: which answers a count asked of which.

A count asked of the whole area (全县一共开展了多少场) is not answered by a sentence giving one
locality's (各镇中，青石镇…开展活动112场，居全县首位): the locality written before the amount is
what is counted, 全县 after it only ranks it.  A count asked of one locality (白沙镇开展了多少场) is
not answered by a figure told of no locality at all, none named before it in its paragraph (全年共开展…960余场: the whole
area's) nor of another (other_locality in named_things.py).

Which town a village is in (杏花村是哪个镇的) is the town written right before it (桃源镇杏花村); so is a town's
district (某镇属于哪个区 → 某山区某镇), a district though its name ends like the common noun 山区.

For: the number reader's fit and the what-reader (reading.py).  General Chinese only: localities by their kind words
(镇, 乡, 街道, 村, 社区), the whole by 全县 / 全市 / 全区 / 全镇 / 全乡.
"""

from __future__ import annotations

import re

from .facts import clause_bounds
from .named_things import NO_LOCALITY, named_localities
from .question import QuestionAnalysis

__all__ = ["area_mismatch", "area_above", "asks_area_above", "district_above", "smaller_area_told"]

_WHOLE = re.compile(r"全(?:县|市|区|省|镇|乡)(?!委|政府|人大|政协)")


# A county or district named (某某县, 某某区), not a word of them all (各县, 县区, 市县, 全县, 城区, 辖区, 社区).
_COUNTY = re.compile(r"[\u4e00-\u9fff]{2}(?<![各全市县本该每城辖社山园景片小街])(?:县|区)(?![委政人直级域])")


def _lower_area(whole: str, clause: str) -> bool:
    """Whether the whole city asked (全市) has one county's or district's count told: named in the amount's clause."""
    return whole == "全市" and bool(_COUNTY.search(clause))


def area_mismatch(q: QuestionAnalysis, sentence: str, fact: str, paragraph: str, contains) -> float:  # noqa: ANN001
    """How much less the amount ``fact`` of ``sentence`` fits for counting another area than the question
    asks (1.0: no other): one locality's (named before the amount in its sentence) for the whole area
    asked; the whole area's (no locality named in the sentence or before it in its ``paragraph``) for a locality asked
    that the documents write (``contains``), least where the sentence writes the whole (全县…156个)."""
    at = sentence.find(fact) if fact else -1
    if at < 0:
        return 1.0
    start = clause_bounds(sentence, at)[0]
    whole_before = next((m for m in _WHOLE.finditer(sentence, 0, at)), None)
    asked = [m for m in named_localities(q.norm) if contains(m.group(0))]
    if not asked:
        # 全县 written before the amount (全县共开展960余场) counts the whole, whatever locality follows.
        told_whole = whole_before is not None and whole_before.start() >= start
        whole = _WHOLE.search(q.norm)
        return 0.5 if whole and (named_localities(sentence[:at]) or _lower_area(whole.group(0), sentence[start:at])) \
            and not told_whole else 1.0
    at_sentence = paragraph.find(sentence)
    before = paragraph[:at_sentence] if at_sentence >= 0 else paragraph  # the paragraph up to this sentence
    if any(m.group(0) in sentence or m.group(0) in before for m in asked) or named_localities(sentence):
        return 1.0
    return 0.25 if whole_before is not None else 0.5


# Levels from the largest down: 全县 asked is not told by 全村 (a village's whole) nor 全镇.
_LEVELS = {"国": 0, "省": 1, "市": 2, "县": 3, "区": 3, "镇": 4, "乡": 4, "街道": 4, "村": 5, "社区": 5}
_ANY_WHOLE = re.compile(r"全(国|省|市|县|区|镇|乡|街道|村|社区)(?!委|政府|人大|政协|民|体|面|部|年|程|力|国)")


def smaller_area_told(question: str, before: str) -> bool:
    """Whether a whole area asked (全县农民人均收入多少) is answered by an amount of a smaller area: its sentence up to the
    amount (``before``) writes a smaller whole (全村…;农民人均可支配收入达到17850元) or one locality (帮助某某村…,茶园总面积
    达到1450亩; not a 社区 nor a kind word beginning a noun, 持证社区工作者, 村级) and no whole as large as the one asked."""
    asked = _ANY_WHOLE.search(question)
    if asked is None or _LEVELS[asked.group(1)] > 3:
        return False  # (a village's or a town's whole asked: its own name picks the answer)
    level = _LEVELS[asked.group(1)]
    told = [_LEVELS[m.group(1)] for m in _ANY_WHOLE.finditer(before)]
    if any(t <= level for t in told):
        return False
    if any(_LEVELS.get(m.group(1), 4) > level for m in _SOME_LOCALITIES.finditer(before)):
        return True  # 3个帮扶村共有…356人实现脱贫: the group's figure, not the county's
    return any(t > level for t in told) or any(m.group(2) != "社区" and not _ATTRIBUTIVE_AFTER.match(before, m.end())
                                               and not _IN_A_LIST.match(before, m.end()) and not before[:m.start()].endswith("、")
                                               and not _KIND_AFTER.match(before, m.end())
                                               and not m.group(1).startswith("行政") for m in named_localities(before))


# A counted group of localities opening its clause as what the figure after it is of (3个帮扶村共有…, 5个试点社区
# 累计…): some of the area's villages or towns, not the whole; not where work went (深入3个乡镇调研).
_SOME_LOCALITIES = re.compile(r"(?:^|[,，;；。])(?:\d{4}年(?:\d{1,2}月)?,?)?\d+个[\u4e00-\u9fff]{0,4}?(村|社区|乡镇|镇|乡|街道)"
                              r"(?![级民委务干])")
# A locality in a list of places gone to (深入甲镇、乙乡等6个乡镇调研): where the work went, not what a figure after it is
# of; and 行政村 is the kind (共有行政村1126个), no village named.
_IN_A_LIST = re.compile(r"[、等]")
# A kind word run on into another (6个产茶乡镇, 镇村): the kind of places, none named.
_KIND_AFTER = re.compile(r"[镇乡村]")
# What makes a locality's kind word part of a noun of its own (村级, 镇干部, 村民): no locality named.
_ATTRIBUTIVE_AFTER = re.compile(r"级|工作|干部|服务|治理|居民|民|医生|卫生|党|委|务")


# 杏花村是哪个镇的, 石门村属于哪个乡: a locality and the kind of area above it asked.
_ASKS_AREA_ABOVE = re.compile(r"([\u4e00-\u9fff]{2,6}?(?:村|社区|镇|乡|街道))(?:是|属于|归)(?:哪个|哪1个|哪|什么)(镇|乡|街道|县|区|市)")


def asks_area_above(question: str) -> bool:
    """Whether a question asks the area a locality it names is in (某街道是哪个区的)."""
    return _ASKS_AREA_ABOVE.search(question) is not None


def area_above(question: str, sentence: str) -> str:
    """The area a question asks a locality to be in (杏花村是哪个镇的), as the sentence writes it right
    before the locality's name (桃源镇杏花村 → 桃源镇); "" when not asked or not written so."""
    asked = _ASKS_AREA_ABOVE.search(question)
    if not asked:
        return ""
    told = re.search(rf"([\u4e00-\u9fff]{{2}}){asked.group(2)}{re.escape(asked.group(1))}", sentence)
    return told.group(1) + asked.group(2) if told and not NO_LOCALITY.match(told.group(1)) else ""


# A county or district written right before a locality named in it (某山区某镇, 某溪县某街道).
_ABOVE_LOCALITY = re.compile(r"[\u4e00-\u9fff]{2}[区县](?=[\u4e00-\u9fff]{2}(?:街道|镇|乡|村|社区))")


def district_above(text: str) -> bool:
    """Whether ``text`` writes a county or district by name right above a locality of it (某山区某镇): a place of
    that level, though its name ends like a common noun (山区, 老区); not a kind of places (山区乡镇: no name)."""
    for match in _ABOVE_LOCALITY.finditer(text):
        after = named_localities(text[match.end():match.end() + 6])
        if after and after[0].start() == 0:
            return True
    return False
