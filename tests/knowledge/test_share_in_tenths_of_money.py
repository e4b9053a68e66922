"""A share told in tenths (近3成) answers a share asked (占…多少) of money as 28% would: it is no count of
another kind. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫堰县政协2023年工作总结

一、助力公益

在"枫堰助学日"活动中，界别委员企业共捐款86万元，占全县企业捐款总额的近4成。

县政协组织委员开展视察活动11次，提出意见建议47条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan13.txt", _REPORT)], tmp_path_factory.mktemp("fengyan13"))


def test_share_in_tenths_answers_a_share_of_money(kb):
    assert "近4成" in first_line(kb, "助学日捐款占全县企业捐款多少")
