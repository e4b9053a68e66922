"""A leader asked by the word 领导 (市委哪位领导出席了), the person answered holding no leading post though their
role names the body asked (市委党校教授): declined (post_words.leader_untold).  A leader told answers."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """蘅州市政协理论研究会2021年工作总结

一、研讨交流

6月10日，研究会与市委党校联合举办理论研讨会，参会人员150人。市委党校教授蒯致远作了主旨发言。研讨会得到了市委领导的充分肯定。

9月8日，召开协商民主座谈会，市委副书记裴疏桐出席并讲话。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("hengzhou.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("hengzhou"))


def test_a_leader_asked_a_professor_told_declined(kb):
    assert not kb.answer("理论研讨会市委哪位领导出席了").answered


def test_a_leader_told_answers(kb):
    assert "裴疏桐" in first_line(kb, "协商民主座谈会市委哪位领导出席了")
