"""The forty-seventh round's merge mends: where one helper's rule met reports none of them had run.

A question opening on a verb of going (要去省内外…, 去外省考察…) or on a time read whole (2024年度全省…) names no
other place; a province-wide assessment that ranks the report's own place (全省…考核某县排第几) is asked of the report's
area; 哪个县领导督办的 asks a person, not a place; the writer of a report of oneself has the sector of the meeting the
report was read at (在…界别委员述职会上).  On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协秫川县委员会2023年工作报告

一、协商议政

组织委员赴省内外2至3个先进地区考察学习乡村治理经验，形成考察报告2篇。

3月，组织6名委员赴外省考察学习县域医共体建设经验，提出建议9条。

在2023年度全省政协信息工作考核中，秫川县位列第4名。

二、提案工作

县委书记阚秋实、县长甄稼轩带头领衔督办重点提案。禚文远委员领衔提出的《关于加快稷河流域综合治理的建议》，由县长甄稼轩领衔督办，全年投入治理资金6200万元。
"""

_OWN_REPORT = """秫川县政协委员覃望舒2023年度个人履职报告

（2024年1月10日在县政协农业界别委员述职会上）

覃望舒

一年来，我认真履行委员职责，全年提交提案3件，报送社情民意信息5篇，参加视察调研活动8次。

我在稷岭镇开展果蔬种植技术培训4期，培训农民320人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("shuchuan.txt", _REPORT)], tmp_path_factory.mktemp("shuchuan-mends"))


@pytest.mark.parametrize("question, expected", [
    ("要去省内外几个先进地区考察", "2至3个"),  # 要去 is no place before 省
    ("去外省考察医共体去了几名委员", "6名"),  # nor 去外
    ("2023年度全省政协信息工作考核秫川排第几名", "第4名"),  # the province frames the report's own place's rank
    ("稷河治理提案是哪个县领导督办的", "甄稼轩"),  # a person of a level asked, not a place
])
def test_questions_the_rules_of_other_places_leave_answered(kb, question, expected):
    assert expected in first_line(kb, question)


def test_the_writer_has_the_sector_of_the_meeting_the_report_was_read_at(tmp_path):
    kb = KnowledgeBase([document_from_text("qin.txt", _OWN_REPORT)], tmp_path)
    assert "农业界" in first_line(kb, "覃望舒是哪个界别的委员")
