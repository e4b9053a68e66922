"""A who-question a sentence answers with several people as one: the names written one after another
(甲、乙、丙3名委员被评为…), every holder of the very post asked (副召集人甲(…)和副召集人乙(…)), the people
a count spells out after 分别是 (增补委员2名，分别是…甲和…乙); 哪几位 / 哪两位 ask who; a verb's direction
before a body (增补进界别) says where to, not which 界别. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_SECTOR = """溪宁市政协经济界别2020年工作总结和2021年工作打算

2020年，市政协经济界别围绕稳增长、保就业履职尽责。界别现有委员33名，由召集人邹明山（市发展和改革委员会副主任）、副召集人唐雪莹（市统计局副局长）和副召集人葛文博（溪宁银行行长）组成召集人小组。

一、2020年工作回顾

2020年，界别增补委员3名，分别是溪宁港务集团副总经理许立群、市税务局科长彭秀梅和南河县工商联主席冉东升。

全年报送社情民意信息52篇。许立群、彭秀梅、冉东升3名委员被评为市政协2020年度优秀政协委员。委员冉东升在南河县召开的民营企业座谈会上作了发言。
"""


def _document(name: str, text: str) -> SourceDocument:
    return document_from_text(name, text)  # as a member's upload is read: its year from the title


@pytest.fixture(scope="module")
def sector(tmp_path_factory):
    return KnowledgeBase([_document("xining-economy-sector.txt", _SECTOR)], tmp_path_factory.mktemp("economy"))


@pytest.mark.parametrize("question", ["界别的副召集人是谁？", "副召集人有哪几位", "界别的副召集人是哪两位？"])
def test_every_holder_of_the_post_asked(sector, question):
    line = first_line(sector, question)
    assert "唐雪莹" in line and "葛文博" in line and "邹明山" not in line, (question, line)


def test_one_holder_is_told_alone(sector):
    line = first_line(sector, "界别召集人是谁？")
    assert "邹明山" in line and "唐雪莹" not in line


@pytest.mark.parametrize("question", ["去年增补进界别的委员是哪几位？", "2020年增补的委员是谁", "界别增补了哪几位委员？"])
def test_the_people_spelled_out_after_a_count(sector, question):
    line = first_line(sector, question)
    assert all(name in line for name in ("许立群", "彭秀梅", "冉东升")), (question, line)


def test_names_written_one_after_another(sector):
    line = first_line(sector, "哪几位委员被评为优秀政协委员？")
    assert all(name in line for name in ("许立群", "彭秀梅", "冉东升")), line


def test_one_person_still_told_alone(sector):
    line = first_line(sector, "谁在民营企业座谈会上作了发言？")
    assert "冉东升" in line and "彭秀梅" not in line


def test_a_bracketed_or_listed_post_of_a_named_member(sector):
    assert "溪宁港务集团" in first_line(sector, "许立群在哪个单位工作？")
    assert "市统计局" in first_line(sector, "唐雪莹委员是哪个单位的？")
