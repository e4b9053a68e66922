"""A theme quoted right before the event asked of ("农村寄递物流"专项民主监督小组) is that event's theme (专项民主监督
是什么主题), as for a meeting. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫堰县政协2023年界别工作总结

一、民主监督

界别派出6名委员参加县政协"农村寄递物流体系建设"专项民主监督小组，走访企业21家，提出建议13条。

县政协组织委员开展视察活动11次，提出意见建议47条。

全年围绕"乡村振兴"主题开展界别活动9次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan18.txt", _REPORT)], tmp_path_factory.mktemp("fengyan18"))


def test_theme_quoted_before_the_event(kb):
    assert "农村寄递物流体系建设" in first_line(kb, "专项民主监督是什么主题")
