"""A total a clause right after it breaks down with no figure of its own (引进项目5个，总投资6.2亿元，
其中…光伏组件项目落户…; 服务站9个，分别设在社区、学校和医院): the total is the whole's, not the one
part the question asks (光伏组件项目投资多少, 几个设在医院). The total itself is still answered.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协鹤山县委员会2020年工作报告

一、服务发展

开展"委员助企"活动，全年委员引进项目5个，总投资6.2亿元，其中工商界委员引进的光伏组件项目落户鹤山经济开发区。

二、履职平台

累计建成委员服务站9个，分别设在社区、学校和医院。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("heshan.txt", _REPORT)], tmp_path_factory.mktemp("heshan"))


def test_the_part_singled_out_has_no_amount_of_its_own(kb):
    assert not kb.answer("光伏组件项目投资多少").answered


def test_the_total_is_still_the_whole(kb):
    assert first_line(kb, "委员引进的项目总投资多少").startswith("答：6.2亿元")


def test_those_of_one_kind_are_not_counted(kb):
    assert not kb.answer("有几个委员服务站设在医院？").answered


def test_all_of_them_are_counted(kb):
    assert first_line(kb, "累计建成委员服务站多少个").startswith("答：9个")
