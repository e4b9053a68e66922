"""On a shelf of several reports, whether a report's passage names the month, town, person, level's body or joined
name a question asks of.

Read alone, a report answers a question naming a month (4月那次常委会议), a town (双桥镇) or a person by
surname and post (钱县长) from a sentence that does not repeat it: its members ask of their own report, and the
passage around the answer is about the thing they name, or the report has nothing else to tell.  With several
reports loaded, a report whose passage names no such month, town or person is about another meeting, place or
person altogether (58条 of a supervision in a report whose text never says 4月): it is not told; so is one naming the
body asked (区交通运输局) only as another level's (市交通运输局).  Where the
passage names some other month or town, asked_untold.neighbour_doubt already doubts the answer in every report.
A name joined by a middle dot (柳溪·白沙镇活动组, "石榴籽·同心行") is one report's own group, campaign or column: a
question naming it is about that report, and asked of a year that report does not tell (去年, in its own frame)
it is not answered by another report's sentence on some other group in that report's frame.
General Chinese only.
"""

from __future__ import annotations

import re
from typing import Callable, Collection, Sequence

from .asked_untold import MONTH_ASKED, SURNAME_POST
from .town_names import town_names, towns_told
from .people import SURNAMES, is_surname_name
from .term_match import months_told

__all__ = ["asks_named", "names_asked", "persons_asked", "may_name_asked"]

# A name opening a question: a surname and one or two characters, then what follows a person (许芳的提案, 许芳委员提交,
# 许芳是哪个党派的).
_OPENING_NAME = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(?:委员|同志)?(?:的|是|提交|提出|提了|参加|获)")

# A surname and a post opening a question (林主席是谁, 王主任的提案): a person named by post, not by name; the post's
# first character is no part of a name (林主 is no one, though the shelf writes 林主任).
_SURNAME_THEN_POST = re.compile(r"[\u4e00-\u9fff]副?(?:主席|主任|主委|县长|市长|区长|镇长|书记|秘书长|部长|局长|院长|校长|会长|处长|科长|老师)")

# The core of a name joined by a middle dot (溪·白沙 of 柳溪·白沙镇活动组): the characters either side of the dot.
_JOINED = re.compile(r"[\u4e00-\u9fff]{1,2}·[\u4e00-\u9fff]{1,2}")


# A government body named with its level (区交通运输局, 县教育局, 市委统战部 is not one: 市委 is the party's).
_LEVEL_BODY = re.compile(r"([县区市])([\u4e00-\u9fff]{2,7}?局)")
_LEVELS = "省市县区"


def asks_named(question: str, persons: Sequence[str] = ()) -> bool:
    """Whether the normalised ``question`` asks of a month, a town, a surnamed person, a body of a level, or names
    one of ``persons``."""
    return bool(_LEVEL_BODY.search(question)) or names_asked(question, "", persons) is False


def body_of_other_level(question: str, passage: str) -> bool:
    """Whether the ``passage`` names a body the ``question`` names with its level (区交通运输局) only with another level
    (市交通运输局): another government's office, told of in another committee's report."""
    for level, body in _LEVEL_BODY.findall(question):
        if level + body not in passage and any(other + body in passage for other in _LEVELS if other != level):
            return True
    return False


def persons_asked(question: str, words: Sequence[str], known: Collection[str], written: Callable[[str], bool],
                  is_word: Callable[[str], bool], word_frequency=None) -> list[str]:
    """The persons the normalised ``question`` names in full: of its ``words``, each name the shelf's reports write
    (``known``); and a surname with one or two characters opening the question before 的, 委员 or a verb of a
    member (许芳的提案评上优秀提案了吗), no word of the shelf's vocabulary (``is_word``) yet ``written`` in some
    report (委员许芳提出…).  A report whose passage never names them tells of someone else (委员何玉芳…被评为优秀提案).
    Names are read by people.is_surname_name with the general dictionary's ``word_frequency``."""
    found = [word for word in words if 2 <= len(word) <= 3 and word in known
             and is_surname_name(word, question[question.find(word) + len(word):], word_frequency)]
    opening = _OPENING_NAME.match(question) if not _SURNAME_THEN_POST.match(question) else None
    for name in (opening.group(1), opening.group(1)[:2]) if opening else ():
        if name not in found and is_surname_name(name, question[len(name):], word_frequency) and not is_word(name) \
                and written(name):
            found.append(name)
            break
    return found


def names_asked(question: str, passage: str, persons: Sequence[str] = ()) -> bool:
    """Whether the normalised ``passage`` names each month, town and surnamed person the normalised ``question``
    asks of, and each of ``persons`` (persons_asked) (True when it asks of none), and no body of another level."""
    return not body_of_other_level(question, passage) and may_name_asked(question, passage, persons)


def may_name_asked(question: str, text: str, persons: Sequence[str] = ()) -> bool:
    """Whether ``text`` (a passage, or a report's whole normalised text, its passages joined by line breaks) names
    each person, joined name, month, town and surname the question asks of: a report whose whole text lacks one has
    no passage passing ``names_asked`` either.  (A body named with another level is names_asked's own test: it is
    about the words a passage lacks, and a passage lacks more than its report.)"""
    if any(person not in text for person in persons):
        return False
    if any(joined not in text for joined in _JOINED.findall(question)):
        return False  # 柳溪·白沙镇活动组 asked, a passage on another group told
    months = set(MONTH_ASKED.findall(question))  # 4月那次常委会议, not 4月以来
    if months and not months & set(months_told(text)):
        return False
    towns = town_names(question)
    if towns and not towns_told(towns, text):
        return False
    person = SURNAME_POST.search(question)  # 钱县长, 郑书记
    return not (person and person.group(1) in SURNAMES and person.group(1) not in text)
