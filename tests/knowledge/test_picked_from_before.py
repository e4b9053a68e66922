"""A sentence picking from what the one before counted (…发表读书心得420余篇。年底，市政协从中精选64篇)
counts that thing: 从中 before its first figure makes the sentence before its total, as a sentence
opening with 其中 does. Without 从中 the figure is of nothing named. On a report of our own."""

from __future__ import annotations

from bot.knowledge.breakdown_parts import total_before
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协云岭市委员会2022年工作报告

一、加强学习

开展"书香政协"委员读书活动，委员们读原著、写心得，全年在读书专栏发表读书心得420余篇。年底，市政协{}精选64篇，汇编成"云岭书韵"一书。
"""


def test_cong_zhong_before_the_figure_takes_the_sentence_before_as_its_total():
    sentences = ["全年发表读书心得420余篇。", "年底,市政协从中精选64篇,汇编成书。"]
    assert total_before(sentences, 1) == sentences[0]
    assert total_before(["全年发表读书心得420余篇。", "年底,市政协精选64篇,从中再选10篇。"], 1) == ""  # after it
    assert total_before(["全年发表读书心得420余篇。", "年底,市政协另外精选64篇。"], 1) == ""


def test_the_picked_figure_counts_what_the_sentence_before_counted(tmp_path):
    kb = KnowledgeBase([document_from_text("yunling.txt", _REPORT.format("从中"))], tmp_path / "a")
    assert first_line(kb, "云岭书韵精选收了多少篇心得？").startswith("答：64篇")
    other = KnowledgeBase([document_from_text("yunling.txt", _REPORT.format("另外"))], tmp_path / "b")
    answer = other.answer("云岭书韵精选收了多少篇心得？")
    assert not answer.answered or "64篇" not in answer.text.split("\n")[0]
