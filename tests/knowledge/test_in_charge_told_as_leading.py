"""Who is in charge (谁负责) is told as who leads (分别由甲、乙、丙牵头): leading a piece of work is being in
charge of it. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫堰县政协2023年工作总结

一、调查研究

全年围绕"茶旅融合发展""农村养老服务""老旧小区改造"3个课题开展专题调研，分别由冯启航、殷素琴、祁远山牵头，形成调研报告3篇。

县政协组织委员开展视察活动11次，提出意见建议47条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan7.txt", _REPORT)], tmp_path_factory.mktemp("fengyan7"))


def test_who_is_in_charge_is_who_leads(kb):
    assert first_line(kb, "农村养老服务课题谁负责").startswith("答：殷素琴")
    assert first_line(kb, "老旧小区改造课题由谁牵头").startswith("答：祁远山")
