"""On a shelf of several reports, a question naming a month or a town is told only by reports whose passage names
it: another report's sentence about some meeting or place it does not name is about another one.  On two reports
of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.shelf_named import names_asked

from .conftest import first_line

_PINE = """政协松岭县委员会常务委员会2021年工作报告

一、协商议政

3月，县政协召开常委会议，围绕“茶旅融合发展”开展专题协商，常委们提出意见建议17条。
9月，县政协召开常委会议，听取全县文旅产业发展情况通报。
在青枫镇召开现场协商会，推动新建农村污水处理站12个。
"""

_CINNAMON = """政协桂川区委员会常务委员会2022年工作报告

一、常委会议

全年召开常委会议4次，常委们在常委会议上提出意见建议40条。
召开现场协商会，推动新建农村污水处理站35个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    documents = [document_from_text("pine.txt", _PINE), document_from_text("cinnamon.txt", _CINNAMON)]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("shelf_named"))


def test_month_asked_told_by_the_report_naming_it(kb):
    line = first_line(kb, "三月那次常委会议提了多少条意见建议？")
    assert "17条" in line
    assert "40条" not in line


def test_month_no_report_names_declined(kb):
    assert not kb.answer("八月那次常委会议提了多少条意见建议？").answered


def test_town_asked_told_by_the_report_naming_it(kb):
    line = first_line(kb, "青枫镇新建了多少个污水处理站？")
    assert "12个" in line
    assert "35个" not in line


@pytest.mark.parametrize("question, passage, named", [
    ("4月那次常委会议提了多少条意见建议", "4月下旬,县政协召开常委会议,提出意见建议17条。", True),
    ("4月那次常委会议提了多少条意见建议", "常委会组织监督,提出意见建议58条。", False),
    ("4月以来开了几次常委会议", "全年召开常委会议4次。", True),
    ("青枫镇新建了多少个污水处理站", "在青枫镇召开现场协商会,推动新建污水处理站12个。", True),
    ("青枫镇新建了多少个污水处理站", "全区新建农村污水处理站35个。", False),
    ("常委会议提了多少条意见建议", "常委会组织监督,提出意见建议58条。", True),
])
def test_names_asked(question, passage, named):
    assert names_asked(question, passage) is named
