"""The members of a group asked by who (义务监督员都是谁) where the sentence only counts them (聘请义务
监督员12名): the leader named beside the count, or the body that honoured them, is none of them, and the
question is declined; a sentence that lists them answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.members_counted import only_members_counted
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协青竹县委员会2021年工作报告

一、2021年工作回顾

围绕城区内河治理，由副主席郑海波带队，组建专项监督小组，聘请义务监督员12名，对沿河16个排污口开展暗访。

县政协常委会决定，对年度优秀提案10件、提案工作先进个人8名予以通报表彰。

全年增补委员2名，分别是韩立新、苏玉梅。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qingzhu.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qingzhu"))


def test_a_group_only_counted_names_none_of_its_members():
    shown = "由副主席郑海波带队,组建专项监督小组,聘请义务监督员12名,对沿河16个排污口开展暗访。"
    assert only_members_counted("义务监督员都是谁", "郑海波", shown)
    assert only_members_counted("先进个人都是谁", "县政协", "县政协常委会决定,对年度优秀提案10件、提案工作先进个人8名予以通报表彰。")
    assert not only_members_counted("增补委员分别是谁", "韩立新", "全年增补委员2名,分别是韩立新、苏玉梅。")
    assert not only_members_counted("义务监督员都是谁", "王五", "聘请张三、王五等义务监督员12名。")
    assert not only_members_counted("优秀委员都有谁", "张三、王五", "张三、王五2名委员获评优秀委员。")
    assert not only_members_counted("带队的是谁", "郑海波", shown)  # one person asked, not a group


def test_declined_when_only_counted_answered_when_listed(kb):
    assert not kb.answer("义务监督员都是谁").answered
    assert not kb.answer("提案工作先进个人都是谁").answered
    assert "韩立新" in first_line(kb, "增补了哪些委员")
    assert "郑海波" in first_line(kb, "内河治理监督是谁带队的")
