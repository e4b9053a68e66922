"""Two ways members word what a report tells: a working day is a day (压到几天 → 2个工作日以内; not how long
a meeting lasted, 交办会开了多长时间, answered by a time limit 在5个工作日内), and
写进 is said for 写入 (有几条建议写进了方案 → 其中7条建议被写入"…方案").  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协柘溪市委员会2021年履职纪实

一、助推营商环境

区数据资源局推行不动产登记"一窗受理",登记办理时间由原来的7个工作日压缩到3个工作日以内。

提案交办会后,对承办单位提出异议的提案,提案委员会在5个工作日内协调调整承办单位6件。

二、生态协商

会后,协商成果整理成建议案报送市委,其中7条建议被写入"柘溪河湿地保护规划"。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zhexi.txt", _REPORT)], tmp_path_factory.mktemp("zhexi"))


def test_days_asked_working_days_told(kb):
    assert "3个工作日" in first_line(kb, "不动产登记办理时间压到几天")


def test_written_into_asked_colloquially(kb):
    assert "7条" in first_line(kb, "有几条建议写进了湿地保护规划")


def test_a_time_limit_tells_no_meeting_length(kb):
    assert not kb.answer("提案交办会开了多长时间").answered
