"""A deputy's post asked (副组长是谁, 副召集人有哪几位): the word of the post it deputises (组长) names no post
asked, so the holder of that post, written first, does not outrank the deputy.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.listed_people import asked_posts
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫溆区政协经济界别2022年工作总结

（二〇二三年一月十一日）

一、重点调研

《关于推动枫溆区文旅产业融合发展的调研报告》列入区政协年度重点调研课题，课题组组长钟启航，副组长詹慕云。5月至8月，课题组走访景区和企业11家，提出建议7条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengxu.txt", _REPORT)], tmp_path_factory.mktemp("fengxu-deputy"))


def test_deputy_asked_drops_the_bare_post():
    assert asked_posts("副召集人有哪几位", ["副召集人", "召集人"]) == ["副召集人"]
    assert asked_posts("组长是谁", ["组长"]) == ["组长"]


@pytest.mark.parametrize("question, expected", [
    ("重点课题副组长是谁", "詹慕云"),
    ("课题组组长是谁", "钟启航"),
])
def test_deputy_and_head_answer(kb, question, expected):
    assert expected in first_line(kb, question)
