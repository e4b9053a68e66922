"""A question that asks two things, split into two questions before each is
answered ("社情民意编报了多少篇,提案立案多少件", "视察调研和协商议政活动分别有多少次"),
a later part taking the subject the first part names ("…哪几家搭的").
"""

from __future__ import annotations

import re

from .segment import Segmenter


_SPLIT_MARKERS = re.compile(
    r"多少|(?<!哪)几(?!乎)|谁|哪|什么时候|何时|为什么|为啥|什么|啥|职务|原因|时间|日期|地点|名字|(?:次|人|篇|件|条|户)数|数量"
)
_ASK_START = re.compile(r"^(?:那|又|再|还|都|分别|各)?(?:是|在|有)?(?:多少|几|谁|哪|什么|啥|何时|为什么|为啥)")
_PRONOUN_START = re.compile(r"^(?:他们|她们|他|她|它|其|这个|那个)")


def _carry_subject(parts: list[str]) -> list[str]:
    """A later part that starts with the question word or a pronoun ("哪几家搭的",
    "他感谢政协的原因") is about what the first part names before its question word."""
    first = parts[0]
    marker = _SPLIT_MARKERS.search(first)
    subject = first[:marker.start()] if marker else ""
    subject = re.sub(r"(?:的|是|在|有|都|一共|总共)+$", "", subject).strip()
    if len(subject) < 2:
        return parts
    result = [first]
    for part in parts[1:]:
        pronoun = _PRONOUN_START.match(part)
        if pronoun:
            result.append(subject + part[pronoun.end():])
        elif _ASK_START.match(part):
            result.append(subject + part)
        else:
            result.append(part)
    return result


def split_compound(norm: str, segmenter: Segmenter) -> list[str]:
    """A question that asks two things, split in two:
    "社情民意编报了多少篇,提案立案多少件" → two questions;
    "视察调研和协商议政活动分别有多少次" → "视察调研有多少次", "协商议政活动有多少次"."""
    parts = [p for p in re.split(r"[,;?!。]|以及|另外|还有|同时|并且", norm) if p.strip()]
    if len(parts) == 1:
        # "哪天启动的和哪几家搭的": a plain 和 between two asked things.
        joints = [m for m in re.finditer(r"(?<=[的了呢])(?:和|跟|与|及)", norm)
                  if _SPLIT_MARKERS.search(norm[:m.start()]) and _SPLIT_MARKERS.search(norm[m.end():])]
        if joints:
            parts = [norm[:joints[0].start()], norm[joints[0].end():]]
    asked = [p for p in parts if _SPLIT_MARKERS.search(p)]
    if len(asked) >= 2:
        result = []
        for part in parts:
            if _SPLIT_MARKERS.search(part) or not result:
                result.append(part)
            else:
                result[-1] += part
        return _carry_subject(result[:3])
    match = re.search(r"分别|各自|各(?=有|是|多少|几)", norm)
    if match:
        head, tail = norm[:match.start()], norm[match.start():]
        tail = re.sub(r"^(?:分别|各自|各)", "", tail)
        words = segmenter.words(head)
        pieces, current = [], ""
        for word in words:
            if word in ("和", "与", "及", "跟", "、", "同", "以及"):
                if current:
                    pieces.append(current)
                current = ""
            else:
                current += word
        if current:
            pieces.append(current)
        # Keep a shared lead (去年 …) on every piece.
        if len(pieces) >= 2:
            return [piece + tail for piece in pieces[:3]]
    return [norm]
