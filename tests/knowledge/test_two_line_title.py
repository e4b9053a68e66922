"""A report's title printed over two lines, the body on the first and 关于…的报告 on the second,
is read whole: the answer's source names the report, not only the body that made it.

The same short report always writes 政协芦溪市, never 芦溪市政协 or 市政协, as a member asks: the
place is still one word of the question and the level's committee still names the report's own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text, split_passages
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协芦溪市第六届委员会常务委员会
关于提案工作情况的报告

——2025年1月9日在政协芦溪市第六届委员会第三次会议上

各位委员：

现在，我代表政协芦溪市第六届委员会常务委员会，向大会报告提案工作情况，请予审议。

一、提案提交和立案情况

2024年，共收到提案318件，经审查立案291件，立案率91.5%。
"""

# A 关于… line under a heading is a title of its own, not the rest of the heading.
_HEADED = """一、专题调研

关于加强农村饮水安全的报告

2024年，专委会围绕农村饮水安全开展调研3次。
"""


def test_the_two_lines_make_one_title():
    document = document_from_text("luxi.txt", _REPORT)
    assert document.title == "政协芦溪市第六届委员会常务委员会关于提案工作情况的报告"
    assert document.date == "2024"
    passages = split_passages(document)
    assert all("关于提案工作情况的报告" != passage.paragraph for passage in passages)
    assert passages[0].paragraph.startswith("——2025年1月9日")


def test_a_heading_does_not_take_the_line_under_it():
    assert document_from_text("headed.txt", _HEADED).title == "一、专题调研"


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("luxi.txt", _REPORT)], tmp_path_factory.mktemp("two-line-title"))


def test_the_answer_names_the_whole_report(kb):
    answer = kb.answer("芦溪市政协2024年立案了多少件提案")
    assert answer.answered and "291件" in answer.text.split("\n", 1)[0]
    assert "关于提案工作情况的报告" in answer.text


@pytest.mark.parametrize("question, fact", [
    ("芦溪市政协立案了多少件提案", "291件"),
    ("市政协共收到提案多少件", "318件"),
    ("芦溪立案了多少件提案", "291件"),
])
def test_the_committee_asked_as_members_name_it(kb, question, fact):
    answer = kb.answer(question)
    assert answer.answered and fact in answer.text.split("\n", 1)[0]


def test_another_levels_committee_is_not_this_report(kb):
    assert not kb.answer("县政协立案了多少件提案").answered
