"""An enumeration of like figures (涉及工业发展40件、城乡建设35件、教育卫生52件): each item counts
one kind. Asked the whole (立案了多少件), an item the question names none of is a part, and the
total told elsewhere (立案182件) answers; asked one kind, its own item answers, not the item
written before its name (教育卫生 stands right after 35件). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协石桥县第七届委员会常务委员会工作报告

——2021年1月12日在政协石桥县第七届委员会第五次会议上

一、2020年提案工作

七届四次会议以来，共收到提案205件，其中委员提案176件。经审查，立案182件，不予立案23件。立案提案内容涉及工业发展40件、城乡建设35件、教育卫生52件、生态环境55件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("shiqiao-ti.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shiqiao-ti"))


def test_the_whole_is_not_answered_by_an_unnamed_item(kb):
    assert first_line(kb, "去年提案立案了多少件？").startswith("答：182件")


def test_a_named_kind_gets_its_own_item(kb):
    assert first_line(kb, "涉及教育卫生的立案提案有多少件？").startswith("答：教育卫生52件")
    assert first_line(kb, "涉及城乡建设的立案提案有多少件？").startswith("答：城乡建设35件")
    assert first_line(kb, "涉及生态环境的立案提案有多少件").startswith("答：生态环境55件")
    assert first_line(kb, "工业发展类提案有几件？").startswith("答：40件")  # a piece of 工业发展类 names the item
