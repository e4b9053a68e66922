"""Declining by reason one named unit of a kind is asked (甲镇委员工作室的召集人是谁, 乙界别委员联络站接待了多少人次)
and the answer's sentence is about another unit of the same kind (丙街道委员工作室由某某担任召集人), or, naming no
unit itself (工作室由某某担任召集人), follows a sentence about another one.

Reports on members' workstations, liaison stations and service stations tell of a dozen of them, each by its
own name before the same head word; a question names one, and a sentence about a neighbour answers it as
well as any by its words (召集人, 接待群众) unless the names are compared.

A post of a named unit asked (甲镇委员工作站的牵头委员是谁), a sentence that speaks of no such unit at all, nor
follows one naming it (区政协主席某某牵头在甲镇开展协商活动), names someone who holds no post of it: the town is
told, its unit is not (post_of_unit_untold).

Used by asked_untold.untold_doubt and the checks on the answer chosen; general Chinese only.
"""

from __future__ import annotations

import re
from typing import Sequence

__all__ = ["LACKING", "asked_units", "kind_part_counted", "other_unit_told", "post_of_unit_untold"]

# The head words of a unit named before them (甲镇委员工作室, 乙界别委员联络站, 丙社区委员之家).
_KINDS = r"(?:工作室|联络站|工作站|服务站|之家)"
_HEAD = r"(?:委员)?" + _KINDS
# A unit: the Chinese characters before its head word (the whole run; the name is its end).
_UNIT = re.compile(r"([\u4e00-\u9fff]{2,12}?)" + _HEAD)
# A unit a report names, written in full (the member's word before the head: 甲镇委员工作室).
_TOLD_UNIT = re.compile(r"([\u4e00-\u9fff]{2,12}?)委员" + _KINDS)
# Words before a name that are no part of it: a time, a pointer, a scope, a question word, a preposition
# (并为工作室授牌 names no unit).
_LEAD = re.compile(r"^(?:.*(?:去年|今年|前年|明年|那个|这个|哪个|哪些|那些|这些|请问|全区|全县|全市|各个|每个|各|该|本|其|的|是|和|与|及|在|由|个|家|所|为|给|对|向|把|将|到|并|谁))")
# A name that is a kind or a body, not one unit (镇街委员工作室 counts all the towns' ones; 政协委员工作室 is the
# genre's name), or words telling what befell units (被评为优秀委员工作室, 新建委员工作室), or that none is there yet
# (LACKING: 几个乡镇(街道)没建委员工作站 counts the places lacking one, and names no unit; no name begins with a negation).
LACKING = r"[没未](?:有|建|设)|尚未|还没"
_NOT_ONE = re.compile(r"政协$|^(?:镇街|界别|专题|首批|试点|所有|全部)$|优秀|示范|星级|先进|评为|被|建成|新建|成立|设立|挂牌|"
                      + LACKING + r"|^(?:未|没|还未)")


# Quotes and dots inside a unit's name ("融媒·议事"委员工作室).
_PLAIN = re.compile("[\"“”‘’'·・]")
# A question counting units names none (柏溪县建了多少委员联络站, 有几个委员工作室).
_COUNTED = re.compile(r"多少|几|哪|什么|啥|了|年底|年初|年末|目前|现在|如今")  # (2024年底委员工作室有几个)


def _name(run: str) -> str:
    return _LEAD.sub("", run)


def _short_form(name: str, unit: str) -> bool:
    """Whether the name asked (its end, past words run on before it: 年泉韵, 月去园区) is the unit's or a short form."""
    return unit in name or any(name[i:] in unit for i in range(len(name) - 1) if name[i:] not in _KIND_WORDS)


# Words ending many units' names, which say of no one unit (甲街道, 乙街道).
_KIND_WORDS = frozenset({"街道", "社区", "界别", "镇街"})


def asked_units(question: str, home: Sequence[str] = ()) -> list[str]:
    """The names of the units a question names (甲镇委员工作室的召集人 → 甲镇), kinds and bodies left out, and the
    report's own place (``home``: 某区委员工作室一共建了多少个 asks of all the committee's units, not of one)."""
    names = []
    for m in _UNIT.finditer(_PLAIN.sub("", question)):
        name = re.sub(r"委员$", "", _name(m.group(1)))  # (2026年委员工作站: the member's word, no name)
        if len(name) >= 2 and not _NOT_ONE.search(name) and not _COUNTED.search(name) and not _is_home(name, home) \
                and name not in _KIND_WORDS:  # (全市有几个街道委员工作站: the kind at large, no one unit)
            names.append(name)
    return names


def _is_home(name: str, home: Sequence[str]) -> bool:
    """Whether a name is the report's own place, bare or with its level (某区, 某区政协)."""
    def plain(place: str) -> str:
        return re.sub(r"(?:[市区县州]?政协|[市区县州])$", "", place)
    bare = plain(name)
    return any(len(plain(place)) >= 2 and bare.endswith(plain(place)) for place in home)


def _told_units(text: str) -> list[str]:
    """The names of the units a text names in full (甲镇委员工作室), kinds too (7个界别委员工作室 → 界别: the sentence
    is about the kind); not a unit at large (各工作室), nor one a deed is done to (勉励工作室…)."""
    return [name for name in (_name(m.group(1)) for m in _TOLD_UNIT.finditer(text))
            if len(name) >= 2 and not _NOT_ONE.search(name)]  # (全市建成委员工作室46个: what befell them all)


def other_unit_told(question: str, shown: str, previous: str = "", home: Sequence[str] = ()) -> bool:
    """Whether the question names a unit, the sentence (or, naming none, the one before it) names one or more of
    that kind, and none of them is the one asked (its name ending the run before the head word); the report's own
    place (``home``, its committee's) names no unit."""
    asked = asked_units(question, home)
    if not asked:
        return False
    shown, previous = _PLAIN.sub("", shown), _PLAIN.sub("", previous)  # "甲·乙"委员工作室 is 甲乙委员工作室
    # (The sentence before is read only for a place's unit, 甲镇委员工作室: a topic's may be asked by a loose
    # nickname, 法律工作室 for 社会和法制界别委员工作室.)
    places = any(re.search(r"(?:镇|乡|街道|社区|村)$", name) for name in asked)
    told = _told_units(shown) or (_told_units(previous) if places and re.match(_HEAD, shown) or places and re.search(
        r"(?:^|[,;:。])" + _HEAD, shown) else [])
    if not told:
        return False
    # (The asked words may run on before the name, 谁给甲委员工作室授的牌 → 谁给甲: its end is the name.)
    # (Or a short form of it, 泉韵工作室 for 泉韵文化委员工作室, 园区工作室 for 某工业园区委员工作室.)
    return not any(_short_form(name, unit) for name in asked for unit in told) and not any(
        re.search(re.escape(name) + r"[\u4e00-\u9fff]{0,4}?" + _HEAD, shown) for name in asked)


# A kind of units counted (7个界别委员工作室, 3个专题委员联络站): the kind is the run between the count and the head.
_COUNTED_KIND = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)个([\u4e00-\u9fff]{1,6}?)" + _HEAD)


def kind_part_counted(question: str, shown: str, clause: str, home: Sequence[str] = ()) -> bool:
    """Asked of the units at large (委员工作室接待群众多少人次: no unit, no kind named), whether the amount's clause
    counts one kind of them where the sentence breaks them down by kind (11个镇街委员工作室共接待群众2386人次，7个
    界别委员工作室接待群众814人次): each figure is a part's, not the whole's (全年各工作室共接待群众3462人次)."""
    if not re.search(_HEAD, question) or asked_units(question, home):
        return False
    return len(set(_kinds_counted(shown))) >= 2 and any(kind not in question for kind in _kinds_counted(clause))


def _kinds_counted(text: str) -> list[str]:
    """The kinds of units a text counts (7个界别委员工作室 → 界别; 21个委员工作室 names no kind)."""
    return [kind for kind in (re.sub(r"委员$", "", m.group(1)) for m in _COUNTED_KIND.finditer(text)) if kind]



# A post of a unit asked: the unit, 的, then the post and 是谁 (甲镇委员工作站的牵头委员是谁, 联络员是哪位).
_POST_OF_UNIT = re.compile(_HEAD + r"的?[\u4e00-\u9fff]{2,5}?(?:是谁|是哪位|是哪个|叫什么)")


def post_of_unit_untold(question: str, shown: str, previous: str = "", home: Sequence[str] = ()) -> bool:
    """Whether a who-question asks a post of a named unit and neither the sentence nor the one before names a unit
    of that kind (the head word is nowhere): whoever it names, it names no holder of the unit's post."""
    if not _POST_OF_UNIT.search(question) or not asked_units(question, home):
        return False
    return not re.search(_KINDS, _PLAIN.sub("", shown + previous))
