"""A verb's complement of direction written right before a body (吸收进市政府, 纳入县财政) names no
place: the two characters before 市 / 县 are no town's name, so the answer is not doubted as another
place's. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import NOT_A_PLACE
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """栖川市政协农业界别2021年工作总结

一、建言献策

2021年，界别围绕乡村振兴开展专题调研，形成调研报告一篇，提出建议11条，其中6条被吸收进市政府出台的扶持文件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qichuan.txt", _REPORT)], tmp_path_factory.mktemp("qichuan"))


def test_a_direction_complement_is_no_place_name():
    for name in ("收进", "纳入", "报至", "前往"):
        assert NOT_A_PLACE.search(name)
    assert not NOT_A_PLACE.search("进贤")  # a place whose name begins so stays one


def test_a_count_taken_into_the_city_government_is_answered(kb):
    assert first_line(kb, "有几条建议被吸收进市政府文件").startswith("答：6条")
