"""Declining by reason an answer whose sentence tells a neighbour of what is asked, not the thing itself:

- the outcome of the year after the report (明年…实际收集了多少): a report tells its plans for that
  year, never what came of them;
- a level asked (人均履职积分是多少分), a change told (人均履职积分比上年提高12%): the change is no level;
- a part of a group the question counts itself (提交的4件集体提案中有几件被立案): the answer can be no more
  than the group, so an amount larger than it counts something else (立案68件 of all proposals);
- one day's event asked (5月13日双周协商提出了多少条), a sum over several told (2次协商共提出31条);
- one scope asked (全省平均是多少), another one's figure told (全市…治理率为41.6%, 低于全省平均水平);
- who (分别由谁带队), and the sentence names no one at all;
- what each of several was named (议题分别是什么), and the sentence quotes one name or none.

Used by the checks (checks.py, ``Checks.doubt``) on the answer chosen; general Chinese only.
"""

from __future__ import annotations

import re

from .facts import clause_bounds, find_quantities
from .figures import asks_change, is_difference
from .frames import RESULTS, question_mode
from .question import KIND_WHAT, KIND_WHO, QuestionAnalysis

# The year after the report's own: its plans' year (明年, 下一年, 后年).
_NEXT_YEAR = re.compile(r"明年|下1?年|后年|来年")
# A group the question names with its size, then counts within it: 4件集体提案中有几件, 12个问题里多少个.
_COUNTED_WITHIN = re.compile(r"(\d+)[件个名位篇项条次场家所人][^,;。?!]{0,16}?(?:之中|当中|中间|中|里)有?(?:几|多少)")
# One day (5月13日), as normalised.
_DAY = re.compile(r"\d{1,2}月\d{1,2}日")
# A sum over several occasions: 2次协商共提出, 3场座谈会合计, 两次会议累计.
_SEVERAL_SUMMED = re.compile(r"(?:[2-9]|\d{2,})(?:次|场|个|项|轮)[\u4e00-\u9fff]{0,8}?(?:共|合计|累计|总计)")
# Each of several asked by what it is called (议题分别是什么, 各叫什么名字).
_EACH_NAMED = re.compile(r"(?:分别|各自|各)(?:是|叫)(?:什么|啥|哪些)")
# A scope of a whole region (全省, 全市, 全县, 全区, 全国), not a body of it (全国政协, 全市政协委员).
_SCOPE = re.compile(r"全(省|市|县|区|国)(?!政协|人大|委员|人民代表)")


def untold_doubt(q: QuestionAnalysis, kind: str, fact: str, shown: str) -> float:
    """How much to trust an answer less because its sentence tells a neighbour of what is asked."""
    if _NEXT_YEAR.search(q.norm) and question_mode(q.norm) == RESULTS:
        return 0.3  # what came of next year's plans: no report tells it
    if kind == KIND_WHO:
        return 0.4 if not fact else 1.0  # 分别由谁带队: a sentence naming no one
    if kind == KIND_WHAT and _EACH_NAMED.search(q.norm) and shown.count('"') < 4:
        return 0.4  # the topics of several meetings asked, one topic (or none) quoted
    if kind != "number" or not fact:
        return 1.0
    quantity = next((x for x in find_quantities(shown) if x.text == fact), None)
    if quantity is None:
        return 1.0
    if is_difference(shown, quantity) and not asks_change(q):
        return 0.4  # 人均积分是多少分 asked, 比上年提高12% told
    within = _COUNTED_WITHIN.search(q.norm)
    if within and quantity.value > float(within.group(1)):
        return 0.3  # 4件集体提案中有几件: 68件 counts others
    a, b = clause_bounds(shown, quantity.start)
    clause = shown[a:b]
    days = _DAY.findall(q.norm)
    if len(days) == 1 and days[0] not in clause and _SEVERAL_SUMMED.search(clause):
        return 0.4  # one day's meeting asked, the sum over several told
    asked = {m.group(1) for m in _SCOPE.finditer(q.norm)}
    told = {m.group(1) for m in _SCOPE.finditer(clause)}
    if asked and told and not asked & told:
        return 0.4  # 全省 asked, 全市 told
    return 1.0
