"""哪个学校 is answered by a school of any kind (县第三中学, 师范学院, 实验小学), not only by a name
ending in 校; a place of another kind is still doubted. With several reports loaded, the one telling
the teacher's school answers. On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_FEATURE = """书香政协在溪口

县第三中学数学教师、教育界委员霍春燕是“教育界读书群”的群主。“读书要读出问题、读出建议。”霍春燕说。霍春燕领衔提出的《关于加强乡村学校教师培训的提案》被列为重点提案。
"""

_OTHER = """政协白湾市委员会2023年提案工作情况报告

一、提案提交情况

2023年，委员共提交提案318件，经审查立案296件。委员们围绕乡村振兴、城市更新等提出了许多建议。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    documents = [SourceDocument("xikou-feature.txt", _FEATURE.split("\n", 1)[0], "2024", _FEATURE),
                 SourceDocument("baiwan-proposals.txt", _OTHER.split("\n", 1)[0], "2023", _OTHER)]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("school-kind"))


def test_a_middle_school_is_a_school(kb):
    checks = kb.answerer.checks
    assert checks.names_category("学校", "县第3中学数学教师、教育界委员霍春燕是群主。")
    assert checks.names_category("学校", "师范学院教授")
    assert not checks.names_category("学校", "县人民医院院长")
    assert not checks.names_category("医院", "县第3中学数学教师")
    assert "第三中学" in first_line(kb, "霍春燕在哪个学校教书")


def test_a_school_untold_is_declined(kb):
    assert not kb.answer("霍春燕在哪个医院工作").answered
