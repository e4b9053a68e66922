"""An amount told of one body pointed back at (该工作室, 这个小组), for a question asking the kind in general.

A report goes through its units one by one: 某镇委员工作室由…担任召集人。…全年该工作室接待群众312人次.
The amount is that one unit's, named a sentence before, not all the units': 委员工作室接待群众多少人次
asks them all (全年各工作室共接待群众3462人次), while 某镇委员工作室接待了多少人次 asks that one.
The question asks the one pointed back at when it writes a piece of the unit's own qualifier (某镇) —
what the unit's name holds besides the kind's words the question shares with it (委员工作室) — or when the
pointer's own sentence writes the place the question names before the noun (在某社区…，推动该小区…: 某社区小区).

For: the doubts on an answer (doubted_next.py).  General Chinese only: the pointing words.
"""

from __future__ import annotations

import re

from .facts import clause_bounds

__all__ = ["one_body_pointed"]

# Words pointing back at one thing named before (该工作室, 这个小组, 这家企业, 这所学校).
_POINTED = re.compile(r"(?:该|这个|这家|这所|此)([\u4e00-\u9fff]{2,4})")
# A question pointing at one thing itself (这个工作室…, 该小组…) asks the one it means.
_QUESTION_POINTS = re.compile(r"该|这|那|此")
_HAN_RUN = r"[\u4e00-\u9fff]{1,10}"
# A run before the noun that ends pointing back or at all of them (该工作室, 各工作室) names no unit of its own.
_POINTING_END = re.compile(r"(?:该|这个|这家|这所|此|这|那|各|每个|每|全|其)$")


def _common_tail(a: str, b: str) -> int:
    k = 0
    while k < min(len(a), len(b)) and a[-1 - k] == b[-1 - k]:
        k += 1
    return k


def _asked_before(question: str, noun: str, told: str) -> bool:
    """Whether the qualifier the question writes before ``noun`` (某社区 of 某社区小区), three characters or more of
    its end, is written in ``told``: the pointer's own sentence before it, which is then about the one asked."""
    asked = re.search(f"({_HAN_RUN}){noun}", question)
    run = asked.group(1) if asked else ""
    return any(run[i:] in told for i in range(len(run) - 2))


def _names_other(question: str, noun: str, before: str) -> bool | None:
    """Whether the last unit named before with ``noun`` (某镇委员工作室) has a qualifier of its own the
    question does not write; None when nothing before names one."""
    named = [run for run in re.findall(f"({_HAN_RUN}){noun}", before) if not _POINTING_END.search(run)]
    if not named:
        return None
    asked = re.search(f"({_HAN_RUN}){noun}", question)
    qualifier = named[-1]
    own = qualifier[:len(qualifier) - _common_tail(qualifier, asked.group(1) if asked else "")]
    pieces = [own[i:i + 2] for i in range(len(own) - 1)]
    return bool(pieces) and not any(piece in question for piece in pieces)


def one_body_pointed(question: str, sentence: str, fact: str, before: str) -> bool:
    """Whether the amount ``fact`` of ``sentence`` is told of one unit pointed back at (该工作室), in its
    statement up to the amount's clause, that the ``question`` does not name: the unit named in ``before``
    (the paragraph's earlier sentences, its heading) has a qualifier the question does not write."""
    at = sentence.find(fact) if fact else -1
    if at < 0 or _QUESTION_POINTS.search(question):
        return False
    start = max(sentence.rfind(mark, 0, at) for mark in ";。") + 1  # its statement, as far as its clause
    told = sentence[start:clause_bounds(sentence, at)[1]]
    for pointed in _POINTED.finditer(told):
        words = pointed.group(1)
        for end in range(len(words), 1, -1):  # the longest head the question writes: 工作室 of 工作室接待
            noun = words[:end]
            if noun not in question:
                continue
            if _asked_before(question, noun, sentence[:start + pointed.start()]):
                break  # 在某社区…,推动该小区…: the sentence named the place asked, and points at its own unit
            other = _names_other(question, noun, before + sentence[:start + pointed.start()])
            if other is not None:
                if other:
                    return True
                break
    return False
