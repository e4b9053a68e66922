"""A feature published the January after its year (dateline 2024年1月8日 《某某日报》第2版 under the byline) is read
in that January: 去年 is the year it tells of, even where its first paragraphs tell a day of that year's own January
(2023年1月16日 a session opened). On a made-up article of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_FEATURE = """同心聚力谱华章
——槐岭市政协2023年履职纪实

本报记者　苏映雪　通讯员　顾南星

2024年1月8日　《槐岭晚报》第2版

回望2023年，槐岭市政协的脚步扎实有力。2023年1月16日，政协槐岭市第七届委员会第二次会议隆重开幕，会期四天，全市政协委员齐聚一堂共商发展大计，此后一年里委员们把会上的建议一件件落到实处。

一、视察调研

全年共开展视察调研29次，形成调研报告17篇，其中多篇得到市委主要领导批示。

二、新年打算

新的一年，市政协力争开展视察调研30次以上，继续做好委员培训。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("huailing.txt", _FEATURE)], tmp_path_factory.mktemp("huailing"))


def test_last_year_is_the_year_the_feature_tells_of(kb):
    line = first_line(kb, "去年视察调研一共多少次")
    assert "29次" in line and "2023年" in line


def test_this_year_asks_the_plan_of_the_january_it_was_published(kb):
    assert "30次以上" in first_line(kb, "今年计划开展视察调研多少次")
