"""A whole word typed by its sound (家装电梯 for 加装电梯, 坐谈会 for 座谈会) is read as the
documents' word when one character read alike gives exactly one word the report writes beside
the question's other words; a word of the question the report never writes and that no
character read alike turns into one of its words stays as typed. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

_REPORT = """政协苇塘县委员会2022年工作情况

一、民生协商

围绕老旧小区改造，县政协组织委员深入12个小区开展调研，召开座谈会5场，推动老旧小区加装电梯63部。
县政协委员、县人民医院护士长鲁晓岚提出关于社区护理服务的建议，被县卫健局采纳。

二、农贸市场

城关农贸市场改造后，摊位由原来的120个调整为96个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("weitang.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("weitang-sound"))


def test_a_word_typed_by_its_sound_is_mended(kb):
    corrected, fixes = kb.answerer.index.correct("老旧小区家装电梯多少部")
    assert "加装电梯" in corrected and fixes >= 1


def test_a_three_character_word_is_mended(kb):
    corrected, _ = kb.answerer.index.correct("老旧小区调研开了几场坐谈会")
    assert "座谈会" in corrected


def test_the_mended_question_is_answered(kb):
    answer = kb.answer("老旧小区家装电梯多少部")
    assert answer.answered and "63部" in answer.text.split("\n", 1)[0]


def test_a_word_with_no_sound_alike_stays(kb):
    corrected, _ = kb.answerer.index.correct("老旧小区改造花了多少钱")
    assert corrected == "老旧小区改造花了多少钱"


def test_a_colloquial_stall_is_read_as_the_report_writes_it(kb):
    answer = kb.answer("城关农贸市场改造后还剩几个摊子")
    assert answer.answered and "96个" in answer.text.split("\n", 1)[0]
