"""Who is in charge, read by the shape of the sentence: 由某某委员负责 makes them its 负责人; the posts written
before a name (工作室负责人、市政协委员某某) stay theirs when the sentence says what else they are (是1名医生);
and 园区 in a question (园区委员工作室) names no district's body. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_people
from bot.knowledge.post_words import same_level
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫堰县政协2023年履职纪实

一、委员工作室

全县建成委员工作室9个，全年接待群众1200余人次，收集意见建议86条。

开发区委员工作室于2022年6月揭牌成立，由钟思远委员负责，有入驻委员7名。

二、联系群众

北塘委员工作室负责人、县政协委员卢秋实是一名乡村教师，她每周固定一天在工作室接待群众。

县政协组织委员开展"送法下乡"活动12场，发放宣传资料3000余份。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan5.txt", _REPORT)], tmp_path_factory.mktemp("fengyan5"))


def test_in_charge_by_the_shape_of_the_sentence():
    assert find_people("工作室由钟思远委员负责，有入驻委员7名", ["钟思远"])[0].role == "负责人"
    role = find_people("工作室负责人、县政协委员卢秋实是一名乡村教师", ["卢秋实"])[0].role
    assert role.startswith("工作室负责人")
    assert find_people("委员赵立中担任市科协副主席", ["赵立中"])[0].role == "市科协副主席"
    role = find_people("县政协农业委员会副主任殷晓岚兼任界别联络员", ["殷晓岚"])[0].role
    assert "农业委员会副主任" in role and "界别联络员" in role  # a post also held beside the one before
    # a group's post taken beside the standing one before the name (post_around_name.py)
    assert find_people("县政协农业委员会主任蒋立行任副组长", ["蒋立行"])[0].role == "县政协农业委员会主任、副组长"


def test_a_park_is_no_district():
    assert same_level("园区委员工作室负责人是谁", "县政协")
    assert not same_level("区委书记是谁", "县政协")


def test_in_charge_asked(kb):
    assert first_line(kb, "开发区委员工作室谁负责").startswith("答：钟思远")
    assert first_line(kb, "北塘工作室负责人是谁").startswith("答：卢秋实")


def test_another_studios_head_is_not_the_one_asked(kb):
    answer = kb.answer("开发区委员工作室负责人是谁")
    assert not answer.answered or answer.text.startswith("答：钟思远")  # never 北塘's 卢秋实


def test_another_studios_head_is_not_the_one_asked_in_a_short_report(tmp_path):
    short = "枫堰县政协2023年履职纪实\n\n开发区委员工作室于2022年6月揭牌成立，由钟思远委员负责。\n" \
            "北塘委员工作室负责人、县政协委员卢秋实是一名乡村教师。\n"
    answer = KnowledgeBase([document_from_text("fengyan6.txt", short)], tmp_path).answer("开发区委员工作室负责人是谁")
    assert not answer.answered or answer.text.startswith("答：钟思远")
