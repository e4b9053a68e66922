"""A group's post written bare after the group's name (1.青石镇活动组，组长某某，委员6名) or after a fuller
role of the same sentence (课题组组长甲，副组长乙) is that group's: 青石镇活动组组长是谁 is answered by its
holder, not declined because no clause writes the group and the post together; another group's holder
never answers."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """榆川县政协农业和农村界别2021年工作总结

一、活动组

界别以乡镇为单元设立3个活动组：
1.青石镇活动组，组长温秀兰，委员6名，全年开展活动8次；
2.河湾·北岭乡活动组，组长柯远山，委员5名，全年开展活动6次；
3.县城活动组，组长蒋小禾，委员6名，全年开展活动5次。

二、调研

《关于发展林下经济的调研报告》列入县政协重点调研课题，课题组组长蒲立新，副组长范长庚。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("yuchuan-groups.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("yuchuan-groups"))


def test_the_leader_of_a_group_named_before_the_bare_post(kb):
    assert "温秀兰" in first_line(kb, "青石镇活动组组长是谁")
    assert "蒋小禾" in first_line(kb, "县城活动组组长是谁？")
    line = first_line(kb, "河湾北岭乡活动组组长是谁")
    assert "柯远山" in line and "温秀兰" not in line


def test_the_deputy_of_a_group_named_with_the_leader(kb):
    assert "范长庚" in first_line(kb, "课题组副组长是谁")


def test_a_group_not_told_is_declined(kb):
    assert not kb.answer("南山乡活动组组长是谁").answered
