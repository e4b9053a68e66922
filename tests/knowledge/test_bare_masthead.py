"""A paper's name printed bare on its own line, the issue line under it (苇川晚报 / 2023年5月4日 星期四 第6版 专刊),
then the title: the masthead names the paper, day and page, the title under it names the article, and questions
on the article itself (登在哪份报纸, 第几版, 主标题是什么) are answered from its head. On made-up articles."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.mastheads import is_issue_line, masthead_lines_count
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_BARE = """苇川晚报
2023年5月4日　星期四　第6版　委员风采

青山为笔写初心　协商为民绘新篇
——苇川县政协2022年工作回眸

本报记者　柯映雪　通讯员　焦明远

一年来，苇川县政协共开展视察活动14次，立案提案198件，报送社情民意信息73条。
"""


@pytest.fixture(scope="module")
def article(tmp_path_factory):
    return KnowledgeBase([document_from_text("weichuan.txt", _BARE)], tmp_path_factory.mktemp("weichuan"))


def test_the_title_under_a_bare_masthead_names_the_article():
    assert document_from_text("weichuan.txt", _BARE).title == "青山为笔写初心 协商为民绘新篇——苇川县政协2022年工作回眸"


@pytest.mark.parametrize("lines, count", [
    (["苇川晚报", "2023年5月4日 星期四 第6版 委员风采"], 2),
    (["人民政协报", "2023年5月4日 第3版"], 2),
    (["关于安全生产的情况通报", "2023年5月4日 星期四 第6版"], 0),  # a document's kind, no paper
    (["苇川晚报", "2023年5月4日,委员们来到苇川县调研。"], 0),  # a sentence under it, no issue line
])
def test_bare_masthead_lines(lines, count):
    assert masthead_lines_count([normalize_text(line) for line in lines]) == count


def test_issue_line_is_no_sentence():
    assert is_issue_line(normalize_text("2023年5月4日　星期四　第6版　委员风采"))
    assert not is_issue_line(normalize_text("2023年5月4日至6日召开全体会议"))


@pytest.mark.parametrize("question, fact", [
    ("这篇报道登在哪份报纸上", "苇川晚报"),
    ("这篇报道哪天见报的", "2023年5月4日"),
    ("这篇稿子登在第几版", "第6版"),
    ("通讯员是谁", "焦明远"),
    ("这篇报道的主标题是什么", "青山为笔写初心"),
    ("这篇报道的副标题是什么", "苇川县政协2022年工作回眸"),
    ("全年立案提案多少件", "198件"),
])
def test_bare_masthead_answers(article, question, fact):
    assert fact in first_line(article, question)


def test_a_title_told_inside_is_not_the_article_title(article):
    assert "青山为笔写初心" not in article.answer("这篇报道里委员提案的题目是什么").text
