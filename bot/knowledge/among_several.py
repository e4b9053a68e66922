"""Declining by reason an amount told of several places or units together, one of them asked: 甲社区托育点有几个
is not answered by 在甲社区等地开展协商6场，推动新建托育点9个 — 等 makes 甲社区 one of several, and the amount
(in its own clause or one carrying on the same deed) counts them all.

The name asked is the longest piece of the question (two characters or more) written right before 等 in the
sentence; told elsewhere in the sentence without 等 (甲社区新建3个), the figure may be its own, and no doubt is
cast.  A question writing 等 itself (甲社区等地开展了几场) asks of the several.  General Chinese only.

For: the doubt on a chosen amount (checks.py, ``Checks.doubt``).
"""

from __future__ import annotations

import re
from typing import Callable

from .people import is_surname_name

__all__ = ["one_of_several_told", "one_use_of_several"]

# 等 closing a list (甲社区等, 甲区、乙区等3个区), not the verb or noun it opens (等待, 等级, 等次, 等候) nor 同等, 平等.
_AMONG = re.compile(r"(?<![同平对均相])等(?![待候级次同于])")
# The shortest piece of a name the question may share with the sentence.
_SHORTEST = 2


def one_of_several_told(question: str, kind: str, fact: str, shown: str, general: Callable[[str], int]) -> bool:
    """Whether a count is asked of one place or unit the sentence names only as one of several (…等); ``general``:
    a word's frequency in general Chinese (a common noun, 社区 or 客厅, is the kind, no one of it).  A rate
    (``fact`` 15个百分点, 85%) holds for each of the several, so it answers one of them."""
    if kind != "number" or "等" in question or _RATE.search(fact or ""):
        return False
    for m in _AMONG.finditer(shown):
        name = _asked_before(question, shown[:m.start()])
        # 孙某等5名委员调研了40余个小区: his deed too; 提案、调研专报等46份 counts the kinds listed as one (people aside);
        # 因工作变动等原因: the ways or causes of the one deed counted, no several units
        together = "们" in question or re.match(r"\d|" + _MANNERS, shown[m.end():])
        if name and not together and not general(name) and not _told_alone(name, shown) \
                and not _all_items_asked(question, shown[:m.start()]) and not _a_person(name, shown, m.start(), general):
            return True
        if re.match(r"\d+[名人位]", shown[m.end():]) and _item_asked(question, shown[:m.start()]):
            return True  # 学生有多少 asked, 学生代表、企业负责人等58名 told: people of several kinds counted together
    return False


def one_use_of_several(question: str, kind: str, fact: str, shown: str) -> bool:
    """Whether a sum spent on one use is asked (小程序开发花了多少钱) and the sentence tells the whole sum, spent on
    several uses it lists after it (经费86万元，主要用于场地运行、活动组织和小程序开发维护), none with its own amount."""
    if kind != "number" or not fact or fact not in shown:
        return False
    use = _USES.search(shown, shown.find(fact) + len(fact))
    if not use or re.search(r"\d", use.group(1)):
        return False
    items = [item for item in re.split(r"、|和|及|以及|与", use.group(1)) if item]
    if len(items) < 2:
        return False
    if any(word in question for word in _USE_WORDS):
        return False
    # Where the question names the sum (经费, the two characters before its amount), the use follows it (客厅活动
    # 经费有多少 asks the sum, though 重点客厅活动组织 is one of its uses; 经费中小程序开发花了多少钱 asks a use).
    noun = shown[max(0, shown.find(fact) - 2):shown.find(fact)]
    after = question.find(noun) + len(noun) if len(noun) == 2 and noun in question else 0
    return any(_shares_words(question[after:], item) for item in items)


# The uses a sum is put to, listed after it (用于…、…和…), up to the clause's end.
_USES = re.compile(r"[,，]?(?:主要|重点|全部|分别)?(?:用于|投向|用在)([^,，;；。]{4,60})")
# A question asking what the sum is used for (用于什么) reads the list as its answer.
_USE_WORDS = ("用于", "用途", "用在", "投向")


def _shares_words(question: str, item: str) -> bool:
    """Whether the question writes three characters running of ``item`` (小程序 of 小程序开发维护)."""
    return any(item[at:at + 3] in question for at in range(len(item) - 2))


# The kind asked is what the question counts: right before its how-many (学生一共多少人; not 走访了多少人, a deed).
_COUNTED_AFTER = r"(?:一共|总共|共|都|总)?有?(?:多少|几)"


def _item_asked(question: str, before: str) -> bool:
    """Whether one item of a list closed by 等 (甲、乙等), not its last, is the question's (the whole item, its
    opening word, 学生 of 学生代表, or its last two characters) right before its how-many, and no other item is."""
    items = re.split(r"、", re.split(r"[,，;；。:：]", before)[-1])
    if len(items) < 2:
        return False
    pieces = {item: (item, item[-2:], *(item[:size] for size in range(2, len(item)))) for item in items if len(item) >= 2}
    named = [item for item, own in pieces.items() if any(piece in question for piece in own)]
    return len(named) == 1 and named[0] != items[-1] and any(  # (学生和企业代表有几名 asks them all)
        re.search(re.escape(piece) + _COUNTED_AFTER, question) for piece in pieces[named[0]])


# An amount told per unit: the same for each of several (活跃率提高15个百分点, 达到85%, 每…3场 aside).
_RATE = re.compile(r"%|百分点|分之|倍")
# What follows 等 when it closes the ways or causes of one deed (因工作变动等原因, 通过走访、座谈等方式).
_MANNERS = r"(?:原因|方式|形式|途径|渠道|办法|手段|因素)"


def _all_items_asked(question: str, before: str) -> bool:
    """Whether the question writes every item of the list closed by 等 (文明劝导、环境整治等活动 asked as
    文明劝导环境整治): it asks of the several, not one of them."""
    items = [item for item in re.split(r"、", re.split(r"[,，;；。:：]", before)[-1]) if item]
    return len(items) >= 2 and all(item[-2:] in question for item in items)


def _a_person(name: str, shown: str, at: int, general: Callable[[str], int]) -> bool:
    """Whether the piece before 等 is a person (主任陆文涛等带队走访…): the deed is theirs too, done with others."""
    return any(is_surname_name(name[-size:], shown[at:at + 2], general) for size in (2, 3) if len(name) >= size)


def _asked_before(question: str, before: str) -> str:
    """The longest end of ``before`` (after its last comma or list mark) that the question writes, or ''."""
    piece = re.split(r"[,，;；。、]", before)[-1]
    for size in range(len(piece), _SHORTEST - 1, -1):
        if piece[-size:] in question and re.fullmatch(r"[\u4e00-\u9fff]+", piece[-size:]):
            return piece[-size:]
    return ""


def _told_alone(name: str, shown: str) -> bool:
    """Whether ``name`` stands somewhere in the sentence not closing a list (no 等 right after it)."""
    return any(not shown.startswith("等", m.end()) and not re.match(r"[\u4e00-\u9fff]{0,2}等", shown[m.end():])
               for m in re.finditer(re.escape(name), shown))
