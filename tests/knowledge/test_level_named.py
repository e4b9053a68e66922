"""A question whose subject is a committee named by its level alone (市政协…, 县政协…) is not
answered from another level's committee: a county's report tells what its 县政协 did, not the
市政协. On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_COUNTY = """政协云岗县委员会关于2019年提案工作情况的报告

——2020年1月6日在政协云岗县第十届委员会第四次会议上

一、提案提交情况

十届三次会议以来，县政协共收到提案218件，经审查立案196件。
二〇一九年五月，市政协调研组来云岗调研提案办理工作，对县政协的做法给予肯定。
"""

_CITY = """政协沙湾市委员会关于2018年提案工作情况的报告

——2019年1月10日在政协沙湾市第九届委员会第三次会议上

一、提案提交情况

九届二次会议以来，市政协共收到提案532件，经审查立案470件。
"""


def _document(name: str, text: str) -> SourceDocument:
    return SourceDocument(name, text.split("\n", 1)[0], None, text)


@pytest.fixture(scope="module")
def kbs(tmp_path_factory):
    county = _document("yungang.txt", _COUNTY)
    city = _document("shawan.txt", _CITY)
    return (KnowledgeBase([county], tmp_path_factory.mktemp("county")),
            KnowledgeBase([county, city], tmp_path_factory.mktemp("both")))


def test_another_levels_committee_is_not_answered(kbs):
    county, _ = kbs
    assert not county.answer("市政协去年收到多少件提案").answered
    assert "218件" in first_line(county, "县政协去年收到多少件提案")
    assert "218件" in first_line(county, "去年收到多少件提案")


def test_the_level_asked_picks_the_report_of_that_level(kbs):
    _, both = kbs
    line = first_line(both, "市政协去年收到多少件提案")
    assert line.startswith("答：532件") or "532件" in line.split("；")[0]
