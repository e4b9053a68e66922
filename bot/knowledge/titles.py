"""A name asked of a thing (那本讲调解的读本叫啥, 征文活动叫什么名字): documents write names in quotes
(计划编印…"白禾法治故事""白禾调解案例选"), so the sentence whose quoted name holds the
question's telling word names it, before one that only speaks of the same subject.

Used by the answerer (answer.py) when ranking sentences for a what-question.
"""

from __future__ import annotations

import re

from .question import QuestionAnalysis

_ASKS_NAME = re.compile(r"叫啥|叫什么|什么名字|名字|名称|书名|题目|标题|题为")
# A quoted name, as normalising writes 《》 and “” (both become ").
_QUOTED = re.compile(r'"([^"]{2,40})"')


# What the named thing is about, as the question tells it (讲调解的读本, 关于养老的提案, 写老街的文章).
_ABOUT = re.compile(r"(?:讲|关于|有关|介绍|写|反映|聚焦|围绕)([\u4e00-\u9fff]{2,10}?)的")


def named_in_quotes(q: QuestionAnalysis, sentence: str) -> bool:
    """Whether the question asks the name of a thing it tells the subject of (讲调解的读本叫啥) and a
    quoted name of the sentence holds that subject (调解 in "白禾调解案例选"). The question's other
    words (法制委员会 of 法制委员会大会发言的题目) may be quoted as any other name."""
    about = _ABOUT.search(q.norm)
    if not about or not _ASKS_NAME.search(q.norm):
        return False
    words = [e for t in q.terms if len(t.text) >= 2 and t.text in about.group(1) for e in t.equivalents if len(e) >= 2]
    return any(w in name for name in _QUOTED.findall(sentence) for w in words)
