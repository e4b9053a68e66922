"""Who or what a question asks by a post or a body's kind, as the answer must tell it (general Chinese only).

- 甄副县长是谁: a surname written before a post asks that holder; a holder of another surname
  (覃海涛（副县长）) is someone else.
- 覃副县长分管哪些工作: a duty word naming a post held (分管副县长, 负责同志) tells no one's duty.
- 哪个委牵头: a 委 is a committee (…委员会, 卫健委), not the party's 市委 nor a 委员.
- 大会发言安排哪些委员: people asked by their kind, answered by a sentence naming someone (names_nobody).
- 何晓光是哪个学校的校长: the sentence must give the named person that post (affiliation_doubt).
"""

from __future__ import annotations

import re

from .people import find_people, find_person_names, is_surname_name
from .question import QuestionAnalysis

__all__ = ["other_surname_told", "without_post_duty", "names_committee", "affiliation_doubt",
           "names_nobody"]

# A name written in a list (分别是甲某、乙某): a surname and one or two more, between list marks.
_LISTED_NAME = re.compile(r"(?:^|[、,:：]|是|为|有)([\u4e00-\u9fff]{2,3})(?=[、,;。)）]|$)")
# People asked by their kind (安排哪些委员, 哪几位专家): the answer names them.
# …or by a list of them (老委员名单有哪些) or as people at large (前10名有哪些人).
_PEOPLE_ASKED = re.compile(r"(?:哪些|哪几位|哪几名|哪几个)(?:委员|代表|专家|同志|人员|领导)(?![\u4e00-\u9fff]{0,2}(?:会|组|界|室|站|小组))|"
                           r"(?:委员|代表|专家|人员|成员)名单|(?:哪些|哪几个|什么)人(?![\u4e00-\u9fff])|(?:都是|分别是|分别由|各是|各由)谁")

_ASKS_AFFILIATION = re.compile(r"^([\u4e00-\u9fff]{2,3})是(?:哪|什么)[\u4e00-\u9fff]{0,4}的([\u4e00-\u9fff]{2,3})[?!。]*$")
# 领导 / 负责人 asked of a unit (陆某是哪个单位的领导): general Chinese for whoever heads it, by any head post.
_ANY_HEAD = ("领导", "负责人")
_HEAD_POST = r"(?:主任|书记|主席|[局处科院校馆站所会社团厂行部县市区镇乡]长|董事长|总经理|经理|负责人)"

# A surname right before a post (甄副县长是谁); not a level, a deputy's or acting mark, or a pointer (副县长, 市长, 该主任).
_SURNAME_POST = re.compile(r"^([\u4e00-\u9fff])(?<![副正常总原前老新小县市区省州镇乡村该这那哪本])"
                           r"副?(?:县长|市长|区长|主席|主任|书记|局长|秘书长|部长|镇长|乡长)(?:是谁|叫什么|叫啥|全名)")
# A duty word naming a post held (分管副县长, 分管领导, 负责同志).
_POST_OF_DUTY = re.compile(r"(?:分管|主管|负责|联系)(?=副?(?:县长|市长|区长|主席|主任|书记|局长|领导|同志|负责人))")
_COMMITTEE = re.compile(r"委员会|(?<![市县区省州党镇乡常])委(?!员)")


def other_surname_told(norm: str, fact: str) -> bool:
    """Whether question ``norm`` asks a post's holder by surname and the person told (``fact``) has another."""
    asked = _SURNAME_POST.match(norm)
    name = fact.partition("（")[0]
    return bool(asked and name) and not name.startswith(asked.group(1))


def without_post_duty(shown: str) -> str:
    """``shown`` with the duty words that only name a post (分管副县长) taken out."""
    return _POST_OF_DUTY.sub("", shown)


def names_committee(shown: str) -> bool:
    """Whether a text names a committee (…委员会, 卫健委), not only the party's 市委."""
    return _COMMITTEE.search(shown) is not None


def affiliation_doubt(q: QuestionAnalysis, shown: str, previous: str = "", equivalents=None) -> float:
    """何晓光是哪个学校的校长: the sentence must give the named person that post, not merely name them (or go
    on about them by it, 这位…的教授, after ``previous``, the sentence naming them)."""
    asked = _ASKS_AFFILIATION.search(q.norm)
    if not asked or asked.group(1) not in q.names:
        return 1.0
    roles = [p.role for p in find_people(shown, [asked.group(1)])]
    post = _HEAD_POST if asked.group(2) in _ANY_HEAD else "|".join(  # 哪个单位的领导: 主任, 局长 … lead one
        sorted(equivalents(asked.group(2)) | {asked.group(2)}) if equivalents else [asked.group(2)])  # 支书: 支部书记
    if asked.group(1) not in shown and asked.group(1) in previous and re.search(
            rf"^[^,;。]{{0,12}}?这位([^,;。这]{{2,20}}?)的?(?:{post})", shown):
        return 1.0  # 某某…。这位澄湾职业技术学院的教授去年提交…: the sentence goes on about them by their post
    return 1.0 if any(re.search(rf"(?:{post})(?!会)", role) for role in roles) else 0.4  # not 委员 of 委员会主任



def names_nobody(norm: str, shown: str, word_frequency, names: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether question ``norm`` asks which people (安排哪些委员) and ``shown`` names no person (by a post beside a
    name, or one of the ``names`` the documents write), names read with the general dictionary's ``word_frequency``."""
    if not _PEOPLE_ASKED.search(norm) or find_person_names(shown, word_frequency) or any(n in shown for n in names):
        return False
    return not any(is_surname_name(m.group(1), shown[m.end(1):], word_frequency)
                   for m in _LISTED_NAME.finditer(shown))  # (分别是韩某、苏某)
