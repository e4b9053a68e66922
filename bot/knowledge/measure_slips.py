"""A measure word typed by its sound after 多少 / 几 at the end of a question (直播弄了多少常 → 多少场):
the character asked for is no measure word, and exactly one measure word read alike (pinyin, tones
aside) is written after a number in the documents.  Learned from the documents' own amounts and the
general measure words (facts.py), no list of slips; used by ``SpellingCorrector.correct`` (spelling.py).
"""

from __future__ import annotations

import re
from typing import Callable

from .facts import MEASURE_CHARS

__all__ = ["correct_measure_slip"]

# General Chinese measure words the amounts of the documents are seldom told in, asked as written
# (一共几章, 传了几代, 住几楼): no slip for one read alike (章 → 张, 代 → 袋).
_ASKED_AS_WRITTEN = frozenset("章届代层楼号级度斤两秒段句回遍声步口群串双把杯碗瓶包盒圈拨波茬辈")
# The character right after 多少 / 几 that ends the question (its last word: 办了多少常?).
_ASKED_LAST = re.compile(r"(?:多少|几)([\u4e00-\u9fff])(?=[?？!！。]?$)")


def correct_measure_slip(text: str, corpus: str, readings: Callable[[str], tuple[str, ...]]) -> tuple[str, int]:
    """``text`` with the measure word it ends on mended when typed by its sound, and whether it was (0 or 1).
    ``corpus``: the documents' normalised text; ``readings``: a character's pinyin readings without tones."""
    asked = _ASKED_LAST.search(text)
    if asked is None or asked.group(1) in MEASURE_CHARS or asked.group(1) in _ASKED_AS_WRITTEN:
        return text, 0
    typed = asked.group(1)
    sounds = set(readings(typed))
    if sounds & set(readings("钱")):
        return text, 0  # 多少前 is 多少钱 typed by its sound: money asked, read as such (no measure word)
    if not sounds or re.search(r"\d" + re.escape(typed), corpus):
        return text, 0  # (a thing the documents count after a number is asked as written)
    alike = [m for m in MEASURE_CHARS if sounds & set(readings(m)) and re.search(r"\d" + re.escape(m), corpus)]
    if len(alike) != 1:
        return text, 0
    return text[:asked.start(1)] + alike[0] + text[asked.end(1):], 1
