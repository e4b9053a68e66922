"""A measure (总投资, 产值, 规模) belongs to some thing: asked of an owner (棚户区改造总投资多少) that the sentence
and its paragraph never name, an amount of other projects (这批项目总投资) is declined, though a deed word
(改造 in 技术改造) is shared; asked of what the sentence names, it answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协榆川县委员会常务委员会工作报告

一、围绕中心开展视察

六月中旬，县政协组织委员视察全县在建重点项目，先后察看了青禾食品技术改造项目、石桥港码头扩建工程等15个重点项目，这批项目总投资42.7亿元。视察组提出建议9条。

二、助推产业发展

县政协围绕茶叶产业开展专题调研，全县茶园面积达到8.6万亩，茶叶综合产值达到19.3亿元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yuchuan.txt", _REPORT)], tmp_path_factory.mktemp("yuchuan"))


@pytest.mark.parametrize("question, fact", [
    ("重点项目总投资多少钱", "42.7亿元"),
    ("这批项目总投资是多少", "42.7亿元"),
    ("茶叶产值是多少", "19.3亿元"),
])
def test_owner_named(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question", [
    "棚户区改造总投资多少钱",
    "污水管网改造总投资多少",
    "水果产业产值是多少",
])
def test_owner_untold(kb, question):
    assert not kb.answer(question).answered, question
