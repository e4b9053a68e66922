"""Declining by reason the names of people asked by their role (请了哪些专家学者, 讲课的研究员叫什么名字, 由哪些市领导领衔)
and the sentence writes only the role (邀请专家学者授课8期, 邀请省农业科学院研究员…作专题辅导, 全部由市领导领衔督办),
naming no one: the kind of people is no answer to who they were.

Used by asked_untold.untold_doubt on a what-answer with no fact, and on a who-answer that gives only whose
people they were (市委、市政府 of 市委、市政府领导作出批示, for 批示的市领导是谁); general Chinese only.
"""

from __future__ import annotations

import re

from .people import find_person_names

__all__ = ["only_role_told", "role_asked"]

# Words of people by their calling or role (general Chinese).
_ROLE = r"(?:专家学者|专家|学者|研究员|教授|讲师|老师|医生|律师|企业家|嘉宾|代表|领导)"
# Which of them asked (哪些专家学者, 哪几位教授), or what they are called (研究员叫什么名字, 教授是谁); not whose
# (哪些单位的专家: the which-word asks the units, 的 making them the experts' own).
_NAMES_ASKED = re.compile(r"(?:哪些|哪几位|哪位|哪几个)(?:(?!的)[\u4e00-\u9fff]){0,4}?(" + _ROLE + r")|"
                          r"(" + _ROLE + r")(?:都|分别)?(?:叫什么|叫啥|姓什么|是谁|是哪几位|是哪位|的名字)")


def role_asked(question: str) -> str:
    """The role by which a question asks the names of people (领导 of 批示的市领导是谁), or ""."""
    asked = _NAMES_ASKED.search(question)
    return (asked.group(1) or asked.group(2)) if asked else ""


def only_role_told(question: str, shown: str, word_frequency) -> bool:
    """Whether ``question`` asks the names of people by a role the sentence ``shown`` writes naming no one (names
    read with the general dictionary's ``word_frequency``, as the index reads them: 宣传 is no name)."""
    asked = _NAMES_ASKED.search(question)
    if not asked:
        return False
    role = asked.group(1) or asked.group(2)
    return role in shown and not find_person_names(shown, word_frequency)
