"""Declining by reason a where-question answered by a place that names none: the trip or site the sentence
writes goes only to a general region (赴先进地区考察学习, 赴外地开展学习考察, 赴省内先进地区学习考察), or to the
region the question itself names while asking which places within it (去长三角考察去了哪些城市: 赴长三角地区).
Such a sentence tells that there was (or will be) a trip, not where.

Nor is a time told with 于 (会议将于1月18日开幕) a place (only_time_told), nor a meeting told as the occasion of a
deed (在政协某县第10届委员会第3次会议上, a report's dateline): where the meeting sat is not written (only_occasion_told).

Also the place of another deed (place_of_later_item): a sentence listing deeds apart (;) gives the place of
one (计划在某开发区设立工作室1个) while the thing asked is one of the later deeds (计划于6月举办履职能力培训).

Nor the place in another speaker's part (place_of_other_doer): 甲建议建设某基地,…;委员乙结合某村实际,建议… gives
乙's village, not where 甲's 基地 is to stand.

And the place of another session (place_of_other_session): a sentence telling several numbered meetings apart
(4月，常委会第7次会议…赴某县调研；8月，常委会第9次会议…) gives the place in the part of one (第7次) while the question
asks another (第9次会议在哪开).

Nor is a trip's destination where a thing is held (trip_for_held): 论坛在哪里举办 asked, a clause of going
(并计划组织委员赴某地区学习考察1次) that writes none of the question's words tells where members went, not
where the forum is held.

Used by the checks (checks.py, ``Checks.doubt``) on a where-answer; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["only_occasion_told", "only_time_told", "only_vague_place", "place_of_later_item", "place_of_other_deed",
           "place_of_other_session", "trip_for_held"]

# 于 before a time (将于1月18日开幕, 于今年9月): when, not where; a place is written after 在, 到, 赴 … (or 于 a place).
_AT_TIME = re.compile(r"于(?=\d|今年|明年|本月|近日|上午|下午|年底|年内)[\d年月日至\-—上下午今明本近底内旬]*")
_PLACE_MARK = re.compile(r"[在到赴于往]|深入|走进|落户|坐落|来到")

# Where a trip went or a thing was held, written after its verb of going (赴, 到, 前往, 在) and before what was done.
_DESTINATION = re.compile(r"(?:赴|到|去|前往|在)([\u4e00-\u9fff]{2,12}?)(?:学习考察|考察学习|考察|学习|调研|参观|开展|举办|设立|召开)")
# A region named by no place (general Chinese): 先进地区, 外地, 省内先进地区, 兄弟地区, 周边县市.
_GENERAL_REGION = re.compile(r"(?:省内外?|省外|市内外?|市外|国内外?|县外|区外|境内外?)?(?:先进|兄弟|周边|发达|相关|有关|其他|友好)?"
                             r"(?:地区|地市|县市|省市|城市|县区|区县)|外地|外省|外市|外县|异地|基层|一线")


def _general(place: str, question: str) -> bool:
    if _GENERAL_REGION.fullmatch(place):
        return True
    core = re.sub(r"(?:地区|地市|省|市|县|区)$", "", place)
    return len(core) >= 2 and core in question  # 长三角地区 when the question asks which cities of 长三角


# Words of going or being somewhere (在, 赴, 深入, 坐落); and words holding 于 or 在 that tell no place (关于建设…的建议,
# 现在, 存在: 关于 once let a sentence naming no site answer 选址在哪里).
_PLACE_WORD = re.compile(r"[在到赴于向去往]|深入|走进|落户|坐落|调任|调入|转任")
_NOT_PLACE_WORDS = re.compile(r"[关对由鉴基至属等终]于|[现正存所实]在")
_UNIT_ASKED = re.compile(r"单位|部门|机构|工作|学校|医院|公司|企业|"
                         # …or a person of a level (哪个区领导督办的): asked who, not where.
                         r"哪[个位些]?[省市县区镇乡村]?级?(?:领导|干部|负责人|同志)")


def tells_no_place(shown: str, question: str) -> bool:
    """Whether a sentence writes no word of going or being somewhere.  A unit or workplace asked (某某是哪个单位的), or a
    person of a level (哪个区领导), is read from a post, not from such a word: there the sentence is read as written."""
    return _PLACE_WORD.search(shown if _UNIT_ASKED.search(question) else _NOT_PLACE_WORDS.sub("", shown)) is None


# An address asked (办公地址在哪, 门牌号是多少) and how one is written: a road or street, a number, a building.
_ASKS_ADDRESS = re.compile(r"地址|门牌|住址")
_ADDRESS = re.compile(r"[路街巷道弄]\d*号?|\d+号|大厦|[楼层室]")


def only_vague_place(question: str, fact: str, shown: str) -> bool:
    """Whether every place the answer's text (its fact, else the sentence) goes to is a general region or the
    question's own, and there is at least one; or an address is asked and the text writes none (在某区设立窗口
    names the district, not the window's address)."""
    if _ASKS_ADDRESS.search(question):
        return _ADDRESS.search(fact or shown) is None
    places = _DESTINATION.findall(fact or shown)
    return bool(places) and all(_general(p, question) for p in places)


def place_of_later_item(words: list[str], fact: str, shown: str) -> bool:
    """Whether the part of the sentence (between ;) giving the place ``fact`` writes none of the question's
    ``words`` and a later part does, no earlier one naming them: the place is of another of the deeds listed."""
    parts = re.split(r"[;；。]", shown)
    at = next((n for n, part in enumerate(parts) if fact in part), None)
    if at is None or any(w in parts[at] for w in words):
        return False
    before, after = "".join(parts[:at]), "".join(parts[at + 1:])
    return not any(w in before for w in words) and any(w in after for w in words)


def place_of_other_deed(words: list[str], fact: str, shown: str, names) -> bool:  # noqa: ANN001 - known names
    """Whether the place ``fact`` is told in another part of the sentence than the deed asked: a later item's
    (place_of_later_item) or another speaker's (place_of_other_doer)."""
    return place_of_later_item(words, fact, shown) or place_of_other_doer(words, fact, shown, names)


def place_of_other_doer(words: list[str], fact: str, shown: str, names) -> bool:  # noqa: ANN001 - known names
    """Whether the part of the sentence (between ;) giving the place ``fact`` writes none of the question's ``words``,
    an earlier part does, and the place's part opens with a person of its own (委员乙某结合某村实际,建议…): each
    speaker's part tells only of what that one said, not where the thing asked of another's part is."""
    parts = re.split(r"[;；。]", shown)
    at = next((n for n, part in enumerate(parts) if fact in part), None)
    if at is None or not at or any(w in parts[at] for w in words):
        return False
    opening = re.sub(r"^(?:委员|同志|专家|代表|还有|另有)", "", parts[at])
    return any(w in "".join(parts[:at]) for w in words) and any(opening.startswith(name) for name in names if len(name) >= 2)


# A meeting as the occasion of a deed (在…第3次会议上, 在全会上): when and at what, not where.
_AT_MEETING = re.compile(r"在(?![^,，;；。]*?(?:召开|举行|举办))[^,，;；。]*?(?:会议|大会|全会|常委会|座谈会|协商会)上")  # not 在某中心召开的会议上


def only_occasion_told(fact: str) -> bool:
    """Whether a where-answer's only word of place is 在 before a meeting (在…第3次会议上): an occasion, no place."""
    return bool(_AT_MEETING.search(fact)) and not _PLACE_MARK.search(_AT_MEETING.sub("", _AT_TIME.sub("", fact)))


def only_time_told(fact: str) -> bool:
    """Whether a where-answer's only word of place is 于 before a time (…会议将于1月18日开幕): it tells when."""
    return bool(_AT_TIME.search(fact)) and not _PLACE_MARK.search(_AT_TIME.sub("", fact))


# A numbered session of a meeting (第9次会议, 10届3次会议, 第3次全会): its number.
_SESSION = re.compile(r"(\d+)次(?:常委会)?(?:会议|全会|全体会议|大会|常委会)")


def place_of_other_session(question: str, fact: str, shown: str) -> bool:
    """Whether the question asks a numbered session (第9次会议在哪开) and the part of the sentence (between ;) giving
    the place ``fact`` names only sessions of other numbers (常委会第7次会议…赴某县调研): the place is another's."""
    asked = {m.group(1) for m in _SESSION.finditer(question)}
    if not asked or not fact:
        return False
    part = next((part for part in re.split(r"[;；。]", shown) if fact in part), None)
    told = {m.group(1) for m in _SESSION.finditer(part)} if part is not None else set()
    return bool(told) and not told & asked


# Where a thing is held (在哪举办, 在哪开, 在哪里召开), not where one went (去哪考察, 到哪调研).
_HELD_ASKED = re.compile(r"(?:哪|何处|什么地方)[\u4e00-\u9fff]{0,3}?(?:举办|召开|举行|开|办)")
_TRIP_ASKED = re.compile(r"考察|调研|视察|学习|参观|去|赴|到|走访")
_TRIP = re.compile(r"(?:赴|前往|到|去)[\u4e00-\u9fff、]{2,20}?(?:学习考察|考察学习|考察|调研|参观|学习|走访)")


def trip_for_held(question: str, words: list[str], fact: str) -> bool:
    """Whether the question asks where a thing is held and the answer's clause ``fact`` tells a trip (赴某地考察) writing
    none of the question's ``words``: where members went, not where the thing asked is held."""
    return bool(fact) and bool(_HELD_ASKED.search(question)) and not _TRIP_ASKED.search(question) \
        and bool(_TRIP.search(fact)) and not any(word in fact for word in words)
