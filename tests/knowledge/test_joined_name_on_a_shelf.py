"""A name joined by a middle dot (桂岭·东坪镇活动组) is one report's own group: on a shelf of reports, a
question naming it is about that report.  Asked of a year the report tells (今年, in its own frame) it
answers; asked of one it does not tell (去年), another report's sentence on some other group in a town of
the same name (东坪镇) does not answer in its own frame: declined (shelf_named.py).  On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_OWN = """槐川区政协少数民族和宗教界别2023年度履职工作总结

（2023年12月26日）

一、活动组建设

界别设4个活动组。桂岭·东坪镇活动组，组长韦秀兰，委员6名，全年开展活动7次。

青溪·西湖街道活动组，组长蒙建国，委员5名，全年开展活动11次。
"""

_OTHERS = [
    ("政协岱山市第六届委员会常务委员会工作报告——2024年1月8日在政协岱山市第六届委员会第三次会议上", "2024",
     "一、2023年工作回顾\n\n社法民宗委在东坪镇举办民族团结进步主题宣传活动6场，建成民族团结进步教育基地1个。\n"),
    ("政协楠溪市委员会农业和农村界别2019年工作总结", "2019",
     "一、2019年主要工作\n\n2019年5月，界别在东坪镇设立委员工作室，全年开展活动13次，接待群众来访70余人次。\n\n界别委员赴桂岭河开展巡河监督3次。\n"),
]


def _documents() -> list[SourceDocument]:
    documents = [SourceDocument("huaichuan.txt", _OWN.split("\n", 1)[0], "2023", _OWN)]
    for n, (title, year, body) in enumerate(_OTHERS):
        documents.append(SourceDocument(f"other{n}.txt", title, year, f"{title}\n\n{body}"))
    return documents


@pytest.fixture(scope="module")
def shelf(tmp_path_factory):
    return KnowledgeBase(_documents(), tmp_path_factory.mktemp("joined-name"))


def test_the_group_s_own_year_is_answered(shelf):
    assert "7次" in first_line(shelf, "桂岭·东坪镇活动组今年活动了几次？")
    assert "11次" in first_line(shelf, "青溪·西湖街道活动组今年活动了几次")


def test_another_year_is_not_answered_by_other_groups(shelf):
    assert not shelf.answer("桂岭·东坪镇活动组去年活动了几次？").answered
