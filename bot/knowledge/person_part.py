"""Declining by reason a person told in the part of a paragraph about another event than the one asked.

A paragraph tells several events of a kind one part each, each by its day and topic (7月18日,召开"甲"协商会,副主席某某主持,…。
8月22日,召开"乙"协商会,…。11月6日,围绕丙召开远程协商会,…): asked who presided or spoke at one of
them by its topic (丙协商会谁主持的), the person of another part is no answer — that part does not tell
the topic asked, while another part of the paragraph does.

Likewise a sentence telling several works one part each, each by its quoted name (甲领衔的"乙研究"，…；丙领衔的"丁研究"…):
asked who led one by words of its name, the person of a part quoting another name is no answer.

And a post bound to a quoted name in the person's clause ("甲群"群主由某某兼任): asked the holder of that post of
another quoted name of the same kind the paragraph writes ("乙群" 群主是谁), that person is no answer.

Used by checks.Checks.doubt on a who-answer; general Chinese only: parts are cut at 。 and ;.
"""

from __future__ import annotations

from .patterns import pattern
import re

__all__ = ["person_of_other_part"]


_DAY = re.compile(r"\d+月\d+日")
_QUOTED = re.compile(r'"([^"]{2,40})"')


def person_of_other_part(terms: list[tuple[str, ...]], fact: str, passage: str, asked: str) -> bool:
    """Whether the part of ``passage`` naming the person ``fact`` is an event of its own, told by its day
    and a quoted topic the question ``asked`` does not name, and leaves out a word of the question
    (``terms``: each term with its equivalents) that another dated part of the passage tells."""
    name = re.split(r"[（(]", fact, 1)[0].strip()
    if len(name) < 2:
        return False
    parts = [p for p in re.split(r"[。;；]", passage) if p.strip()]
    own = next((p for p in parts if name in p), None)
    if own is None:
        return False
    if _post_of_other_quoted(passage, name, asked):
        return True  # 乙群群主是谁 asked: "甲群"群主由某某兼任
    work = _does_quoted(terms, own, name, asked)
    if work and _names_other_quoted(terms, own, parts, name, work[-2:]):
        return True  # 民主监督那个课题谁领衔的 asked: 甲领衔的"专门协商机构…研究"；…"民主监督的实现形式研究"也按期完成
    if not (_DAY.search(own) and any(q not in asked for q in _QUOTED.findall(own))):
        return False  # a part of its own is an event told by its day and its quoted topic
    others = [p for p in parts if name not in p and _DAY.search(p)]
    for forms in terms:
        forms = tuple(f for f in forms if len(f) >= 2)
        if forms and not any(f in own for f in forms) and any(f in p for p in others for f in forms):
            return True
    return False


def _does_quoted(terms: list[tuple[str, ...]], own: str, name: str, asked: str) -> str:
    """The work the person's part tells them doing the deed asked to, not asked by its name (柯某同志领衔的"甲研究"
    for 谁领衔的: a word of the question stands between the name and the quoted name), or ""."""
    bound = pattern(re.escape(name) + r'([^"]{0,12}?)"([^"]{2,40})"').search(own)
    if bound is None or bound.group(2) in asked:
        return ""
    return bound.group(2) if any(len(f) >= 2 and f in bound.group(1) for forms in terms for f in forms) else ""


def _names_other_quoted(terms: list[tuple[str, ...]], own: str, parts: list[str], name: str, kind: str) -> bool:
    """Whether a word of the question, missing from the person's own part, stands in the quoted name of a work
    of the same kind (its name ending in the same ``kind`` word, …研究) another part tells."""
    quoted = [q for p in parts if name not in p for q in _QUOTED.findall(p) if q.endswith(kind)]
    for forms in terms:
        forms = tuple(f for f in forms if len(f) >= 2)
        if forms and not any(f in own for f in forms) and any(f in q for q in quoted for f in forms):
            return True
    return False


def _post_of_other_quoted(passage: str, name: str, asked: str) -> bool:
    """Whether the person's clause binds the post asked to a quoted name (\"甲群\"群主由某某兼任) the question
    does not name, while it names another quoted name of the paragraph ending in the same kind (乙群)."""
    own = next((c for c in re.split(r"[。;；,，]", passage) if name in c), "")
    bound = re.search(r'"([^"]{2,20})"([\u4e00-\u9fff]{1,4}?)(?:由|是|为|:|：)', own)
    if bound is None or bound.group(1) in asked or bound.group(2) not in asked:
        return False
    kind = bound.group(1)[-1]
    return any(q != bound.group(1) and q.endswith(kind) and q in asked for q in _QUOTED.findall(passage))
