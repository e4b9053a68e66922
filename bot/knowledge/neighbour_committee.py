"""A committee or region asked by its relation to the report's own, or by a place the report is not of: another
body or area, which the report's figures are not of.

- Asked by relation, not by name (邻市政协, 兄弟县政协, 周边区政协的…): answered only where the sentence itself
  speaks of such a body (兄弟市政协来考察…, 邻县政协…).  Otherwise the report's own figure (日均登录460人次) is
  a neighbouring fact.
- Asked of a place opening the question (某州市去年引荐了多少项目) that no report writes at all: the reports tell
  nothing of it, and their own place's figure is another's.
- Asked of a province (某省去年一共有多少…, 全省有多少…) in a report of a city, county or district: the report's
  amount is its own area's unless the amount's own clause names the province (全省, 某省…); a province written
  elsewhere in the sentence (某市是某省重点侨乡，现有归侨侨眷约4.6万人) only places the report's area in it.

Used by the checks (checks.py, ``Checks.doubt``); general Chinese only.
"""

from __future__ import annotations

import re

from .frames import NOT_A_PLACE
from .region_scope import COMMON_PLACE_WORDS
from .typed_alike import typed_alike

__all__ = ["neighbour_committee_untold", "other_region_untold"]

# The relation words that set a committee apart from the report's own, before its level and 政协.
_RELATION = r"邻|相邻|隔壁|兄弟|友邻|周边|外"
_ASKED = re.compile(rf"(?<![国海境省市县区])(?:{_RELATION})[省市县区]的?政协")
# A sentence speaking of another committee or region at large (兄弟市, 邻县, 外地, 周边县市).
_TOLD = re.compile(rf"(?:{_RELATION})[省市县区地]|异地|外埠")
# The time a question may open on (去年, 2024年度): read whole, never a place's first characters.
_ASKED_TIME = r"(?:(?:今年|去年|前年|上年|(?:19|20)\d\d年度?),?)?"
# A place opening the question, after the time asked (去年某州市…, 某省2022年…): its two characters and level,
# not followed by a body's name (某省政协采用, 某市委: that body's deeds are judged elsewhere).
# The time is read whole (2024年度全省…: not 度全 read as a place before 省), and a place name neither opens on a verb of
# going or asking (要去省内外…, 去外省考察…) nor ends on a word of the whole or of inside and outside (全省, 外省).
_OPENING_PLACE = re.compile(r"^(?:请问)?(?>" + _ASKED_TIME + ")"
                            r"((?![要去到赴往从对给把被])[\u4e00-\u9fff][^\W\d_全各本该我此每这那其内外度])"
                            r"([省市县区])(?!政协|委|政府|人大|党委|长|级|民|场|区|县|域|驻|内|外)")
# Levels of government, not places (中央、省驻某单位).
_NO_PLACE_NAME = re.compile(r"中央|国家|全国")
_WHOLE_PROVINCE = re.compile(r"^(?:请问)?" + _ASKED_TIME + "全省")


def _written_alike(name: str, level: str, corpus: str, known=None) -> bool:  # noqa: ANN001 - a word test
    """Whether the reports write the place, or one a character apart at the same level where the two characters
    are plausibly a slip (锡河县 typed for 钖河县: alike in shape; 蓝川市 for 岚川市: in sound).  A place one unlike
    character apart (篱州市 asked, 峣州市 written) is another place; so is a run of words that only ends in the level
    (等城市, 小城市): where ``known`` is given, the place written must be a word of the documents (钖河 of 钖河县)."""
    if name in corpus:
        return True
    first, second = re.escape(name[0]), re.escape(name[1])
    for match in re.finditer(f"{first}([\u4e00-\u9fff]){level}|([\u4e00-\u9fff]){second}{level}", corpus):
        asked, written = (name[1], match.group(1)) if match.group(1) else (name[0], match.group(2))
        place = match.group(0)[:2]
        if typed_alike(asked, written) and (known is None or known(place)):
            return True
    return False


def neighbour_committee_untold(question: str, shown: str) -> bool:
    """Whether the question asks of a committee named only by its relation to the report's own (邻市政协) and
    the sentence speaks of no such body."""
    return _ASKED.search(question) is not None and _TOLD.search(shown) is None


def other_region_untold(question: str, kind: str, clause: str, frame, corpus: str,  # noqa: ANN001 - a DocFrame
                        known=None) -> bool:  # noqa: ANN001 - the index's word test
    """Whether the question asks of another area than the report's (``frame``, its answer's document's): a place no
    report (``corpus``) writes, or a province (某省其他城市…, 全省…) whose amount (``clause``, the amount's own) is
    not told."""
    level = getattr(frame, "level", None)
    opening = _OPENING_PLACE.match(question)
    name = opening.group(1) if opening else ""
    named = bool(opening) and not NOT_A_PLACE.search(name) and not _NO_PLACE_NAME.match(name) \
        and name not in getattr(frame, "places", ())
    if named and name[-1] + opening.group(2) not in COMMON_PLACE_WORDS and not _written_alike(name, opening.group(2), corpus, known):
        return True  # 某州市去年引荐了多少项目 asked: no report speaks of 某州
    province = (named and opening.group(2) == "省") or _WHOLE_PROVINCE.match(question)
    # The report's own place named too (全省…考核某市排第几): the province only frames what is asked of the report's area.
    own = any(place[:2] in question for place in getattr(frame, "places", ()))
    return bool(province) and not own and kind == "number" and level in ("市", "县", "区") and "省" not in clause
