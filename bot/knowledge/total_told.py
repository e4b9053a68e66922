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

A sum asked by the words the report writes it in (调研视察一共几次 → 组织调研视察11次) is looked for too: the
passages writing those words right before an amount join the search's (with_phrase_counted), however many others
write the words apart (调研4项、视察7次) or their synonyms more often; a year's opening summary is one long paragraph.
"""

from __future__ import annotations

import re

from .patterns import pattern
from .counting import HOW_MANY
from .facts import clause_bounds
from .question import QuestionAnalysis, once_per_question

__all__ = ["TOTAL_TOLD_BONUS", "PART_TOLD_PENALTY", "part_of_asked", "total_told", "with_phrase_counted", "phrase_counted_bonus"]

TOTAL_TOLD_BONUS = 0.1
PART_TOLD_PENALTY = 0.2
PHRASE_COUNTED_BONUS = 0.1
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


def _asked_run(q: QuestionAnalysis) -> list[str]:
    """The question's words right before the sum asked and 多少 / 几, in order (调研, 视察 of 调研视察一共几次)."""
    asked = HOW_MANY.search(q.norm)
    if asked is None or q.counted:
        return []
    before = _SUM_ASKED_END.sub("", q.norm[:asked.start()])
    run: list[str] = []
    while term := next((t for t in q.terms if t.text and before.endswith(t.text)), None):
        run.insert(0, term.text)
        before = before[:-len(term.text)]
    return run


def _asked_phrase(q: QuestionAnalysis) -> str:
    """The asked words as written (调研视察)."""
    return "".join(_asked_run(q))


def part_of_asked(q: QuestionAnalysis, sentence: str, fact: str) -> bool:
    """Whether a sum of several words is asked (调研视察一共几次) and the amount ``fact`` counts only some of them,
    the others counted apart in its clause (视察7次 of 调研4项、视察7次): a part of the sum."""
    run = _asked_run(q) if fact and _ASKS_SUM.search(q.norm) else []
    # (Words of two characters or more: 县 of 咱县委员一共多少 is where they are, no kind summed with 委员.)
    found = pattern(r"(?<![\d.])" + re.escape(fact)).search(sentence) if len(run) >= 2 and min(map(len, run)) >= 2 else None
    if found is None:
        return False
    start, end = clause_bounds(sentence, found.start())
    own = _ITEMS_BEFORE.split(sentence[start:found.start()])[-1]
    clause = sentence[start:end]
    return any(w in own for w in run) and any(w not in own and w in clause for w in run)


def with_phrase_counted(index, q: QuestionAnalysis, hits: list) -> list:  # noqa: ANN001 - a PassageIndex, its Hits
    """The passages a question asking a sum reads: the search's, and those writing the asked words right before an
    amount (组织调研视察11次 for 调研视察一共几次), a few at most."""
    told = _phrase_counted(q) if hits else None
    if told is None:
        return hits
    seen = {hit.passage for hit in hits}
    floor = min(hit.score for hit in hits)
    extra = [p for p, text in enumerate(index.passage_norm) if p not in seen and told.search(text)]
    return hits + [type(hits[0])(p, floor) for p in extra[:3]]


def _phrase_counted(q: QuestionAnalysis) -> re.Pattern | None:
    """The asked words of a sum asked, right before an amount, as a pattern (None when no sum of several words is asked)."""
    return once_per_question(q, "phrase_counted", _phrase_pattern)


def _phrase_pattern(q: QuestionAnalysis) -> re.Pattern | None:
    phrase = _asked_phrase(q) if _ASKS_SUM.search(q.norm) else ""
    return re.compile(re.escape(phrase) + r"(?:活动|工作)?(?:共计?|合计|总计|达到?|为)?\d") if len(phrase) >= 4 else None


def phrase_counted_bonus(q: QuestionAnalysis, sentence: str) -> float:
    """A little for a sentence writing the asked words of a sum right before an amount (组织调研视察11次), read
    before those writing each word apart (调研4项、视察7次) or one of them as its synonym."""
    told = _phrase_counted(q)
    return PHRASE_COUNTED_BONUS if told is not None and told.search(sentence) else 0.0


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
    found = pattern(r"(?<![\d.])" + re.escape(fact)).search(sentence)  # 2次, not the end of 12次
    if found is None:
        return False
    at = found.start()
    start, _ = clause_bounds(sentence, at)
    _, end = clause_bounds(sentence, found.end())
    items = _ITEMS_BEFORE.split(sentence[start:at])
    lead = items[-1]  # 主席会议 of 共召开常委会会议5次、主席会议11次
    counted = _counted_words(q)
    own = sentence[at - len(lead) if len(items) > 1 else start:end]  # the amount's own item, not one before it
    if _JOINED.search(lead) or not counted or not all(any(e in own for e in c) for c in counted):
        return False  # 委员和联络员共260余人: a sum over kinds; 共形成提案17件 for 重点提案: another thing; 调研视察 for 调研4项、视察7次
    if _SUM_WORD.search(lead):
        return True
    return bool(_SUM_OPENS.match(sentence)) and "。" not in sentence[:at]
