"""What a short form counting its items stands for (两个70周年是哪两个, "三个务必"指什么): documents write the short
form ("两个70周年") where the items are told near it, each ending with the same words (2019年是新中国成立70周年，
也是人民政协成立70周年), so the sentence naming those words as many times as the short form counts tells them.

Called by the answerer before the general reading (answer.py ``_read_part``); general Chinese only.
"""

from __future__ import annotations

import re

from .question import KIND_WHAT

__all__ = ["counted_short_answer"]

# 2个70周年是哪2个, "3个务必"指什么, 2个确立分别是什么 (numbers written in figures by normalising).
_ASKS = re.compile(r'"?(\d)个([\u4e00-\u9fff\d]{2,8}?)"?(?:是|指|分别是|指的是|具体是|包括)(?:哪\1个|哪几个|哪些|什么|啥)')
# Sentences read on either side of the one quoting the short form, for the one telling its items.
_NEAR = 3


def counted_short_answer(answerer, q, norm: str):  # noqa: ANN001, ANN201 - an Answerer, a QuestionAnalysis; a Result or None
    """The sentence telling the items a counted short form stands for, nearest to where a document quotes the short
    form; None when not asked so, or no document tells them (the general reading goes on)."""
    asked = _ASKS.search(norm)
    if not asked or int(asked.group(1)) < 2:
        return None
    count, words = int(asked.group(1)), asked.group(2)
    quoted = f'"{count}个{words}"'
    index = answerer.index
    found: list[tuple[int, int, int]] = []  # (distance, passage, sentence)
    for p in range(index.size):
        sentences = index.sentence_norm[p]
        quoting = [s for s, sentence in enumerate(sentences) if quoted in sentence]
        if not quoting and not any(quoted in x for k in (p - 1, p + 1) if 0 <= k < index.size
                                   and index.passage_doc[k] == index.passage_doc[p] for x in index.sentence_norm[k]):
            continue  # neither this paragraph nor one beside it quotes the short form
        for s, sentence in enumerate(sentences):
            if quoted not in sentence and sentence.count(words) == count:
                found.append((min((abs(s - x) for x in quoting), default=_NEAR), p, s))
    found = [row for row in found if row[0] <= _NEAR]
    if not found:
        return None
    _, p, s = min(found)
    return answerer._fact_result(KIND_WHAT, "", (p, s), norm)
