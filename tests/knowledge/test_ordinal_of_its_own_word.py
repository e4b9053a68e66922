"""第几年 / 第几届 ask an ordinal of their own measure word (第二年, 第八届), never an amount (70周年,
32名). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协澄溪市第八届委员会社会法制委员会2019年工作总结

2019年是新中国成立70周年，也是市政协第八届委员会履职的第二年。专委会现有委员32名。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("chengxi.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("chengxi-ordinal"))


def test_which_year_of_the_term(kb):
    line = first_line(kb, "市政协第八届委员会，2019年是履职的第几年？")
    assert "第二年" in line and "70" not in line


def test_which_term(kb):
    assert "第八届" in first_line(kb, "专委会是第几届委员会的？")


def test_an_ordinal_not_told_is_declined(kb):
    assert not kb.answer("专委会召开的是第几次全体会议？").answered
