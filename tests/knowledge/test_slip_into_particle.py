"""A character read like a particle (提 read as dī, like 的) is no slip for it: 哪个单位提的 keeps
its verb, and the proposer is read; a real slip in a word the documents use is still mended. On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

_REPORT = """政协澄溪县委员会关于2019年提案工作情况的报告

一、重点提案督办

县长韦国栋督办的“关于缓解县城停车难问题的提案”，由民盟澄溪县委员会提出。县住建局牵头，利用机关单位院落挖潜扩容，新增公共停车泊位800个。各承办单位的办理质量明显提高，停车难问题得到缓解。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("chengxi.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("chengxi-slip"))


def test_the_verb_is_kept(kb):
    corrected, _ = kb.answerer.index.correct("停车难的提案是哪个单位提的")
    assert corrected.endswith("单位提的")


def test_the_proposer_is_read(kb):
    answer = kb.answer("停车难的提案是哪个单位提的")
    assert answer.answered and "民盟澄溪县委员会" in answer.text.split("\n", 1)[0]


def test_a_slip_in_a_word_is_mended(kb):
    corrected, fixes = kb.answerer.index.correct("停车难的提按是谁提的")
    assert "提案" in corrected and fixes >= 1
