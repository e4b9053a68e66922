"""A body's or a thing's former or new name, where a sentence tells its renaming (原某委员会于某年更名为某委员会;
由甲改名为乙): 某某以前叫什么 → the old name, 某某后来改名叫什么 → the new one.

Called by the answerer before the general reading (answer.py ``_read_part``); general Chinese only: the renaming
verbs (更名, 改名, 改称, 易名) and the words that ask for a name before or after them. Not for when it was renamed
(a date question, read as any other, with 改名 read as 更名: synonyms.txt).
"""

from __future__ import annotations

import re

from .question import KIND_WHAT

__all__ = ["renamed_answer"]

_NAME = r"[\u4e00-\u9fff\d\"]{2,30}?"
# 某某以前叫什么, 某某原来叫啥, 某某的原名是什么, 某某的前身是什么, 某某改名前叫什么.
_ASKS_OLD = re.compile(rf"^(?:请问)?(?P<name>{_NAME})(?:的)?(?:以前|之前|原来|原先|过去|从前|早先|(?:改名|更名|改称)(?:以)?前)"
                       r"(?:叫|称|的名字是|名叫)(?:什么|啥)(?:名字)?|"
                       rf"^(?:请问)?(?P<name2>{_NAME})(?:的)?(?:原名|前身|原称|旧称|曾用名)(?:是|叫)?(?:什么|啥)")
# 某某后来改名叫什么, 某某改名为什么, 某某现在叫什么, 某某更名后叫什么.
_ASKS_NEW = re.compile(rf"^(?:请问)?(?P<name>{_NAME})(?:后来|现在|如今|(?:改名|更名|改称)(?:以)?后)?"
                       r"(?:改名|更名|改称|改)(?:为|成)?(?:叫)?(?:什么|啥)|"
                       rf"^(?:请问)?(?P<name2>{_NAME})(?:的)?(?:后来|现在|如今|(?:改名|更名|改称)(?:以)?后)(?:叫|称|的名字是)(?:什么|啥)")
# 原某某于2018年3月更名为某某; 由某某改名为某某; 某某更名为某某.
_RENAMING = re.compile(r"(?:原|由|将)?(?P<old>[^,。;:、()\"]{2,30}?)(?:(?:于|在|从)[^,。;:()]{1,12}?)?"
                       r"(?:更名|改名|改称|易名)(?:为|成)(?P<new>[^,。;:、()]{2,30}?)(?=[,。;:()]|$)")
# Words a sentence may put before the old name that name no part of it.
_LEAD = re.compile(r"^.*?(?:方案|决定|要求|规定|批准|同意)")


def renamed_answer(answerer, q, norm: str):  # noqa: ANN001, ANN201 - an Answerer, a QuestionAnalysis; a Result or None
    """The other name of the thing asked, from the one sentence that tells it renamed; None when not asked so or no
    sentence renames the thing asked (the general reading goes on)."""
    old = _ASKS_OLD.search(norm)
    asked = old or _ASKS_NEW.search(norm)
    if not asked:
        return None
    name = asked.group("name") or asked.group("name2")
    index = answerer.index
    found: list[tuple[str, int, int]] = []
    for p in range(index.size):
        for s, sentence in enumerate(index.sentence_norm[p]):
            for m in _RENAMING.finditer(sentence):
                before, after = _LEAD.sub("", m.group("old")).lstrip("原"), m.group("new")
                if old and name in after:
                    found.append((before, p, s))
                elif not old and name in before:
                    found.append((after, p, s))
    names = {fact for fact, _, _ in found}
    if len(names) != 1:
        return None  # no renaming told of it, or several differing: read on
    fact, p, s = found[0]
    return answerer._fact_result(KIND_WHAT, fact, (p, s), norm)
