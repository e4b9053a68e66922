"""Holders of one post listed side by side after their own bodies (沄北区政协主席冼慧芸、沄南区政协主席糜雅婷在…):
the second name stands where the first stands, though its surname is not a listed one; asked the second body's
holder, that name answers, not the first's."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协沄州市委员会2024年度委员工作站建设情况报告

一、建设情况

沄北区建成委员工作站14个，沄南区建成委员工作站11个。

二、打造特色品牌

各区政协结合实际，形成了一批有辨识度的工作品牌。沄北区委员工作站推出“河畔夜谈”，全年开展30期；沄南区委员工作站打造“南岭议事厅”，组织协商议事12次。沄北区政协主席冼慧芸、沄南区政协主席糜雅婷在全省政协基层协商工作交流会上作了经验介绍。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yunzhou.txt", _REPORT)], tmp_path_factory.mktemp("yunzhou"))


def test_the_second_holder_of_the_post(kb):
    assert "糜雅婷" in first_line(kb, "沄南区政协主席叫什么名字")


def test_the_first_holder_still(kb):
    assert "冼慧芸" in first_line(kb, "沄北区政协主席叫什么名字")


def test_a_word_is_no_name_however_paired():
    assert "委员会" not in find_person_names("区政协主席冼慧芸、市政协主席委员会")
