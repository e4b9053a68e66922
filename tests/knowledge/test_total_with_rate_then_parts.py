"""A total whose clause goes on to say what became of it and at what rate, then is broken down in the
next sentence (联系的56件提案已全部办复，办复率100%。其中，…解决的20件，…列入计划的30件): the total is not
what a question naming one part asks (breakdowns.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """漓川县政协农业和农村委员会2023年工作总结

一、提案办理

截至十一月底，农业农村委联系的56件提案已全部办复，办复率100%。其中，所提问题已经解决或基本解决的20件，正在解决或已列入计划逐步解决的30件，因条件限制留作参考的6件。委员对办理结果表示满意和基本满意的占97.5%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("lichuan.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lichuan"))


def test_a_part_named_is_not_answered_by_the_total(kb):
    assert first_line(kb, "正在解决或列入计划的提案几件").startswith("答：30件")
    assert first_line(kb, "提案里已经解决或基本解决的有几件").startswith("答：20件")


def test_the_total_still_answers_the_total(kb):
    assert first_line(kb, "农业农村委联系的提案有多少件").startswith("答：56件")
