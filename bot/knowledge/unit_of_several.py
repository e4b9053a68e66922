"""Declining by reason a figure told of several sectors or parties, or of another one, for one asked:

- one sector asked (农业界交了几件界别提案, 医药卫生界别活动搞了几次), the sentence naming several sectors
  (界别提案来自经济界、农业界、教育界等12个界别, 其中经济界提交4件; 以界别名义提交22件，涉及经济界、…等13个界别)
  and the amount's clause not naming the one asked: the figure is all of them together, or another's;
- one sector asked (经济界活动组开展了多少场, 教育界有多少名委员), the sentence not naming it but another sector
  (其中活动最多的医药卫生界活动组开展活动41场) or the sectors as a whole (共有委员358名，分属31个界别): the figure
  is the other's or the whole's, and the one asked is not counted;
- one democratic party asked (民盟提交了几件提案), the sentence naming several parties (支持民盟、民建、农工党…)
  and the amount's clause not naming it (各民主党派以党派名义提交提案31件).

A committee's report writes its sectors and parties side by side; a figure belongs to the one its own
clause names (其中教育界3件), never to a name listed a clause away. General Chinese only: a sector's
name ends in 界 (界别 for the sector as a body), the parties are the eight every committee has.

For: the doubt on a chosen amount (asked_untold.py).
"""

from __future__ import annotations

import re

from .normalize import find_all
from .told import body_named
from .vocabulary import in_order
from .touched import PARTIES

__all__ = ["other_unit_counted"]

# What makes 界 no sector's end: 社会各界, 全界, 世界, 外界, 边界, 跨界, 眼界, 境界 (general words).
_NOT_A_SECTOR_BEFORE = "各全世外边跨眼境"
# Several sectors in one sentence: a list of them (经济界、农业界; 经济界别召集人某、医药卫生界别召集人某),
# or their count or all of them (等13个界别, 各界别). A part of the sentence naming the one asked and listing no
# others is about that one (界别与经济界别联合开展座谈，两个界别的委员共23名参加 answers 和经济界别座谈多少人).
_SECTOR_LIST = re.compile(r"界(?:别)?[^、,;。]{0,8}、[\u4e00-\u9fff]{1,10}界")
_SEVERAL_SECTORS = re.compile(_SECTOR_LIST.pattern + r"|\d+个界别|各界别|[两三四五六七八九十]+个界别")
# A question naming several sectors itself (经济界、教育界…四个界别加起来, 农业界和经济界) asks their sum.
_SECTORS_ASKED = re.compile(_SEVERAL_SECTORS.pattern + r"|界(?:别)?[和与及、]")
# A sector named in a sentence: a run ending in 界 whose character before is no function word's, measure's, time's or
# deed's (来源于界别群众, 各界, 31个界别, 去年界别协商会, 开展界别活动: the sectors at large, none of its own).
# A meeting, a span or a committee before 界别 (会议界别, 期间界别, 以来界别, 委员会界别) is no sector's name either.
_NOT_A_NAME_END = _NOT_A_SECTOR_BEFORE + "于的个和与及是在为由对向从场年次项件些每哪同展搞开加召办行少多本该我其议间来会"
_A_SECTOR = re.compile(r"[\u4e00-\u9fff](?<![" + _NOT_A_NAME_END + r"])[\u4e00-\u9fff](?<![" + _NOT_A_NAME_END + r"])界")
# Another sector's own group (医药卫生界活动组): a sector told by its group, not a word ending 界 by chance
# (组织界别活动 names none).
_OTHER_GROUP = re.compile(_A_SECTOR.pattern + r"(?=别?(?:活动组|小组))")
# A sector written in full before 界 (文化艺术界委员): the short form asked (文艺界) holds its characters in order.
_FULL_SECTOR = re.compile(r"[\u4e00-\u9fff]{2,6}界")
# The sectors at large (各界别, 分属31个界别); two or three (2个界别共有委员41名) may be a joint group of the one asked.
_MANY_SECTORS = re.compile(r"各界别|(?<!\d)(?:[4-9]|\d\d+)个界别|[四五六七八九十]+个界别")
# A sector's own report speaks of itself unnamed (本界别现有委员32名): the question names it, the sentence need not.
_OWN_SECTOR = re.compile(r"[本我该](?:界别|界)")
# Characters that make 民 the end of a common word (农民, 居民), not the start of a party's name (touched.py's).
_BEFORE_MIN = frozenset("农居市村人公网移渔牧灾难贫军选股藏船烟侨")


def _sector_asked(question: str, shown: str) -> str:
    """The sector a question names that the sentence names too: the longest run ending in 界 (at least two
    characters before it) written in both (农业和农村界, 医药卫生界 of 医药卫生界别)."""
    best = ""
    for at in find_all(question, "界"):
        for start in range(max(0, at - 10), at - 1):
            name = question[start:at + 1]
            if len(name) > len(best) and re.fullmatch(r"[\u4e00-\u9fff]+", name) \
                    and name[-2] not in _NOT_A_SECTOR_BEFORE and name in shown:
                best = name
    return best


def _sector_named(question: str) -> str:
    """The sector a question names, by its last three characters (经济界 of 经济界活动组, 法制界 of 社会法制界): a
    sentence names it by them, or in full for a short form (科学技术界别 for 科技界)."""
    found = _A_SECTOR.search(question)
    if not found:
        return ""
    at = found.end()
    return question[max(0, at - 3):at]


def _names_party(form: str, text: str) -> bool:
    """Whether a party's name stands in a text as such: 民建 of 农民建房 is none."""
    return any(not (form.startswith("民") and text[at - 1:at] in _BEFORE_MIN) for at in find_all(text, form))


def _parties(text: str) -> list[tuple[str, ...]]:
    return [forms for forms in PARTIES if any(_names_party(f, text) for f in forms)]


def _part(shown: str, clause: str) -> str:
    """The part of the sentence (between semicolons) holding the amount's clause."""
    at = shown.find(clause)
    start = max(shown.rfind(d, 0, at) for d in ";；") + 1
    ends = [e for e in (shown.find(d, at + len(clause)) for d in ";；") if e >= 0]
    return shown[start:min(ends) if ends else len(shown)]


def other_unit_counted(question: str, shown: str, clause: str) -> bool:
    """Whether the question asks one sector or party, the sentence ``shown`` names several, and the amount's own
    ``clause`` does not name the one asked, nor does its part of the sentence name that one alone (九三学社提出的
    《…》推动…，全年促成交易额3.2亿元 is the party's own part)."""
    part = _part(shown, clause)
    sector = _sector_asked(question, shown)
    if sector and not _SECTORS_ASKED.search(question) and _SEVERAL_SECTORS.search(shown) and sector not in clause \
            and not (sector in part and not _SECTOR_LIST.search(part)):
        return True  # 农业和农村界 asked, 其中经济界提交界别提案4件 told
    named = _sector_named(question)
    if named and not sector and not _SECTORS_ASKED.search(question) and not body_named(named, shown) and (
            _OTHER_GROUP.search(shown) or _MANY_SECTORS.search(shown)) and not _OWN_SECTOR.search(shown) \
            and not any(in_order(named, full.group()) for full in _FULL_SECTOR.finditer(shown)):
        return True  # 经济界活动组开展了多少场 asked, 其中活动最多的医药卫生界活动组开展活动41场 told
    asked = _parties(question)
    return len(asked) == 1 and len(_parties(shown)) >= 2 and not any(
        _names_party(f, clause) for f in asked[0]) and _parties(part) != asked
