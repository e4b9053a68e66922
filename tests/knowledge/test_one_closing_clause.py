"""One as an amount (listed_one.py): a 1 with its measure word written after the thing it counts and
closing its clause (计划举办委员培训班1期。) is a count told in so many words, though a 1 before a noun
(一场, 1次集中视察) counts nothing anyone asks. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """柘溪区政协提案委员会2022年工作总结

一、主要工作

全年共收到提案204件，立案186件。力争全年报送社情民意信息不少于60篇，被市级以上政协采用不少于20篇。

二、2023年工作打算

进一步完善提案工作制度，加强提案写作培训，计划举办提案写作培训班1期。组织1次集中视察，邀请委员参加。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("zhexi.txt", _REPORT.split("\n", 1)[0], "2022", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("zhexi"))


def test_one_closing_its_clause_after_its_noun_is_a_count(kb):
    assert first_line(kb, "明年提案写作培训班办几期").startswith("答：1期")
    assert first_line(kb, "计划举办几期提案写作培训班").startswith("答：1期")


def test_a_figure_of_another_thing_stays_unasked(kb):
    assert not first_line(kb, "明年提案写作培训班办几期").startswith("答：60篇")


def test_a_number_asked_is_no_count_of_one(tmp_path):
    # 开通心理援助热线1条 is a count now; 号码是多少 asks the line's number, a contact detail for the staff.
    text = "汀岸县政协2023年提案工作报告\n\n一、提案办理\n\n市教育局开通24小时心理援助热线1条，配备心理教师86名。\n"
    kb = KnowledgeBase([SourceDocument("tingan.txt", "汀岸县政协2023年提案工作报告", "2023", text)], tmp_path / "kb")
    assert not kb.answer("心理援助热线号码是多少").answered
    assert first_line(kb, "开通了几条心理援助热线").startswith("答：1条")
