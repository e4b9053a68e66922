"""A figure whose clause names, right after it, the title the question quotes (其中9篇在《X》刊发) is the
item of that title, not the total before it (撰写心得文章45篇): wording.in_quoted_item reads the title
after the figure too, and figures.FigureChoice gives that item the edge. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.wording import in_quoted_item

from .conftest import first_line

_TEXT = """苍梧县政协教育界别2022年履职工作总结

一、加强学习

界别坚持集中学习制度，全年组织集中学习10次；委员撰写心得文章38篇，其中7篇在《苍梧政协》刊物刊发。

二、建言资政

界别委员全年提交提案21件，其中集体提案3件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("title-after-figure"))


def test_the_titles_item_answers(kb):
    assert "7篇" in first_line(kb, "有几篇心得文章在《苍梧政协》上发了")


def test_the_total_still_answers_without_the_title(kb):
    assert "38篇" in first_line(kb, "心得文章写了多少篇")


def test_a_title_after_the_figure_in_its_clause():
    sentence = normalize_text("委员撰写心得文章38篇，其中7篇在《苍梧政协》刊物刊发。")
    question = normalize_text("有几篇心得文章在《苍梧政协》上发了")
    assert in_quoted_item(question, sentence, sentence.find("7篇"))
    assert not in_quoted_item(question, sentence, sentence.find("38篇"))
