"""A sum asked is answered first by an amount the report tells as a sum.

A member asking for a sum (一共开了几次常委会会议, 集体提案合计多少件, 总共搞了多少次) wants the figure
the report gives as the whole: written with a word of summing in its own clause (全年共召开常委会会议5次,
集体提案合计48件), or in a sentence opening with one that lists several counts (全年共召开常委会议6次、
主席会议14次；…开展视察17次). An amount of the same kind written with no such word (港澳委员视察团来
视察2次, 形成的3件集体提案) is often one part of it, so the summed one ranks a little higher.

累计 is left out on purpose: 本届以来累计… is a running total over several years, which the
question's 一共 does not ask for (periods.py reads that).  Nor does a sum earn it when the amount's clause
does not name what is counted (共形成提案17件 for 重点提案一共几件: a sum of other things), or sums a list
of kinds (市政协委员和承办单位联络员共二百六十余人, 共收到委员、各党派…提交的提案612件): the question
asks one of them, or only some.

Used by answer.py when ranking the sentences read closely, for amounts only.
"""

from __future__ import annotations

import re

from .counting import HOW_MANY
from .facts import clause_bounds
from .question import QuestionAnalysis

__all__ = ["TOTAL_TOLD_BONUS", "total_told"]

TOTAL_TOLD_BONUS = 0.1
# A question asking for a sum.
_ASKS_SUM = re.compile(r"一共|总共|合计|总计|共计|总数|加起来")
# A word of summing right before the amount in its clause (共召开…5次, 合计48件, 共计…); 共同 / 公共 / 共享
# / 共建 … are other words that hold 共.
_SUM_WORD = re.compile(r"(?:一共|总共|合计|总计|共计|(?<![公总一])共(?![同享建性识担商治])(?:有|计)?)")
# A sentence opening with a sum that its list of counts shares (全年共召开…、…；开展视察17次): an optional
# time or place before it, nothing else; or opening on the whole year and a verb (全年形成…32份；提出意见建议418条),
# which tells the year's totals as plainly as 共 does.
_SUM_OPENS = re.compile(r"^(?:[\u4e00-\u9fff\d]{0,6}?(?:共|共计|合计|总计)|全年|年内)(?:召开|开展|组织|举办|收到|完成|提交|形成)")


# The sum asked and a verb of having or doing after it, closing what the question says before 多少 / 几.
_SUM_ASKED_END = re.compile(r"(?:一共|总共|合计|总计|共计|加起来)(?:有|是|为|开了|搞了|办了|开展了|组织了|提交了|收到了?)?$")
# Words joining kinds: a sum over a list of them.
_JOINED = re.compile(r"[、和及与]")
# The items of a list written before the amount's own (常委会会议5次、): each closed by its figure.
_ITEMS_BEFORE = re.compile(r"\d[\d.]*[余多]?[万亿千百]?[\u4e00-\u9fff]{0,2}、")


def _counted_words(q: QuestionAnalysis) -> list[tuple[str, ...]]:
    """What the question counts, each word with its equivalents: the noun after 多少 / 几 (几次常委会会议),
    or the run of its words right before them and the sum asked (重点提案一共几件 → 重点, 提案)."""
    if q.counted:
        return [tuple(e for t in q.terms if t.text == q.counted for e in t.equivalents) or (q.counted,)]
    asked = HOW_MANY.search(q.norm)
    before = _SUM_ASKED_END.sub("", q.norm[:asked.start()]) if asked else ""
    run = []
    while before:
        term = next((t for t in q.terms if t.text and before.endswith(t.text)), None)
        if term is None:
            break
        run.append(term.equivalents)
        before = before[:-len(term.text)]
    return run


def total_told(q: QuestionAnalysis, sentence: str, fact: str) -> bool:
    """Whether the question asks a sum and ``sentence`` (normalised) tells the amount ``fact`` as one of
    what the question counts."""
    if not fact or not _ASKS_SUM.search(q.norm):
        return False
    found = re.search(r"(?<![\d.])" + re.escape(fact), sentence)  # 2次, not the end of 12次
    if found is None:
        return False
    at = found.start()
    start, _ = clause_bounds(sentence, at)
    _, end = clause_bounds(sentence, found.end())
    lead = _ITEMS_BEFORE.split(sentence[start:at])[-1]  # 主席会议 of 共召开常委会会议5次、主席会议11次
    counted = _counted_words(q)
    if _JOINED.search(lead) or not counted or not all(any(e in sentence[start:end] for e in c) for c in counted):
        return False  # 委员和联络员共260余人: a sum over kinds; 共形成提案17件 for 重点提案: another thing
    if _SUM_WORD.search(lead):
        return True
    return bool(_SUM_OPENS.match(sentence)) and "。" not in sentence[:at]
