"""People offered as a choice (甲某和乙某谁是社法委主任, 甲某还是乙某是队长, 甲某跟乙某哪个是召集人): the question names
them to ask which one holds a post or did a deed, so no sentence need name them both; each is an answer the one that
does may give.  Their name terms stop being entities every passage read must name (checks.entities_ok).

Used by question.analyse; general Chinese only.
"""

from __future__ import annotations

import re
from dataclasses import replace

__all__ = ["offered_as_choice"]

# Two or three names joined by 和 / 与 / 跟 / 还是 / 、, then the question word picking one of them.
_CHOICE = re.compile(r"^([\u4e00-\u9fff]{2,4}?(?:(?:和|与|跟|还是|、)[\u4e00-\u9fff]{2,4}?)+)(?:两人|两位|俩|三人|中|里|当中)?"
                     r"(?:谁|哪个|哪位|哪1个|哪1位)")


def offered_as_choice(analysis) -> None:  # noqa: ANN001 - a QuestionAnalysis
    """Where the question opens with names joined as a choice and asks which one (甲和乙谁是…), its name terms
    are no longer entities a passage must name."""
    choice = _CHOICE.match(analysis.norm)
    if not choice:
        return
    offered = [name for name in re.split(r"和|与|跟|还是|、", choice.group(1)) if name]
    if len(offered) < 2 or not all(name in analysis.names for name in offered):
        return
    analysis.terms = [replace(t, entity=False) if t.text in offered else t for t in analysis.terms]
