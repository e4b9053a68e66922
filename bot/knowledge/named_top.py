"""The one a sentence names, then says has the most of something, or is the first of its kind, without a figure
before the superlative: "某某群"提交心得最多，达246篇; "某某群"最为活跃; 某某街道联络组人均提交心得8.2篇，在5个
联络组中排名第一.  Asked which one has the most (哪个群交的心得最多), is the most so (哪个读书群最活跃) or ranks first
(人均心得排第一的是哪个联络组), the name answers when it is of the kind asked (…群, …联络组) and the words before the
superlative rank what the question ranks.

For ranked_lists.told_top (a fallback after the shapes it reads itself) and top_asked.asks_top; general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["asks_named_top", "named_top"]

# The superlative asked: 最多 (最少, 最高 …), 最活跃 (a quality, two characters), or ranking first (排第一, 排名第一).
_ASKED = re.compile(r"最为?(?P<end>[多少高低大小])(?![\u4e00-\u9fff]{0,3}?(?:多少|几))|最为?(?P<quality>[\u4e00-\u9fff]{2})(?=[?？的]|$)"
                    r"|(?P<first>排名?第[一1]|排在第[一1]|居首位?)")
# The kind asked right after the which-word (哪个群, 哪个读书群, 哪个委员联络组).
_KIND = re.compile(r"哪(?:一|1)?个?([\u4e00-\u9fff]{1,6}?)(?=交|提|报|立|承|的|最|是|有|排|[?？]|$)")
_WHICH = re.compile(r"哪(?!些|几)")
# Superlatives a sentence writes for the most and the first.
_TOLD_END = {"多": r"最为?多|最高|最大", "少": r"最为?少|最低|最小"}
_TOLD_FIRST = r"排名第[一1]|排第[一1]|位列第[一1]|名列第[一1]|居首位|位居第[一1]|居第[一1]|最多|最高"
_NOT_RANKED = re.compile(r"哪[一1]?个?|谁|什么|啥|[的了是为在有被中最量数件条篇名个次第一排,，、\d]")


def asks_named_top(question: str) -> bool:
    """Whether the question asks which one of a kind is the most so or ranks first (哪个读书群最活跃)."""
    asked = _ASKED.search(question)
    return bool(asked) and bool(_WHICH.search(question)) and bool(asked.group("quality") or asked.group("first"))


def named_top(question: str, sentence: str) -> str:
    """The name the sentence writes before saying it has the most of (or is the most so, or first in) what the
    question asks, when of the kind asked; '' otherwise."""
    asked, kind = _ASKED.search(question), _KIND.search(question)
    if not asked or not kind or not _WHICH.search(question):
        return ""
    told = _TOLD_FIRST if asked.group("first") else rf"最为?{asked.group('quality')}" if asked.group("quality") \
        else _TOLD_END["多" if asked.group("end") in "多高大" else "少"]
    ranked = set(_NOT_RANKED.sub("", question.replace(kind.group(0), "").replace(asked.group(0), "")))
    for match in re.finditer(told, sentence):
        start = max(sentence.rfind(c, 0, match.start()) for c in ",，;；。:：") + 1
        if re.match(r"在[^,，;；。]*中", sentence[start:match.start()]) and start > 0:  # …，在5个联络组中排名第一
            start = max(sentence.rfind(c, 0, start - 1) for c in ",，;；。:：") + 1
        clause = re.sub(r"^(?:其中|而|另外)", "", sentence[start:match.start()])
        quoted = re.match(r'"([^"]{2,16})"', clause)
        name = quoted.group(1) if quoted else next(
            (m.group(1) for m in re.finditer(rf"^([\u4e00-\u9fff]{{0,12}}?{re.escape(kind.group(1))})", clause)), "")
        if not name or not name.endswith(kind.group(1)[-1]):
            continue
        if ranked and not ranked & set(clause[len(name):]):
            continue  # another thing ranked (发言最多 for 心得最多)
        return name
    return ""
