"""The header block of minutes (会议纪要) and like papers: form lines under the title that tell where the meeting
was held (会议地点：某机关四楼会议室) and how many came (参　　加：…代表，共62人), which no sentence of the text
repeats.  Asked where the meeting the paper is about was held (协商会在哪里开的, 会议地点在哪) or how many came to
it (参加协商会的一共多少人, 一共多少人参会), these lines answer.

The meeting asked must be the paper's own: named by a kind its title writes (协商会 of …专题协商会纪要), with or
without a topic its title also writes (托育协商会 of …托育服务专题协商会纪要), or only as 会议 / 会 / 这次会.  Learned on the first such question; called by ``HeadAnswers._answer_delivery``
(heads_answers.py) beside the paper's own facts (notice_facts.py).  General layout of Chinese minutes only.
"""

from __future__ import annotations

import re

__all__ = ["minutes_fact"]

# Form lines, normalised (the padding between a label's characters is gone): 会议地点:…, 参加:…共62人.
_PLACE_LINE = re.compile(r"^(?:会议)?(?:地点|地址|会场)[:：](?P<fact>[^,，;；。]{2,40})$")
_COUNT_LINE = re.compile(r"^(?:参加|出席|列席|参会|与会|到会)(?:人员|对象)?[:：].*?(?:共|合计|总计)(?:计)?(?P<fact>\d+(?:人|名))")

_MEETING = r"(?:这次|本次|那次|此次|该|这个|那个)?(?P<meet>[\u4e00-\u9fff]{0,10}?(?:会议|会))?"
_PLACE_ASKED = (
    re.compile(r"^" + _MEETING + r"(?:是|的)?(?:在|于)?(?:哪里|哪儿|哪|什么地方|何处|何地|啥地方)(?:开|召开|举行|举办|开会)?的?[?？。]*$"),
    re.compile(r"^(?P<meet>会议|开会|[\u4e00-\u9fff]{0,10}?会)的?(?:地点|会场)(?:在|是)?(?:哪里|哪儿|哪|什么地方|什么|啥)?[?？。]*$"),
)
_COUNT_ASKED = (
    re.compile(r"^(?:参加|出席|参会|与会|到会)(?:了)?" + _MEETING + r"的?(?:人员|人)?(?:一共|总共|共)?(?:有)?(?:多少|几)(?:人|名|位)[?？。]*$"),
    re.compile(r"^" + _MEETING + r"(?:一共|总共|共)?(?:有)?(?:多少|几)(?:人|名|位)(?:参加|出席|参会|与会|到会)(?:了)?(?:会议)?[?？。]*$"),
)
_GENERIC = ("会议", "会")


def _learn(index) -> dict[int, dict[str, tuple[str, int, int]]]:  # noqa: ANN001 - a PassageIndex
    """Each document's header facts: kind → (fact, passage, sentence), the first line of each kind."""
    found: dict[int, dict[str, tuple[str, int, int]]] = {}
    for p in range(index.size):
        own = found.setdefault(index.passage_doc[p], {})
        for s, line in enumerate(index.sentence_norm[p]):
            for kind, pattern in (("place", _PLACE_LINE), ("count", _COUNT_LINE)):
                if kind not in own and (m := pattern.match(line.replace(" ", ""))):
                    own[kind] = m.group("fact"), p, s
    return found


def _names_paper(meeting: str, title: str) -> bool:
    """Whether the meeting asked is the one the title names: the whole phrase stands in it, or its kind (the
    closing 协商会, 座谈会 …) and the topic before it both do, apart (托育 + 协商会 in 托育服务专题协商会纪要)."""
    if meeting in title:
        return True
    return any(meeting[:cut] in title and meeting[cut:] in title for cut in range(1, len(meeting) - 1))


def minutes_fact(answerer, norm: str):  # noqa: ANN001, ANN201 - an Answerer (HeadAnswers); a Result or None
    """Where the paper's meeting was held, or how many came, as its header block tells; None otherwise."""
    asked = next(((kind, m) for kind, patterns in (("place", _PLACE_ASKED), ("count", _COUNT_ASKED))
                  for pattern in patterns if (m := pattern.match(norm))), None)
    if asked is None:
        return None
    kind, match = asked
    meeting = (match.group("meet") or "").removeprefix("开")
    if answerer.__dict__.get("_minutes_facts") is None:
        answerer._minutes_facts = _learn(answerer.index)
    documents = answerer.index.documents
    told = [(doc, facts[kind]) for doc, facts in answerer._minutes_facts.items() if kind in facts and (
        not meeting or meeting in _GENERIC or _names_paper(meeting, documents[doc].title))]
    if len(told) != 1:
        return None  # no paper tells it, or several do and the question names none of them
    fact, p, s = told[0][1]
    return answerer._fact_result("number" if kind == "count" else "where", fact, (p, s), norm)
