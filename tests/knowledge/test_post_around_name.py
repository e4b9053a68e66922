"""Two posts written around one name (post_around_name.py): a standing post before it and a group's post taken
after it (农业委员会主任某某任副组长) are both the person's, the standing one told when their post is asked; in
甲主席、乙副主席 the 主席 is 甲's; in 某某办公室乙主任 the 主任 is of that office. A design institute (某勘测设计院) is a workplace
(doers.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_people
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """苇塘市政协关于2025年度专项视察工作的报告

尊敬的祁远舟主席、鲍秋禾副主席，各位常委：

一、视察工作开展情况

2025年，市政协围绕湿地保护开展专项视察。由市政协副主席鲍秋禾任视察组组长，农业和农村委员会主任卞立川任副组长，成员共18人。市政协办公室邝雨桐主任负责视察的组织联络，视察组走访乡镇7个，召开座谈会3场。市水文勘测设计院高级工程师、市政协委员卜晓岑作为技术顾问全程参加视察，农业和农村委员会办公室副主任葛青禾负责报告起草工作。

二、视察发现的问题

部分湿地保护区管护人员不足，全市湿地管护员仅有46人。市政协主席祁远舟在座谈会上听取了意见。

三、下一步工作

2026年，视察组将继续跟踪湿地保护工作，计划开展回头看视察1次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("weitang-city-2025.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("weitang"))


def test_standing_post_kept_beside_group_post():
    people = find_people("农业和农村委员会主任卞立川任副组长，成员共18人。", ["卞立川"])
    assert people[0].role == "农业和农村委员会主任、副组长"


def test_post_before_a_name_belongs_to_the_name_before_it():
    people = find_people("尊敬的祁远舟主席、鲍秋禾副主席，各位常委：", ["祁远舟", "鲍秋禾"])
    assert [p.role for p in people] == ["主席", "副主席"]


def test_body_before_a_name_with_its_post_after():
    people = find_people("市政协办公室邝雨桐主任负责视察的组织联络。", ["邝雨桐"])
    assert people[0].role == "市政协办公室主任"


def test_a_persons_post_asked(kb):
    assert "农业和农村委员会主任" in first_line(kb, "卞立川是什么职务")
    assert "副主席" in first_line(kb, "鲍秋禾是什么职务")


def test_a_design_institute_is_a_workplace(kb):
    assert "市水文勘测设计院" in first_line(kb, "卜晓岑是哪个单位的")
