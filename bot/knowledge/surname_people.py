"""Everyone of one surname a report names (文件里姓冉的两个人都叫啥, 姓林的都有谁): asked by the surname alone, with
no post or deed to pick one of them out, the answer is each name of that surname, in the order the text first
names them.  A question that also names a post (姓郑的副主席) or anything else is left to the readers that pick one.

Used by heads_answers.py (``HeadAnswers._answer_declared``); general Chinese only.
"""

from __future__ import annotations

import re

from .question import KIND_WHO
from .values import Result

__all__ = ["surname_people_answer"]

# Where in the paper (文件里, 报告中, 材料里面), the surname, how many (两个, 几位, 那两个), 人, then the name asked.
_ASKS = re.compile(r"^(?:请问)?(?:(?:这份|这个|本)?(?:文件|报告|材料|文中|文章|总结)(?:里面|里|中|上)?的?)?"
                   r"姓(?P<surname>[\u4e00-\u9fff])的(?:那|这)?(?:[两二三四几\d](?:个|位|名))?(?:人)?"
                   r"(?:都|分别)?(?:叫(?:什么|啥)(?:名字?)?|是谁|有谁|有哪(?:些|几位|几个)人?|是哪(?:些|几位|几个)人?)[?？!。呢啊]*$")


def surname_people_answer(answerer, norm: str) -> Result | None:  # noqa: ANN001 - an Answerer
    """The names of the surname asked, joined (甲、乙); None when the question asks otherwise, declined when the
    text names nobody of that surname.  (A count asked, 两个, is not checked: a name read wrongly is told beside.)"""
    asked = _ASKS.match(norm)
    if asked is None:
        return None
    index = answerer.index
    first: dict[str, tuple[int, int]] = {}
    for name in (n for n in index.names if n.startswith(asked.group("surname")) and len(n) >= 2):
        for p, sentences in enumerate(index.sentence_norm):
            at = next((s for s, sentence in enumerate(sentences) if name in sentence), None)
            if at is not None:
                first.setdefault(name, (p, at))
                break
    if not first:
        return Result(False, 0.0, KIND_WHO, question=norm)
    names = sorted(first, key=first.__getitem__)
    return answerer._fact_result(KIND_WHO, "、".join(names), first[names[0]], norm)
