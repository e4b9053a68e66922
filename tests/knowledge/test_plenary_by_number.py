"""A plenary session asked by its number (九届一次会议什么时候开的, 二次会议啥时候开) is not the standing
committee's meeting of the same number (九届常委会第一次会议), nor a standing committee's meeting told by its date
alone; a question naming the standing committee still reads its own. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.meeting_kinds import plenary_untold
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协潆川市第九届委员会2022年开局工作总结

一、会议情况

2022年1月10日至13日，政协潆川市第九届委员会第一次会议在潆川会堂召开。
3月8日召开的九届常委会第一次会议审议通过了年度工作要点；6月20日召开的九届常委会第二次会议，围绕城乡供水开展专题协商。
在6月20日召开的常委会会议上，28名委员作发言。

二、履职情况

全年收到委员提案286件，经审查立案251件。组织委员视察调研14次，形成调研报告9篇。
委员工作室新增12个，接待群众1300余人次。报送社情民意信息196篇，被采用63篇。
编印委员读本500册，开展学习培训3期，培训委员320人次。
三、下步打算

九届二次会议拟于2023年1月中旬召开，会期4天。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yingchuan-start-2022.txt", _REPORT)], tmp_path_factory.mktemp("plenary"))


def test_the_first_plenary_by_its_number(kb):
    assert "1月10日" in first_line(kb, "九届一次会议什么时候开的")


def test_the_next_plenary_by_its_number_alone(kb):
    assert "2023年1月中旬" in first_line(kb, "二次会议啥时候开")


def test_the_standing_committee_asked_reads_its_own(kb):
    assert "3月8日" in first_line(kb, "九届常委会第一次会议什么时候开的")


def test_plenary_untold_reads_the_kinds():
    standing = "3月8日召开的9届常委会第1次会议审议通过了年度工作要点"
    assert plenary_untold("9届1次会议什么时候开的", standing)
    assert not plenary_untold("9届常委会第1次会议什么时候开的", standing)
    assert not plenary_untold("9届1次会议什么时候开的", "2022年1月10日至13日,政协某市第9届委员会第1次会议召开")
