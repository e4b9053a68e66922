"""A change told 由原来的A调整为B (or 压缩为, 减为): B is the value after it, A the one before; a
question asking before the change (改造前, 原来, 改革前) gets A, one asking after it gets B.  On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协石埠县委员会2023年工作报告

一、民生协商

经过协商，城南菜市场完成改造，摊位由原来的120个调整为104个，每个摊位面积扩大一倍。

二、营商环境

推行“一网通办”改革后，企业开办时间由原来的6个工作日压缩为2个工作日。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("shibu.txt", _REPORT)], tmp_path_factory.mktemp("shibu"))


@pytest.mark.parametrize("question, expected", [
    ("城南菜市场改造后有多少个摊位", "104个"),
    ("城南菜市场原来有多少个摊位", "120个"),
    ("一网通办改革前企业开办要几个工作日", "6个工作日"),
    ("企业开办时间压缩到了几个工作日", "2个工作日"),
])
def test_before_and_after_the_change(kb, question, expected):
    assert expected in first_line(kb, question)
