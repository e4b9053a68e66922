"""Who wrote a piece the report tells of (校园周边交通那条社情民意是谁写的, 《…》是哪个委员写的) is told in its
text, not by a byline: a report without one still answers it; who wrote the report itself (这份总结是谁写的)
is still asked of its byline, and declined without one.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.mastheads import asks_writer_of_told_piece
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """澄溪县政协社会和法制委员会2023年工作总结

一、反映社情民意

全年报送社情民意信息26条。委员岑雨桐撰写的“关于加强校园周边交通秩序整治的建议”被市政协采用；委员卢海川反映的“老旧小区电动自行车集中充电设施不足”问题，推动有关部门新建充电桩120个。

委员常青禾撰写的《读〈法治的细节〉有感》在《澄溪政协》刊发。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chengxi-law.txt", _REPORT)], tmp_path_factory.mktemp("chengxi-law"))


@pytest.mark.parametrize("question, expected", [("校园周边交通那条社情民意是谁写的", "答：岑雨桐"),
                                                ("《读〈法治的细节〉有感》是哪个委员写的", "答：常青禾")])
def test_the_writer_of_a_piece_told_is_read_in_the_text(kb, question, expected):
    assert first_line(kb, question).startswith(expected)


def test_the_writer_of_the_report_itself_is_declined_without_a_byline(kb):
    assert not kb.answer("这份总结是谁写的").answered


def test_what_points_at_a_piece_and_what_at_the_document():
    assert asks_writer_of_told_piece("暑期托管那条社情民意是谁写的")
    assert not asks_writer_of_told_piece("这篇报道是谁写的")
    assert not asks_writer_of_told_piece("提案工作报告是谁写的")
