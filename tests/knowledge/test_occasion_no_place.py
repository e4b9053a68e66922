"""Where asked (常委会第七次会议在哪开的, 学习座谈会在哪开的), a sentence writing the meeting only as the occasion
(在县政协常委会第7次会议上, 统一到全会精神上来) and no place: declined; a sentence writing where it met answers, and so does the occasion where it is asked (在哪几次常委会议上).
On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协禾川县文史委员会2021年工作总结

一、自身建设

2021年12月20日，在县政协9届常委会第7次会议上，文史委被评为"年度先进专委会"。

全会闭幕后，委员会于2021年3月12日召开学习贯彻全会精神座谈会，11名委员作了交流发言，大家表示要把思想统一到全会精神上来。

建立常委履职报告制度，在第5次、第8次常委会议上安排12名常委进行履职情况报告。

二、协商议政

6月8日，县政协在青禾镇文化站召开"古村落保护"专题协商会，15名委员参加。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("hechuan.txt", _REPORT)], tmp_path_factory.mktemp("hechuan"))


@pytest.mark.parametrize("question", ["常委会第七次会议在哪开的", "学习全会精神座谈会在哪开的"])
def test_an_occasion_is_no_place(kb, question):
    assert kb.answer(question).text.startswith("抱歉")


def test_the_occasion_asked_answers(kb):
    assert "第5次" in first_line(kb, "常委履职报告安排在哪几次常委会议上")


def test_a_place_written_answers(kb):
    assert "青禾镇" in first_line(kb, "古村落保护专题协商会在哪开的")
