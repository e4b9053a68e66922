"""Which county asked (纪念馆在哪个县), a sentence going to 邻县 (a neighbouring county, unnamed) or 外县 names
none: declined; a county named (赴松岭县) answers.  On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协禾溪县农业界别2021年工作总结

一、学习教育

5月9日，组织界别委员赴邻县青崖山烈士陵园开展"赓续红色血脉"主题教育活动，22名委员参加。

二、考察学习

8月，组织界别委员赴松岭县白鹭湿地公园考察生态保护工作，18名委员参加。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("hexi.txt", _REPORT)], tmp_path_factory.mktemp("hexi"))


def test_a_neighbouring_county_is_no_county_named(kb):
    assert kb.answer("青崖山烈士陵园在哪个县").text.startswith("抱歉")


def test_a_county_named_answers(kb):
    assert "松岭县" in first_line(kb, "白鹭湿地公园在哪个县")
