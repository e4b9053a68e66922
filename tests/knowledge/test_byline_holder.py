"""A report's byline (政协某市委员会主席　某某, a line of its own) tells who holds that post, and the
committee's formal name is the body members call 市政协. On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_CITY = """政协澄川市第九届委员会常务委员会工作报告

——2021年1月12日在政协第九届澄川市委员会第五次会议上

政协澄川市委员会主席　何立群

一、2020年工作回顾

全年召开常务委员会会议6次，副主席邵明远带队开展专题调研4次。
"""

_COUNTY = """中国人民政治协商会议汀洲县委员会常务委员会工作报告

——2019年1月8日在县政协第十届委员会第三次会议上

政协汀洲县委员会副主席　柯文彬

一、2018年工作回顾

全年组织委员视察9次，县委书记严国华出席全体会议并讲话。
"""


@pytest.fixture(scope="module")
def kbs(tmp_path_factory):
    city = SourceDocument("chengchuan.txt", _CITY.split("\n", 1)[0], None, _CITY)
    county = SourceDocument("tingzhou.txt", _COUNTY.split("\n", 1)[0], None, _COUNTY)
    return (KnowledgeBase([city], tmp_path_factory.mktemp("city")),
            KnowledgeBase([county], tmp_path_factory.mktemp("county")))


def test_the_byline_names_the_committees_chair(kbs):
    city, _ = kbs
    for question in ("市政协主席是谁", "澄川市政协主席是谁", "政协主席叫什么名字"):
        assert "何立群" in first_line(city, question), question
    assert "何立群" in first_line(city, "何立群是什么职务")


def test_a_vice_chair_in_the_byline_is_no_chair(kbs):
    _, county = kbs
    assert "柯文彬" in first_line(county, "县政协副主席是谁")
    assert "柯文彬" not in county.answer("县政协主席是谁").text.split("\n", 1)[0]
    assert "严国华" in first_line(county, "县委书记是谁")


def test_a_formal_name_with_its_term_is_the_committee(tmp_path):
    report = "政协云岭县第十届委员会常务委员会工作报告\n\n政协第十届云岭县委员会主席　韦立成\n\n一、2020年工作回顾\n\n全年组织视察6次。\n"
    kb = KnowledgeBase([SourceDocument("yunling.txt", report.split("\n", 1)[0], None, report)], tmp_path)
    assert "韦立成" in first_line(kb, "县政协主席是谁")
