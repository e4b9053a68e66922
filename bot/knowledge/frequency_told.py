"""How often a thing is to be done, as rules write it: 委员每季度至少走访界别群众1次, 每半年至少召开1次界别协商会.

Asked 委员多长时间至少要走访一次界别群众 (多久…一次, 隔多长时间…一次), the period written with 每 before the
deed of the rule whose deed the question's words fit answers, shown as the sentence writes the rule from the period
to its count (每季度至少走访界别群众1次, 每季度召开一次); a count the sentence gives is no answer.
The rule's deed must be mostly the question's (走访界别群众, not 召开界别协商会), and two rules alike of other
periods answer nothing.

Called by the answerer before the general reading (answer.py ``_read_part``, beside score_rules.py); general Chinese only.
"""

from __future__ import annotations

import re

from .faq_match import chinese_bigrams

__all__ = ["asked_how_often", "frequency_answer"]

# How often asked: 多长时间 / 多久 / 隔多久 … 1次 (the deed between them or after it).
_ASKS = re.compile(r"(?:隔)?(?:多长时间|多久|多少天|多长时间才)(?P<deed>[^,?。]{0,12}?)(?:1|一)(?:次|回)(?P<rest>[^,?。]{0,10})")
# A period written with 每 (每季度, 每半年, 每2个月, 每周), then a floor (至少, 不少于), the deed and 1次.
_PERIOD = r"每(?:个)?(?:半年|年|季度|季|月|个月|周|星期|旬|天|日|(?:\d+|[两三四五六])个?(?:月|年|周|星期|天))"
_RULE = re.compile(rf"(?P<period>{_PERIOD})(?P<deed>[^,;。，；]{{0,24}}?)(?:1|一)(?:次|回)(?P<rest>[\u4e00-\u9fff]{{0,10}})")
# Words of the question that ask or soften, not tell the deed.
_ASKING = re.compile(r"至少|最少|起码|要|得|需要|必须|应该?|才|会|都|是|的|吗|呢|[?？]")
# Of the rule's deed, how much the question must write: most of it.
_SHARE = 0.5


def asked_how_often(norm: str) -> str | None:
    """The deed whose period is asked (至少要走访…界别群众 → 走访界别群众), or None when the question asks no period."""
    asked = _ASKS.search(norm)
    return _ASKING.sub("", asked.group("deed") + asked.group("rest")) if asked else None


def frequency_answer(answerer, norm: str):  # noqa: ANN001, ANN201 - an Answerer; a Result or None
    """The period of the rule whose deed the question asks, as written (每季度); None when not asked so or no rule
    fits (the general answer reads on)."""
    deed = asked_how_often(norm)
    if not deed:
        return None
    asked = chinese_bigrams(deed)
    index = answerer.index
    scored = []
    for p in range(index.size):
        for s, sentence in enumerate(index.sentence_norm[p]):
            if "每" not in sentence:
                continue  # (no period written: most sentences of a shelf, skipped before the pattern)
            for rule in _RULE.finditer(sentence):
                told = chinese_bigrams(_ASKING.sub("", rule.group("deed") + rule.group("rest")))
                shared = len(asked & told)
                if shared >= 2 and shared >= _SHARE * len(asked):
                    scored.append((shared, p, s, rule.group("period"), rule.end("rest") - len(rule.group("rest"))))
    if not scored:
        return None
    scored.sort(key=lambda row: -row[0])
    best = scored[0]
    if any(row[0] == best[0] and row[3] != best[3] for row in scored[1:]):
        return None  # two rules alike of other periods: which is asked is not told
    return answerer._fact_result("name", _as_written(index, best), (best[1], best[2]), norm)


def _as_written(index, best) -> str:  # noqa: ANN001 - a PassageIndex, a scored row
    """The rule as its sentence writes it, from the period to its count (每季度召开一次), or the period alone."""
    _, p, s, period, end = best
    normalised = index.sentence_norm[p][s]
    start = normalised.rfind(period, 0, end)
    written = index.passages[p].sentences
    if len(written) == len(index.sentence_norm[p]):
        for rule in _RULE.finditer(written[s]):
            if rule.group(0)[:end - start] and len(rule.group(0)) - len(rule.group("rest")) == end - start:
                return rule.group(0)[:end - start]  # (the same length as its normalised text: the same words)
    return normalised[start:end] if start >= 0 else period
