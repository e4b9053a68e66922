"""A count question ending on the deed of those counted (省驻溪单位有几家承办, 几个人发言): the noun counted
stands before the question word, so the amount written after that noun answers (省驻溪单位7家); before a noun the
verb names a kind of it (多少个承办单位), which is counted.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """溪桥市政协关于十届三次会议以来提案工作情况的报告

各位委员：

一、提案提出和交办情况

大会期间和闭会期间共收到提案318件，经审查立案296件。296件立案提案交由58家承办单位办理，其中市直部门和单位45家、县（区）政府6家、省驻溪单位7家。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xiqiao.txt", _REPORT)], tmp_path_factory.mktemp("xiqiao"))


def test_the_deed_ending_the_question_is_not_what_is_counted(kb):
    assert first_line(kb, "省驻溪单位有几家承办").startswith("答：省驻溪单位7家")


def test_the_verb_before_a_noun_names_a_kind_counted(kb):
    assert first_line(kb, "有多少个承办单位").startswith("答：58家")
