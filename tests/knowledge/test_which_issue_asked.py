"""Which issue asked (内刊哪一期…) names no ordinal of its own: 哪一期 is normalised 哪1期, and is not the first issue.
On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫堰县政协2023年界别工作总结

一、宣传报道

界别全年刊发履职信息38篇；"枫堰政协"内刊第4期以"农业界别：在乡村振兴中建功"为题，专题报道了界别履职情况。

县政协组织委员开展视察活动11次，提出意见建议47条。

全年举办"有事来商量"活动12期，邀请县直部门负责人与委员、群众面对面协商，涉及农村寄递、老旧小区加装电梯等民生议题。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan19.txt", _REPORT)], tmp_path_factory.mktemp("fengyan19"))


def test_which_issue_is_no_first_issue(kb):
    assert "第4期" in first_line(kb, "内刊哪一期专题报道了农业界别")


def test_which_issue_is_declined_where_no_issue_is_named(kb):
    assert not kb.answer("有事来商量哪一期是讲加装电梯的").answered  # 举办…12期 names no issue
