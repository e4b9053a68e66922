"""Where pieces a report tells of were printed (政协新闻稿刊发在哪些媒体, 学习体会文章刊发在啥刊物上) is read
in its text when the report has no masthead of its own; where the report itself was printed (这份报告登在哪份
报纸上) is still asked of its masthead, and declined without one.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.mastheads import points_at_document
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """澄溪县政协常务委员会工作报告

各位委员：

一年来，县政协加强宣传工作，在“澄溪日报”、澄溪电视台等媒体刊发政协新闻稿件86篇，“澄溪政协”微信公众号全年推送信息540条。

组织委员撰写学习体会文章90余篇，其中15篇在“澄溪政协”内刊上刊发。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chengxi-news.txt", _REPORT)], tmp_path_factory.mktemp("chengxi-news"))


@pytest.mark.parametrize("question, expected", [("政协新闻稿刊发在哪些媒体", "澄溪日报"),
                                                ("学习体会文章刊发在啥刊物上", "内刊")])
def test_where_pieces_told_were_printed_is_read_in_the_text(kb, question, expected):
    assert expected in first_line(kb, question)


def test_where_the_report_itself_was_printed_is_declined_without_a_masthead(kb):
    assert not kb.answer("这份报告登在哪份报纸上").answered


def test_what_points_at_the_document():
    assert points_at_document("这份报告登在哪份报纸上")
    assert not points_at_document("稿件刊发在哪些媒体")
