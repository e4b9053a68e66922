"""A flow of use asked (日均客流, 借阅量) answered by a count of the things used, a duration asked (多长时间)
by no time, a loan asked (放贷多少) by a count of meetings: each declined (neighbour_parts.py); the count
asked plainly still answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协石溪县委员会2023年工作报告

（2024年1月9日）

一、2023年工作回顾

围绕"城区公交优化"开展网络议政，县交通运输局据此新开社区接驳线路5条。

在东坪镇新建"溪畔书香"委员读书角1个，配置图书1800册。

"石溪议事坊"电视节目由县政协与县融媒体中心联合制作，节目收看人次累计超过21万。

县政协经济界别联合县农商银行组织银企座谈会3场，帮助企业解决融资难题。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("shixi-work-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shixi-volume"))


def test_flow_of_use_asked_count_of_things_told(kb):
    assert not kb.answer("新开的社区接驳线路日均客流多少").answered
    assert not kb.answer("溪畔书香读书角全年借阅量是多少").answered


def test_duration_asked_no_time_told(kb):
    assert not kb.answer("石溪议事坊每期节目多长时间").answered


def test_loan_asked_count_of_meetings_told(kb):
    assert not kb.answer("银企座谈会实际放贷多少").answered


def test_counts_asked_plainly_answer(kb):
    assert "5条" in first_line(kb, "新开了几条社区接驳线路")
    assert "3场" in first_line(kb, "银企座谈会开了几场")
