"""A title broken over two lines — the body on the first (某某市某某区政协文化和文史委员会), what the document is on the
second (2023年工作总结和2024年工作计划) — is one title: the document is named whole, and its second half is no section
heading that 出处 would show.  A line under the title that is no title (a date in brackets, the speaker) is not joined.
On made-up reports."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_TWO_LINES = """沧澜市汀屿区政协文化和文史委员会
2023年工作总结和2024年工作计划

（二〇二三年十二月二十日在区政协文化和文史委员会全体会议上）

各位委员：

一年来，委员会共组织文史讲座6场，征集文史资料稿件42篇，编印《汀屿文史》第九辑。

2024年，委员会计划组织文史讲座不少于8场。
"""

_DATED_UNDER = """沧澜市汀屿区政协文化和文史委员会2023年工作总结
（二〇二三年十二月二十日）

一年来，委员会共组织文史讲座6场。
"""


def test_a_title_over_two_lines_is_one_title():
    assert document_from_text("tingyu.txt", _TWO_LINES).title == "沧澜市汀屿区政协文化和文史委员会2023年工作总结和2024年工作计划"


def test_a_line_in_brackets_under_a_title_is_not_joined():
    assert document_from_text("tingyu.txt", _DATED_UNDER).title == "沧澜市汀屿区政协文化和文史委员会2023年工作总结"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return KnowledgeBase([document_from_text("tingyu.txt", _TWO_LINES)], tmp_path_factory.mktemp("tingyu"))


def test_the_source_names_the_whole_title_once(report):
    answer = report.answer("征集文史资料稿件多少篇")
    assert answer.answered and answer.text.split("\n", 1)[0].startswith("答：42篇")
    source = next(line for line in answer.text.splitlines() if line.startswith("出处"))
    assert source == "出处：沧澜市汀屿区政协文化和文史委员会2023年工作总结和2024年工作计划"


def test_a_second_line_opening_with_its_year_in_chinese_numerals_is_joined():
    text = "汀屿区政协文化和文史委员会\n二〇二三年度工作总结\n\n一年来，委员会共组织文史讲座6场。\n"
    assert document_from_text("tingyu.txt", text).title == "汀屿区政协文化和文史委员会二〇二三年度工作总结"


def test_a_second_line_that_is_a_title_of_its_own_is_not_joined():
    # 关于…的报告 may stand under a heading as a title of its own: joined only under a line naming a body and
    # nothing else (政协汀屿区委员会常务委员会, test_two_line_title.py), never under a heading.
    text = "一、提案工作\n关于十届二次会议以来提案工作情况的报告\n\n一年来，共立案提案156件。\n"
    assert document_from_text("tingyu.txt", text).title == "一、提案工作"
