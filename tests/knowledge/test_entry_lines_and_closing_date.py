"""A notice listing people as entries (吴某（农业界，某合作社理事长）：…) names each of them, with the post or
workplace in their brackets; a notice dated only in its 落款 (the date alone on its last line) answers when it
was issued; a report sent to a body (这个报告哪天报给市政府的) is dated by its dateline; the leader of a group who
takes up its post (带队并任视察组组长) holds it.  On documents of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_people, find_person_names
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_NOTICE = """枫岙市政协办公厅关于2025年度市政协委员履职情况的通报

各位市政协委员：

一、总体情况

全市共有委员320名，分属32个界别，全年人均履职积分84.2分。各界别召集人组织开展界别活动96次。

二、受表扬委员名单

吴青禾（农业界，枫岙县石桥镇茶叶专业合作社理事长）：主持石桥镇委员联络站工作，带动周边农户400余户增收。

贺知远（科技界，枫岙市林业科学研究院研究员）：全年提交提案6件，参加专题调研5次。

闵海川（经济界，枫岙港务集团副总经理）：全年报送社情民意信息22条，被采用12条。

枫岙市政协办公厅
2026年2月3日
"""

_REPORT = """枫岙市政协关于全市农村道路建设情况的视察报告

（2024年11月5日）

市人民政府：

一、视察开展情况

此次视察由市政协副主席程立远带队并任视察组组长，市政协副秘书长蒋文博任副组长。市农业科学院高级农艺师、市政协委员陶雨禾作为技术顾问全程参加视察。
"""


@pytest.fixture(scope="module")
def notice(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengao-notice.txt", _NOTICE)], tmp_path_factory.mktemp("fengao-notice"))


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengao-report.txt", _REPORT)], tmp_path_factory.mktemp("fengao-report"))


def test_entry_line_names_the_person_with_the_post_in_brackets():
    line = "贺知远(科技界,枫岙市林业科学研究院研究员):全年提交提案6件,参加专题调研5次。"
    assert "贺知远" in find_person_names(line)
    [person] = find_people(line, ["贺知远"])
    assert person.role == "枫岙市林业科学研究院研究员"


@pytest.mark.parametrize("question, expected", [
    ("吴青禾是做什么工作的", "茶叶专业合作社理事长"),
    ("贺知远在哪个单位工作", "林业科学研究院"),
    ("闵海川是干啥的", "港务集团副总经理"),
    ("姓闵的那个经济界委员叫啥", "闵海川"),
    ("吴青禾是哪个界别的", "农业界"),
    ("这个通报哪天印发的", "2026年2月3日"),
])
def test_notice(notice, question, expected):
    assert expected in first_line(notice, question)


@pytest.mark.parametrize("question, expected", [
    ("视察组组长是谁", "程立远"),
    ("程立远在政协是啥职务", "副主席"),
    ("这个报告哪天报给市政府的", "2024年11月5日"),
])
def test_report(report, question, expected):
    assert expected in first_line(report, question)
