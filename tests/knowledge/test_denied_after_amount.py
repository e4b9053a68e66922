"""A figure whose noun is followed by a denial of the deed asked (仍有4个行政村没有指导员服务) counts those the deed
never reached: it does not answer 指导员服务多少个行政村, while a question denying the deed asks it. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协栎阳县委员会2021年履职工作报告

一、视察调研

调研显示：全县现有农技指导员64名，服务行政村93个，占行政村总数的88.6%。

从调研的三个乡镇看，石亭乡有农技指导员8名，北坪镇有7名，南塘镇仅有3名，南塘镇仍有4个行政村没有指导员服务。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("liyang.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("liyang"))


def test_a_count_denied_after_its_noun_does_not_answer_the_deed(kb):
    assert first_line(kb, "农技指导员服务多少个行政村").startswith("答：93个")


def test_the_denial_asked_is_answered(kb):
    assert first_line(kb, "南塘镇有几个行政村没有指导员服务").startswith("答：4个")
