"""Whether one Chinese character is plausibly typed for another: a slip, not another word.

A member types a character by its sound (an input method offers every character of a reading: 岚 typed 蓝) or
takes one for another that looks like it (锡 read for 钖).  Two characters are a plausible slip when

- they share a reading, tones aside (pypinyin's table, as ``spelling`` reads it; a traditional form reads as its
  simplified one: 濱 and 滨), or
- they are alike in shape: the CJK Unified Ideographs block orders its characters by their radical and then by
  the strokes beyond it, so two characters a short run of code points apart share their radical and most of
  their strokes (锡 and 钖 under 钅; 河 and 油 under 氵).  Characters under different radicals (篱 under 竹, 峣
  under 山) or far apart in strokes stand far apart.

General: no character list, only the Unicode order and the readings table.
"""

from __future__ import annotations

from functools import lru_cache

from .spelling import _readings as readings  # pypinyin's table, read once and shared

__all__ = ["typed_alike"]

# The CJK Unified Ideographs block (URO), ordered by radical and then strokes.
_URO = (0x4E00, 0x9FFF)
# How far apart in that order two characters may stand and still share their radical and most strokes: a few
# strokes' run under one radical (the most written radicals, 氵 木 艹 口, hold some sixty to a hundred characters
# a stroke).
_SHAPE_SPAN = 0x100


def _in_uro(char: str) -> bool:
    return len(char) == 1 and _URO[0] <= ord(char) <= _URO[1]


@lru_cache(maxsize=4096)
def typed_alike(asked: str, written: str) -> bool:
    """Whether ``asked`` is plausibly a slip for ``written`` (one character each): alike in sound or in shape."""
    if asked == written:
        return True
    if not (_in_uro(asked) and _in_uro(written)):
        return False
    if set(readings(asked)) & set(readings(written)):
        return True
    return abs(ord(asked) - ord(written)) <= _SHAPE_SPAN
