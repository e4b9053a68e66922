"""The label a sentence writes right before an amount, when the question names it: 其中回族6名、彝族5名
answers 回族委员几个人 with 回族6名, not a bare 6名 that could be any of the sentence's counts. The label is the run of words touching the amount, within its clause,
that the question says too (a word holding an asked word counts: 专题讲座 for 几场讲座), so the member sees
which count of a breakdown the figure is. Only when the sentence tells other amounts of the same measure
word, when the label is all the clause says before the amount (after a lead-in such as 其中, or a phrase
ending in 的) and when the amount closes its clause: 走访9个镇 names what it counts after it
(``counted_after`` in rendering.py), 召开座谈会4次 tells a deed.

Two words qualify a figure without being asked: a change word touching it (比上年增加22户 → 增加22户, the
figure is a difference, not the level) and an 仅 / 只 (年产值超千万元的仅7家: "only", part of what it says).

The first of a series of counts a deed tells kind by kind, joined by 、 (全年组织开展视察8次、专题调研11次、民主监督活动5次;
计划开展专题协商5次、重点视察调研26项), is labelled too, after the verb of doing that counts it: the bare figure would not
say which kind of the series it counts (视察8次, 专题协商5次); a count standing alone after its deed (召开党组会议19次，
其中…) keeps its bare figure.

Used by rendering.py (``Renderer.lead``), for amounts only.
"""

from __future__ import annotations

import re
from .patterns import pattern

__all__ = ["label_before"]

# Where a clause begins: the label never reaches past it.
_CLAUSE_START = re.compile(r"[，,；;。：:（(）)！!？?、\s“”\"《》]")
# What may follow an amount that closes its clause: a delimiter or the sentence end.
_CLOSES = re.compile(r"(?:[，,；;、。：:（(）)！!？?\s”\"]|$)")
# A change told right before the amount: the figure is the difference.
_CHANGE = ("增加", "增长", "减少", "下降", "提高", "降低", "新增")
# A question asking a change: 比上年多了几次, 增加了几名.
_CHANGE_ASKED = re.compile(r"比.{0,6}(?:多|少|增|减|涨|降|提高)|(?:增加|增长|减少|下降|提高|降低)了")
# An "only" before the amount: part of what the figure says.
_ONLY = ("仅有", "只有", "仅", "只")
# What may stand in the clause before a label: nothing, a lead-in word (其中回族6名, 以回族6名为多, 另有…) or
# a phrase ending in 的 that qualifies it (留作参考的C类2件); a clause telling more (召开座谈会4次) is a deed.
_LEAD_IN = re.compile(r"(?:其中|以|另有|含|有)?(?:[^的]*的)?")
_DIGIT = re.compile(r"[\d.]")
# A verb of doing right before a label (开展视察8次, 召开全体会议3次, 提出建议7条): the label is what it counts.
_DEED_BEFORE = re.compile(r"(?:召开|开展|举办|组织|提出|形成|安排|进行|完成|报送|撰写|编印|征集)$")
# Characters that join words rather than name a thing: a label never begins with one (的委员6名 → 委员6名).
_FUNCTION = frozenset("的了在和与及等共是有为对向把被从以其")


def _asked_words(segmenter, question: str) -> tuple[set[str], set[str]]:
    """The question's words of two characters or more with their equivalents, and its one-character words."""
    words = segmenter.words(question)
    longer = {e for w in words if len(w) >= 2 for e in segmenter.lexicon.equivalents(w)}
    return longer, {w for w in words if len(w) == 1}


def _among_others(sentence: str, shown: str) -> bool:
    """Whether the sentence tells another amount of the same measure word: the bare figure would not
    say which of them it is (回族6名、彝族5名; 经济发展类9件、社会事业类11件)."""
    unit = re.sub(r"^[\d.]+", "", shown)
    if not unit or unit == shown:
        return False
    return len(pattern(r"(?<![\d.])[\d.]+" + re.escape(unit)).findall(sentence)) >= 2


def _done_words(segmenter, question: str) -> set[str]:
    """The question's words it follows with 了 / 过, with their equivalents: what was done (交了 → 提交), a
    deed, not a label of the amount."""
    words = segmenter.words(question)
    done = {w[:-1] for w in words if len(w) >= 2 and w[-1] in "了过"}
    done |= {w for w, after in zip(words, words[1:]) if after in ("了", "过")}
    return {e for w in done for e in segmenter.lexicon.equivalents(w)}


def _told(word: str, longer: set[str], single: set[str]) -> bool:
    if _DIGIT.search(word):
        return False
    if len(word) == 1:
        return word in single
    return word in longer or any(len(a) >= 2 and a in word for a in longer)


def label_before(segmenter, question: str, sentence: str, at: int, shown: str) -> str:
    """The words the normalised ``sentence`` writes right before the amount ``shown`` standing at ``at``
    that label it as the question does (回族 of 回族6名), a change word (增加) or an 仅; "" when none, or
    when the sentence goes on to name what the amount counts (走访9个镇: the noun after it says it)."""
    if not sentence.startswith(shown, at) or not _CLOSES.match(sentence, at + len(shown)):
        return ""
    series = sentence.startswith("、", at + len(shown))  # 视察8次、专题调研11次: the first of a series of kinds
    if not series and not _among_others(sentence, shown):
        return ""
    starts = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, at)]
    clause = sentence[starts[-1] if starts else 0:at]
    if not clause:
        return ""
    words = segmenter.words(clause)
    if not words or "".join(words) != clause:
        return ""
    last = words[-1]
    if last in _CHANGE:
        return last if _CHANGE_ASKED.search(question) else ""
    if last in _ONLY:
        return last
    longer, single = _asked_words(segmenter, question)
    label: list[str] = []
    for word in reversed(words):
        if not _told(word, longer, single):
            break
        label.insert(0, word)
    done = _done_words(segmenter, question)
    def deed(word: str) -> bool:
        return word in _FUNCTION or any(word.endswith(d) for d in done)

    while label and deed(label[0]):
        label.pop(0)
    if not label or len("".join(label)) == 1 or any(deed(w) for w in label):
        return ""  # a label names a kind; 大会期间共收到提案 is a deed told with its figure, 占 a verb
    rest = clause[:len(clause) - len("".join(label))]
    clause_at = at - len(clause)  # where the clause starts in the sentence
    if series and (not clause_at or sentence[clause_at - 1] != "、") and (
            not rest or _DEED_BEFORE.search(rest) or any(_DEED_BEFORE.fullmatch(w) for w in label[:-1])):
        deeds = [k for k, w in enumerate(label[:-1]) if _DEED_BEFORE.fullmatch(w)]
        # 全年组织开展视察8次、…: what the deed counts; a deed the question says too (计划开展专题协商5次) is no kind.
        return "".join(label[deeds[-1] + 1:] if deeds else label)
    return "".join(label) if _LEAD_IN.fullmatch(rest) and _among_others(sentence, shown) else ""
