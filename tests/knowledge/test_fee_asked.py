"""A fee or price asked (每个学生收费多少, 门票价格多少): money answers, a count of the people served (服务学生3600余名)
does not.  On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协梧溪县委员会2023年工作报告

一、民生实事

信息报送后，县教育局在21所中小学开展暑期托管服务，共服务学生3600余名。

委员建议被采纳后，县文旅局将溪口古镇门票价格下调至每人40元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("wuxi.txt", _REPORT)], tmp_path_factory.mktemp("wuxi"))


def test_a_count_of_people_is_no_fee(kb):
    assert kb.answer("暑期托管每个学生收费多少").text.startswith("抱歉")


def test_money_told_answers(kb):
    assert "40元" in first_line(kb, "溪口古镇门票价格是多少")
