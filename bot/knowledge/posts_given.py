"""Posts given with 为 in a sentence of appointments: the holder written before 为 and the post after it
(增补戚某同志为提案委员会主任, 选举王某为副主席), or several holders listed after a post and 为, closed by
同志 or 等 (副主任为甲、乙同志), or listed after a verb of appointing, their count after them
(补选甲、乙、丙3名同志为常务委员), or a roster of leaders, each post with its colon (副主席：甲、乙；秘书长：丙).
These shapes write no post right before the name, so the name and
its post are read here.

Used by people.py (``find_person_names``, ``find_people``); general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["given_names", "post_given", "engaged_as"]

_POST_END = ("主席", "书记", "主任", "部长", "局长", "秘书长", "委员", "常委", "组长", "召集人", "主委", "会长",
             "院长", "校长", "县长", "区长", "市长", "镇长", "乡长", "理事长", "馆长", "社长", "所长", "站长")
_POST = r"([^，,。；;、：:“”\"（）()为]{1,16}?(?:" + "|".join(sorted(_POST_END, key=len, reverse=True)) + r"))"
# 增补戚某同志为…主任; 选举王某为副主席 (a verb of appointing before a name without 同志).
_APPOINTED = re.compile(
    r"(?:(?:增补|补选|选举|推选|任命|聘任|聘请|提名|确定)([\u4e00-\u9fff]{2,3}?)(?:同志)?|"
    r"(?:^|[，,、。；;：:])([\u4e00-\u9fff]{2,3}?)同志)为" + _POST + r"(?=[，,。；;]|$)"
)
# 副主任为甲、乙同志 / 副主任为甲、乙等: the holders listed under one post.
_LISTED = re.compile(_POST + r"(?:为|是)((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}?)(?:同志|等)(?=[，,。；;]|$)")

# 补选甲、乙、丙3名同志为常务委员: several holders listed after the verb, each given the one post.
_APPOINTED_LISTED = re.compile(
    r"(?:增补|补选|选举|推选|任命|聘任|聘请|提名|确定)((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3}?)(?:\d+[名位人])?(?:同志)?为"
    + _POST + r"(?=[，,。；;]|$)"
)

# A roster of leaders, each post with its colon and its holders (主席：甲；副主席：乙、丙（…当选）；秘书长：丁。):
# the post opens its clause, the names run to the clause's end or to brackets about the last of them.
_COLON_LISTED = re.compile(r"(?:^|(?<=[，,。；;】]))" + _POST.replace("{1,16}", "{0,16}") + r"[：:]((?:[\u4e00-\u9fff]{2,3}、)*[\u4e00-\u9fff]{2,3})"
                           r"(?=[（(，,。；;]|$)")


def given_names(sentence: str, trim, shaped=None) -> dict[str, str]:
    """Name → the post given to it with 为; ``trim`` checks a candidate is a name (people.py ``_trim_name``),
    ``shaped`` one whose surname is not listed, where the shape of appointing says a name stands (选举甲为主席,
    选举甲、乙为副主席: a name that is no word of the general dictionary)."""
    found: dict[str, str] = {}
    for match in _APPOINTED.finditer(sentence):
        candidate = match.group(1) or match.group(2)
        name = trim(candidate) or (candidate if match.group(1) and shaped and shaped(candidate) else None)
        if name and name == candidate:
            found[name] = match.group(3)
    for match in _APPOINTED_LISTED.finditer(sentence):
        listed = match.group(1).split("、")
        # The 、 between them and the count after them bound each name: one ending in a character that
        # often starts a word (龙国强) is whole here.
        if all(trim(name) or (shaped and shaped(name)) for name in listed):
            for name in listed:
                found[name] = match.group(2)
    for match in (*_LISTED.finditer(sentence), *_COLON_LISTED.finditer(sentence)):
        listed = match.group(2).split("、")
        if all(trim(name) == name for name in listed):
            for name in listed:
                found[name] = match.group(1)
    return found


def post_given(sentence: str, name: str, trim) -> str:
    return given_names(sentence, trim).get(name, "")


# A verb of engaging someone, the words telling who they are, then the name (聘请退休出版社编审某某为特邀审读专家).
_ENGAGING = re.compile(r"(?:聘请|聘任|特聘|聘|邀请|任命|推选|选举)[^，,。；;：:为]{0,16}$")
_AS_POST = re.compile(r"为([^，,。；;、：:“”\"（）()为的]{2,16})(?=[，,。；;]|$)")


def engaged_as(sentence: str, start: int, end: int, posts) -> str:
    """The post a person named at ``start``..``end`` is engaged as with 为, the verb of engaging written before
    the words about them (聘请…编审某某为特邀审读专家 → 特邀审读专家); "" when the sentence gives none."""
    match = _AS_POST.match(sentence, end)
    if match is None or not _ENGAGING.search(sentence[:start]):
        return ""
    post = match.group(1)
    return post if post.endswith(tuple(posts) + ("顾问",)) else ""
