"""Two amounts joined inside a quoted slogan (会议要求"两年打基础、三年见成效") are told as the whole slogan, not cut
after the second amount ("两年打基础、三年")."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.titles import quoted_whole

from .conftest import first_line

_REPORT = """政协泖西县委员会2024年度委员之家建设情况报告

一、高位推动

2024年4月10日，全县委员之家建设推进会召开，县政协主席出席会议并讲话。会议要求"两年打基础、三年见成效"，力争到本届末实现乡镇委员之家全覆盖。

二、协商议事

各委员之家全年组织协商议事活动48场，委员们提出意见建议260条，推动解决问题75个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("maoxi.txt", _REPORT)], tmp_path_factory.mktemp("maoxi"))


def test_the_slogan_whole(kb):
    assert "两年打基础、三年见成效" in first_line(kb, "推进会提出了什么要求（几年打基础）")


def test_outside_quotes_the_span_stays():
    sentence = '走访3个村和4个社区'
    assert quoted_whole(sentence, 2, 10) == sentence[2:10]
    assert quoted_whole('要求"2年打基础、3年见成效",力争', 3, 10) == "2年打基础、3年见成效"
