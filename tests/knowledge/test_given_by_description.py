"""A question giving so many of a thing by what describes them (不满意的5件, 被评为优秀的6篇) is not answered by a
sentence telling another number of the things so described (不满意的3件提案): that is another batch, another report's.
On sentences of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.asked_untold import untold_doubt
from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse

_REPORT = """政协松岙县委员会提案工作报告（2021年）

一、提案办理

全年立案提案162件，已全部办复。
"""

_UNSATISFIED = "对办理结果表示不满意的3件提案，由县交通运输局和县水利局重新办理，均已重新答复。"
_REPORTS = "被评为优秀的4篇调研报告，由县委宣传部汇编印发。"


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("pine.txt", _REPORT)], tmp_path_factory.mktemp("given_by_description"))


def doubted(kb, question: str, sentence: str, kind: str = "what") -> bool:
    norm = normalize_text(question).rstrip("?")
    q = analyse(norm, norm, kb.answerer.segmenter, kb.answerer.index)
    return untold_doubt(q, kind, "", normalize_text(sentence), kb.answerer.index.frames[0],
                        kb.answerer.segmenter.general_frequency) < 1.0


@pytest.mark.parametrize("question, sentence, doubt", [
    ("不满意的5件是哪些单位办的", _UNSATISFIED, True),       # another batch
    ("被评为优秀的6篇是谁汇编印发的", _REPORTS, True),
    ("不满意的3件是哪些单位办的", _UNSATISFIED, False),      # the batch told
    ("被评为优秀的4篇是谁汇编印发的", _REPORTS, False),
    ("不满意的提案是哪些单位办的", _UNSATISFIED, False),     # no number given
    ("不满意的5件是哪些单位办的", "全年立案提案162件,已全部办复。", False),  # the sentence numbers no such batch
])
def test_number_of_the_described(kb, question, sentence, doubt):
    assert doubted(kb, question, sentence) is doubt
