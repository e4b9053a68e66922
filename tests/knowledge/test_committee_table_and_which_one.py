"""Two ways members' questions and reports name a post holder.

A table written as text gives a line per committee, the bare post after the committee's name and a colon
(经济委员会：主任某某，开展调研11次；): the 主任 is that committee's. And 县长是哪个 asks a person as
县长是谁 does: 是哪个 closing a question after a person word asks which one of them."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协栖岩县委员会2024年工作总结

一、主要工作

3月28日，县政协召开常委会会议，县长卜文渊到会讲话，县委书记孔志航出席会议。在县司法局局长储明达的支持下，新建储备粮库法律服务站1个。

附：2024年各专门委员会工作情况一览
提案委员会：主任闵嘉树，组织提案办理协商6场；
经济委员会：主任甄少白，开展调研8次，形成调研报告3篇；
文化文史委员会：主任邹如松，开展调研5次，形成调研报告2篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qiyan-summary.txt", _REPORT.split("\n", 1)[0], "2024", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qiyan-summary"))


def test_a_bare_post_after_a_committee_and_colon_is_that_committees(kb):
    assert "甄少白" in first_line(kb, "经济委员会主任是谁")
    assert "邹如松" in first_line(kb, "文化文史委员会主任叫什么")
    assert "闵嘉树" in first_line(kb, "提案委员会主任是哪位")


def test_which_one_after_a_post_asks_the_holder(kb):
    # The holder's name is the answer, not the sentence that names them.
    assert first_line(kb, "栖岩县长是哪个").startswith("答：卜文渊")
    assert first_line(kb, "县委书记是哪一个").startswith("答：孔志航")


def test_chu_is_a_surname_where_it_starts_no_word(kb):
    # 储 (储明达) is a surname, checked against the dictionary as 高 and 蒙 are: 储备粮库 names nobody.
    assert first_line(kb, "县司法局局长是哪个").startswith("答：储明达")
