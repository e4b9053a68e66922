"""Being elected to a post, asked as 当选 and told as 选举…为 (市政协六届三次会议选举某某同志为市政协主席):
the words stand for each other, so who was elected is answered. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协溆桥市第六届委员会常务委员会工作报告

一、过去五年工作回顾

五年间，市政协领导班子有所调整。2019年10月，邵景和同志因年龄原因辞去市政协主席职务；2019年11月，市政协六届三次会议选举秦启航同志为市政协主席。2021年9月，秦启航同志调任省政协工作，此后由副主席韩明德主持市政协常委会日常工作。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xuqiao-elected.txt", _REPORT)], tmp_path_factory.mktemp("xuqiao_elected"))


def test_who_was_elected_chair_is_answered(kb):
    assert "秦启航" in first_line(kb, "2019年11月当选市政协主席的是谁")
