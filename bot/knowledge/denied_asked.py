"""A deed the question denies (没立案的提案有多少件, 有多少件提案没有立案, 不予立案的有几件, 没报社情民意信息的委员有多少):
only an amount telling those the deed was denied answers it, never the count of those it was done for.

Reports tell the denied ones in these ways, each read here:
- the denial before the amount: 不予立案的25件, 不符合立案标准的45件提案, 未予采纳3条;
- the denial after the amount, in its clause: 仍有130名委员全年未报送信息, 3家企业尚未完成整改;
- the rest after a count of the deed: 经审查立案463件，…，其余49件转为委员来信 (其余, 其他, 剩余 …);
- a part of those denied, told after them: 不予立案的74件，…，其中…16件转为社情民意信息;
- the set the question's other words name, told without the deed: 不予立案、转成意见建议的 asked,
  对…的22件提案，转为意见建议 told.

Any other amount (立案463件, 委员共提交提案512件) tells those the deed was done for, or another count:
answering with it says the opposite of the fact, the wrong answer members forgive least, so it is
not taken and the question is declined where no amount of those shapes stands.

A lone 不 is left to negated_terms.py (不满意, a quality rather than a deed); whether something was
done (建成了没有, 有没有), and 未 inside a word (未来, 未成年), are no denial of a deed.  General Chinese only.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .facts import Quantity, clause_bounds

__all__ = ["denied_in_clause", "denied_verbs", "named_after_denial", "read_denials_in_figures", "tells_denied"]

# A denial a member writes before a deed (没有 before 没; 有没有 asks whether, not denies).
_ASKED_DENIAL = re.compile(r"(?<![有是])(?:没有|没|未能|未予|尚未|未|不予)")
# Whether it was done, asked yes or no (落实了没有, 有没有, 是不是): no denial of a deed.
_ASKS_WHETHER = re.compile(r"有没有|是不是|了没有?|没有[?!。]*$")
# Denials a report writes before the deed, at most two characters before it (未提交, 不符合立案标准).
# (Having none, asked 还没有独立场所, is written 尚无独立场所 too.)
_DENIAL_WORDS = ("不符合", "不予", "未予", "未能", "尚未", "暂未", "尚无", "暂无", "未", "没有", "没", "不再")
_TOLD_DENIAL = "(?:" + "|".join(_DENIAL_WORDS) + ")"
_REST_WORDS = ("其余", "其他", "剩余", "剩下", "余下", "另有", "另外")
# The rest, counted right after the count of those the deed was done for (其余49件, 另有12名).
_REST = re.compile("(?:" + "|".join(_REST_WORDS) + r")(?:的|有|还有)?$")
# A deed and its complement of reaching (没学够, 没修满, 没交齐, 没听完): a quota short of, which reports write as
# not reached or not completed (未达到规定学时, 未完成).
_SHORT_OF = re.compile(r"[\u4e00-\u9fff]{1,2}?[够满齐完足]")
_REACHED = ["达到", "完成", "达标", "满"]
# Words a denial stands before that name people, things or times, not deeds (没委员, 未成年, 未来).
_NOT_DEEDS = ("员", "人", "者", "年", "事", "会", "来")


def denied_verbs(norm: str, terms) -> tuple[str, ...]:  # noqa: ANN001 - a QuestionAnalysis's terms
    """The deed the question denies, in each of its wordings (its term's equivalents, without the denial a
    joined term carries: 没立案 → 立案, 立案办理 …); empty when the question denies no deed."""
    if _ASKS_WHETHER.search(norm):
        return ()
    for match in _ASKED_DENIAL.finditer(norm):
        rest = norm[match.end():]
        for term in terms:
            text = term.text
            if text.startswith(match.group()) and len(text) > len(match.group()) \
                    and rest.startswith(text[len(match.group()):]):
                wordings = [_undenied(e) for e in term.equivalents]  # a term joined with its denial (denied_deeds.py)
            elif rest.startswith(text):
                wordings = list(term.equivalents) or [text]
            else:
                continue
            if _SHORT_OF.match(rest):
                wordings += _REACHED  # 没学够规定学时 asked, 未达到规定的36学时 told: a quota not reached
            wordings = [w for w in dict.fromkeys(wordings + [_undenied(text)]) if w and not w.endswith(_NOT_DEEDS)]
            if wordings:
                return tuple(wordings)
    return ()


def read_denials_in_figures(analysis) -> None:  # noqa: ANN001 - a QuestionAnalysis
    """A count asked of a denied deed: the amount is read as denied by ``tells_denied``, so the question's denial is
    told by any of the ways reports deny a deed or count the rest (不符合立案条件的31件, 其余49件): a lone denial
    word (没, 不予) is told by each of those words; a word holding one (不予立案, 没立案 joined by denied_deeds.py)
    by the deed's own wordings too."""
    if not denied_verbs(analysis.norm, analysis.terms):
        return
    for n, term in enumerate(analysis.terms):
        if re.fullmatch(_TOLD_DENIAL, term.text):
            analysis.terms[n] = replace(term, equivalents=tuple(dict.fromkeys((term.text,) + _DENIAL_WORDS + _REST_WORDS)))
        elif re.match(_TOLD_DENIAL, term.text):
            plain = tuple(w for w in dict.fromkeys(_undenied(e) for e in term.equivalents + (term.text,)) if len(w) >= 2)
            analysis.terms[n] = replace(term, equivalents=tuple(dict.fromkeys(term.equivalents + plain)))


def named_after_denial(norm: str, terms, counted: str | None) -> tuple[str, ...]:  # noqa: ANN001 - terms
    """The wordings of what the question names after its denied deed (不予立案、转成意见建议的: 转成, 意见建议): what
    became of those denied, which names their set where the report tells it without the deed.  Not the thing
    counted, nor a denial or the deed itself, nor a word written before the denial (闵某有几件提案没立案: the person)."""
    denial = _ASKED_DENIAL.search(norm)
    if denial is None:
        return ()
    found = []
    for term in terms:
        at = norm.find(term.text, denial.start())
        if at <= denial.start() or term.text == counted or re.match(_TOLD_DENIAL, term.text):
            continue
        found += [e for e in term.equivalents if len(e) >= 2 and e not in _REST_WORDS and not re.match(_TOLD_DENIAL, e)]
    return tuple(dict.fromkeys(found))


def _undenied(word: str) -> str:
    """``word`` without a denial it opens with (未提交 → 提交)."""
    denial = re.match(_TOLD_DENIAL, word)
    return word[denial.end():] if denial else word


def _denied_pattern(verbs: tuple[str, ...]) -> re.Pattern[str]:
    """A denial of the deed, at most two characters before one of its wordings (未提交, 不符合立案标准), or
    of finishing or doing it (尚未完成文字整理, 未进行实地核查)."""
    return re.compile(_TOLD_DENIAL + r"(?:完成|进行|开展|实施)?[\u4e00-\u9fff]{0,2}?(?:" + "|".join(map(re.escape, verbs)) + ")")


def denied_in_clause(sentence: str, quantity: Quantity, verbs: tuple[str, ...]) -> bool:
    """Whether the amount's own clause denies the deed, before or after the amount (不予立案的25件, 仍有130名委员未报送):
    the surest of the shapes ``tells_denied`` reads, preferred to the rest or a part told apart from the denial."""
    start, end = clause_bounds(sentence, quantity.start)
    denied = _denied_pattern(verbs)
    return bool(denied.search(sentence, start, quantity.start) or denied.search(sentence, quantity.end, end))


def tells_denied(sentence: str, quantity: Quantity, verbs: tuple[str, ...], others: tuple[str, ...] = ()) -> int | None:
    """Where the amount is told to count those the deed (``verbs``, its wordings) was denied: the amount's clause,
    with a denial of the deed before or after the amount in it; or, for the rest after a count of the deed
    (…立案463件，…，其余49件) or a part of those denied told before (不符合立案条件的35件，转为社情民意信息21件), where
    the deed stands before; or the set the question's ``others`` words name (转为意见建议) told in the amount's clause or the
    next, without the deed.  None when the amount counts no denied ones."""
    start, end = clause_bounds(sentence, quantity.start)
    denied = _denied_pattern(verbs)
    if denied_in_clause(sentence, quantity, verbs):
        return start
    if others and not any(v in sentence[start:end] for v in verbs):
        after = clause_bounds(sentence, end + 1)[1] if end < len(sentence) else end
        if any(o in sentence[start:after] and not sentence.endswith(o, 0, quantity.start)
               and not sentence.startswith(o, quantity.end) for o in others):  # not the noun counted (收到提案318件)
            return start  # 不予立案、转成意见建议的 asked, 对…的22件提案，转为意见建议 told: the set named by the question's other words
    before = list(denied.finditer(sentence, 0, start))
    if before and not any(v in sentence[before[-1].end():start] for v in verbs):
        return before[-1].start()  # 不予立案的74件，…，其中…16件转为社情民意信息: a part of those denied
    if _REST.search(sentence, start, quantity.start):
        # The deed's own count, not a rate of it (立案463件，立案率90.4%，其余49件).
        told = [m.start() for v in verbs for m in re.finditer(re.escape(v) + "(?!率)", sentence[:start])]
        return max(told) if told else None
    return None
