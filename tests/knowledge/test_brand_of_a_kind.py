"""A brand asked by its kind (讲坛品牌叫什么): the quoted name ending with that kind ("柘政讲坛") is the brand,
however short, before a sentence writing the word 品牌 for another kind (打造"周五相约"接待品牌)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协柘岚市委员会2024年度委员服务工作情况报告

一、联系群众

市政协确定每月第一个星期五为"委员接待日"，统一打造"周五相约"接待品牌，委员轮流值班接待群众。全年举办接待日活动120场。市政协主席、副主席全年参加接待日活动32人次。

市政协组织委员开展“委员走基层”活动，走访群众三千余户。市政协机关干部全程参与。

二、学习培训

一是举办履职培训班。全年举办培训班2期，培训委员260人次，市政协领导作开班动员。

二是办好"柘政讲坛"。全年举办"柘政讲坛"8期，邀请专家学者围绕乡村振兴、数字经济等主题作专题辅导，参加委员六百余人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zhelan.txt", _REPORT)], tmp_path_factory.mktemp("zhelan"))


def test_the_brand_of_the_kind_asked(kb):
    assert "柘政讲坛" in first_line(kb, "市政协的讲坛品牌叫什么")


def test_the_brand_word_still_names_its_own_kind(kb):
    assert "周五相约" in first_line(kb, "接待品牌叫什么")
