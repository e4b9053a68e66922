"""A deed's amount asked by its noun in 量 (播放量多少, 阅读量有多少) is told in the clause writing that noun
(累计播放量超过90万次), not by another count of the sentence (制作短视频36条). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协桃溪县委员会医药卫生界别2022年工作总结

一、主要工作

界别委员制作健康科普短视频36条，累计播放量超过90万次；撰写科普文章18篇，阅读量达到12万次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("taoxi-amount.txt", _REPORT.split("\n", 1)[0], "2022", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("taoxi-amount"))


def test_the_amount_of_the_noun_asked(kb):
    assert "90万次" in first_line(kb, "科普短视频播放量多少")
