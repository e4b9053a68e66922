"""How a role is written: held then or before (时任, 原, 上届), a post held or only its deputy's (副主席 is
not 主席), and the level of the body it is at (全国 / 省 / 市 / 区 / 县).

Plain functions over text, read by the fact reader, the checks and the answers about heads of bodies.
"""

from __future__ import annotations

import re

__all__ = ["FORMER", "THEN_HELD", "holds", "level_of", "same_level"]

FORMER = re.compile(r"上[一1]?届|前任|原任|历任|首任|第[一1]任|以前的|之前的|原来的|原先的")
THEN_HELD = re.compile(r"时任|原任|前任|原(?=[\u4e00-\u9fff])")  # a role held then (时任主席), not now
_LEVEL = re.compile(r"(全国|省|市|区|县)(?:政协|委员会|委|政府|人大)")


def holds(role: str, post: str) -> bool:
    """Whether a role is the post asked (副主席 is not 主席)."""
    start = role.find(post)
    while start >= 0:
        if post.startswith("副") or role[start - 1:start] != "副":
            return True
        start = role.find(post, start + 1)
    return False


def level_of(text: str) -> set[str]:
    return set(_LEVEL.findall(text))


def same_level(question: str, role: str) -> bool:
    """A question about a 省 or 全国 body is not answered by a 市 one's holder."""
    asked = set(_LEVEL.findall(question))
    told = set(_LEVEL.findall(role))
    return not asked or not told or bool(asked & told)
