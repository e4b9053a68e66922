"""Which city or province a committee's own place lies in (某区属于哪个市, 某县在哪个省, 某市是哪个省的).

A report names its place's city and province where it names its own body in full (我受政协邗某市菱某区第十届委员会
常务委员会委托: the city written right before the district) or the Party committees it answers to (认真贯彻中央、某省委
和某市委的部署): the place of that level it names with a body of its own (省委, 省政协, 市委, 市政府), when one
stands out from any other. Asked of a place the documents are not the committee of, nothing is told.

Called by the answerer before the general reading (answer.py ``_read_part``); general Chinese only: places by their
level words (省, 市, 州, 区, 县), no list of places.
"""

from __future__ import annotations

import re
from collections import Counter

from .question import KIND_WHERE

__all__ = ["place_above_answer"]

# 某区属于哪个市, 某县在哪个省, 某市是哪个省的, 某某区归哪个市管: the place, then the level above asked.
_ASKS = re.compile(r"^(?:请问)?(?P<place>[\u4e00-\u9fff]{2,3}?)(?:区|县|市|州)?(?:是|属于|归|在|位于)(?:哪个|哪1个|哪一个|哪|什么)"
                   r"(?P<above>省|市|州)(?:的|管|管辖)?(?:呢|啊)?[?？]?$")
# A place of the level asked named with a body of its own (某省委, 某市政协, 某省人民政府): (name, level).
_BODY_AFTER = r"(?:委|政协|政府|人民政府|人大|人大常委会|党委)"
# Words before a level that name no place (全省, 本市, 我省, 外省).
_NO_PLACE = re.compile(r"^(?:全|本|我|外|各|该|兄弟|省|市|县|区)|[的在和与及是到赴从向对为了]")


def _levels(asked: str) -> str:
    return "市州" if asked in "市州" else asked


def place_above_answer(answerer, q, norm: str):  # noqa: ANN001, ANN201 - an Answerer, a QuestionAnalysis; a Result or None
    """The city or province a question asks its committee's place to lie in, from the document of that place; None
    when not asked so, or when the document names no one place of that level (the general reading goes on)."""
    asked = _ASKS.search(norm)
    if not asked:
        return None
    index = answerer.index
    place, levels = asked.group("place"), _levels(asked.group("above"))
    docs = {d for d, frame in enumerate(index.frames) if place in frame.places}
    if not docs:
        return None
    written_before = re.compile(rf"([\u4e00-\u9fff]{{2}}[{levels}])(?:[\u4e00-\u9fff]{{2}}[市州])?{re.escape(place)}")
    with_body = re.compile(rf"([\u4e00-\u9fff]{{2}}[{levels}]){_BODY_AFTER}")
    before: Counter = Counter()
    bodies: Counter = Counter()
    first: dict[str, tuple[int, int]] = {}
    for p in range(index.size):
        if index.passage_doc[p] not in docs:
            continue
        for s, sentence in enumerate(index.sentence_norm[p]):
            for pattern_, counter in ((written_before, before), (with_body, bodies)):
                for m in pattern_.finditer(sentence):
                    name = m.group(1)
                    if name[:2] == place or _NO_PLACE.search(name[:-1]):
                        continue
                    counter[name] += 1
                    first.setdefault(name, (p, s))
    for counter in (before, bodies):
        ranked = counter.most_common()
        if ranked and (len(ranked) == 1 or ranked[0][1] > sum(n for _, n in ranked[1:])):
            name = ranked[0][0]
            return answerer._fact_result(KIND_WHERE, name, first[name], norm)
    return None
