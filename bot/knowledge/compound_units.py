"""Compound measure words of occasions: a measure word and 次 (人次, 场次, 册次, 架次, 车次).

A figure counted in such a word (11.6万册次, 240架次) counts times something was done to or by
so many things, not the things: its measure word is the whole pair, never its first character
(11.6万册 would read as a stock of books).  One pattern serves the figures of a sentence
(facts.py) and the measure word a question asks (question.py, 多少册次).
"""

from __future__ import annotations

# Measure words that take 次 after them to count occasions; not 个 (个次 is no word), 名 (名次 is a
# rank), 期 or 年 (期次, 年次 number issues and years).
_BEFORE_TIMES = "人件篇批场户条家册架车班台艘课校店辆部份项起"

COMPOUND_TIMES = f"[{_BEFORE_TIMES}]次"

