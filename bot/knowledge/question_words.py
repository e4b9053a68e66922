"""A question's words made ready to be its terms: a session named short joined into one word, the
committee's level written apart from its body dropped.

A session short (9届14次, as normalised) is split by the segmenter into its numbers and characters
(9 届 14 次); as one word it is matched to the session however the text writes it
(term_match.py: 政协某县第9届委员会第14次会议 too), where its numbers alone match nothing. So is a
meeting named by its ordinal (第 11 次 常委会议 → 第11次): the lone 第 and 11 would tell nothing of which.

A question may write the committee's level apart from its body (县 + 政协委员, as the segmenter
splits it); the lone 县 would then be looked for as a word of its own, one character found inside
any word (县城, 全县), and weigh as much as what is asked. The level stays in the question's text,
where ``checks.other_level`` reads it (市政协 asked of a county's report).

Not for a place's name (柘川县政协: question.py drops a committee's own place) nor for 县委 / 县长.
"""

from __future__ import annotations

import re

__all__ = ["question_words"]

# Words asking what is charged for a service or a place (a fee, a price, a rent): money asked (question.py), and a
# sum in 元 of no charge answers none of them (money_told.py).
FEE_WORDS = "收费|学费|租金|房租|票价"
_LEVELS = frozenset("省市县区州")
_NUMBER = re.compile(r"\d+")
_TERM_ORDINAL = re.compile(r"(?:\d+届)?")
_MEETING_OF_TERM = re.compile(r"\d+届第(\d+)次")
# The rest of a session short that a merge of lone characters already joined (10 届4次: 届4次 is a word the
# documents hold, in 10届4次会议), with what follows it.
_SESSION_REST = re.compile(r"届\d+次(.*)")


def question_words(words: list[str]) -> list[str]:
    """The question's words with each session short as one word (9 届 14 次 → 9届14次; 第 11 次 → 第11次), without a lone
    level character that heads the word 政协 after it (县 政协委员 → 政协委员; 县城 or 县 政府 stay)."""
    joined: list[str] = []
    n = 0
    while n < len(words):
        if n + 3 < len(words) and _NUMBER.fullmatch(words[n]) and words[n + 1] == "届" \
                and _NUMBER.fullmatch(words[n + 2]) and words[n + 3].startswith("次"):
            joined.append("".join(words[n:n + 3]) + "次")
            if words[n + 3] != "次":
                joined.append(words[n + 3][1:])  # 次常委 → 次, 常委
            n += 4
            continue
        if n + 2 < len(words) and words[n].endswith("第") and _NUMBER.fullmatch(words[n + 1]) \
                and words[n + 2].startswith("次"):
            # 第 11 次 常委会议: the meeting by its ordinal; the term's ordinal before it (9届第) is left
            # out, as a report of one term often names its meetings without it.
            if not _TERM_ORDINAL.fullmatch(words[n][:-1]):
                joined.append(words[n][:-1])
            joined.append(f"第{words[n + 1]}次")
            if words[n + 2] != "次":
                joined.append(words[n + 2][1:])
            n += 3
            continue
        rest = _SESSION_REST.fullmatch(words[n + 1]) if n + 1 < len(words) and _NUMBER.fullmatch(words[n]) else None
        if rest:
            joined.append(words[n] + words[n + 1][:len(words[n + 1]) - len(rest.group(1))])
            if rest.group(1):
                joined.append(rest.group(1))
            n += 2
            continue
        meeting = _MEETING_OF_TERM.fullmatch(words[n])
        joined.append(f"第{meeting.group(1)}次" if meeting else words[n])  # 7届第8次, one word: as above
        n += 1
    return [word for n, word in enumerate(joined)
            if not (word in _LEVELS and n + 1 < len(joined) and joined[n + 1].startswith("政协"))]


# Nouns of a share (占多少比例, 占比多少): what a percentage is, not a thing counted beside it (general Chinese).
_SHARE_NOUNS = ("比例", "比重", "占比", "百分比", "比率", "份额")


def asks_share(unit: str | None, after: str) -> bool:
    """Whether the words after 多少 name the share a percentage is (占多少比例): nothing counted."""
    return unit == "%" and after.startswith(_SHARE_NOUNS)


# Nouns general Chinese names the kind of an answer by (哪些地方, 什么方式, 对象是哪个): the answer gives an
# instance (在市委党校举办, 汇编成册印发), seldom the noun itself.
_KIND_NOUNS = frozenset("地方 地点 场所 城市 文件 方式 形式 性质 对象 荣誉 称号 荣誉称号 类型 种类 类别 领域 渠道 途径 媒体 刊物".split())
_ASKED_BEFORE = r"(?:哪些|哪几[个类种家所]?|哪[个种类]|哪一[个种类]|什么|啥|何种)(?:样的)?"
_ASKED_AFTER = r"(?:是|为|叫)(?:哪|什么|啥)"


def soften_kind_nouns(terms: list, norm: str) -> None:
    """A noun naming the kind of thing asked for (设在哪些城市, 以什么方式, 评议对象是哪个局), when the documents never
    use it, weighs little: the answer names the city or the way, not the noun, and without this the noun's full
    weight as a word the documents lack would decline a question whose answer stands in them."""
    for term in terms:
        if not term.known and term.text in _KIND_NOUNS and (
                re.search(_ASKED_BEFORE + re.escape(term.text), norm) or re.search(re.escape(term.text) + _ASKED_AFTER, norm)):
            term.weight *= 0.05
        elif term.text == "字" and _WORDING_ASKED.search(norm):
            term.weight *= 0.05  # 宗旨是哪八个字: the words themselves asked ("存史、资政…"), no sentence counts 字


# The very words of a motto or principle asked by how many characters it has (哪八个字, 哪几个字).
_WORDING_ASKED = re.compile(r"哪(?:\d+|几)个字")
