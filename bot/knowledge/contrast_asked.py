"""Declining by reason a figure told of the other side of a contrast the question draws:

- one level of government asked (省级补助多少万元, 国家级示范点有几个), the sentence naming no such
  level at all (区财政安排治理资金4600万元), or another level the last before the amount (市级一等奖 asked,
  …其中7篇获评省级优秀论文,包括一等奖1篇 told): the figure is another level's;
- town or country asked (城镇居民人均可支配收入), the amount's own clause telling the other side
  (农村常住居民人均可支配收入达到…元, 增幅高于城镇居民…): the neighbour's figure, not the one asked; or the
  sentence telling only the other side, in a clause before the amount (农村学生 asked, 城区64所小学开展…，惠及学生…);
  so too the two sides of a river's sections, of trade, of a flow (入境 and 出境, 进口 and 出口, 上游 and 下游);
- a size bound asked (千人以上工程), the amount's clause telling the other bound of that size (千人以下…86.2%);
- a place in a ranking asked (履职积分排名第一的委员), the sentence telling another place or none
  (对履职积分排名靠后的委员进行约谈).

Used by asked_untold.untold_doubt on a number chosen, and by reading.py weighing a sentence's amounts; general
Chinese only.
"""

from __future__ import annotations

import re

from .facts import clause_bounds

__all__ = ["contrast_untold", "other_level_before", "rank_place_untold"]

# A level asked by its 级 (省级, 市级, 国家级); the asker's whole area (全省, 本市, 我县) names no level.
_LEVEL_ASKED = re.compile(r"(国家|省|市|县|区|乡|镇|村)级")
# A given place in a ranking (排名第一, 排第3, 名列第二, 位居第1名); 第几 asks the place, it gives none.
_RANK_ASKED = re.compile(r"(?:排名|排行|排|名列|位列|位居|居)第([\d一二三四五六七八九十]+)")
_FIRST = re.compile(r"首位|榜首|之首|头名|第1(?!\d)|第一(?![\u4e00-\u9fff]{0,1}[届次批期辑])")
# A bound of a size asked (千人以上, 100万元以下): the two characters before it say of what.
_BOUND_ASKED = re.compile(r"([\u4e00-\u9fff\d]{2})(以上|以下)")
_SIDES = (re.compile(r"城镇|城市|城区|城里"), re.compile(r"农村|乡村|村民|农民"))
# Other two-sided contrasts of general Chinese whose sides a sentence tells apart (入境断面 and 出境断面 of a river).
_PAIRS = (_SIDES, (re.compile(r"入境"), re.compile(r"出境")), (re.compile(r"进口"), re.compile(r"出口")),
          (re.compile(r"上游"), re.compile(r"下游")), (re.compile(r"流入"), re.compile(r"流出")))


def contrast_untold(norm: str, shown: str, clause: str, own_level: str | None = None) -> bool:
    """Whether a number in ``clause`` of ``shown`` tells the other side of a contrast the question ``norm`` asks
    (``own_level``: that of the report's committee, 市 of a 市政协's)."""
    for level in {m.group(1) for m in _LEVEL_ASKED.finditer(norm)}:
        told = re.sub(r"[全本我该各]" + level, "", shown)
        if level == own_level and not _LEVEL_ASKED.search(shown):
            continue  # 市级一等奖 asked of a city's report, 共评出…其中一等奖4篇 told: its own level, no other named
        if level not in told and not (level == "国家" and re.search(r"中央|全国", shown)):
            return True  # 省级补助 asked, 区财政安排…4600万元 told
    for bound in _BOUND_ASKED.finditer(norm):
        head, other = bound.group(1), "以下" if bound.group(2) == "以上" else "以上"
        if head + other in clause and head + bound.group(2) not in clause:
            return True  # 千人以上工程 asked, 千人以下小型工程水样合格率为86.2% told
    for sides in _PAIRS:
        asked = [bool(side.search(norm)) for side in sides]
        if asked.count(True) != 1:
            continue
        own, other = sides if asked[0] else reversed(sides)
        if other.search(clause) and not own.search(clause):
            return True  # 城镇居民 asked, 农村常住居民…元 told; 入境断面 asked, 出境断面水质…至iii类 told
        if other.search(shown) and not own.search(shown):
            return True  # 农村学生 asked, 城区64所小学…惠及学生4.1万名
    return False


def other_level_before(norm: str, sentence: str, at: int) -> bool:
    """Whether the level word (省级, 市级) last written before the amount at ``at`` is another than the one the question
    asks (市级…一等奖几篇 asked, 在做好市级评选的同时…其中7篇获评省级优秀论文,包括一等奖1篇 told): the nearest
    level governs the amount, however the sentence began."""
    asked = {m.group(1) for m in _LEVEL_ASKED.finditer(norm)}
    if len(asked) != 1:
        return False
    a, b = clause_bounds(sentence, at)
    if any(m.group(1) in asked for m in _LEVEL_ASKED.finditer(sentence, a, b)):
        return False  # 其中7篇获评省级优秀论文: the amount's own clause names the level asked
    told = [m.group(1) for m in _LEVEL_ASKED.finditer(sentence, 0, at)]
    return bool(told) and told[-1] not in asked


def rank_place_untold(norm: str, shown: str) -> bool:
    """Whether the question gives a place in a ranking (排名第一) that the sentence does not tell."""
    asked = _RANK_ASKED.search(norm)
    if not asked:
        return False
    place = asked.group(1)
    if place in ("1", "一"):
        return not _FIRST.search(shown)
    return "第" + place not in shown
