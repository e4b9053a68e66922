"""Two counts a question words plainly: a denied deed whose verb general Chinese also uses as a preposition
(没过 / 没通过 for the report's 未通过: the stop words drop 通过, which left 没 alone and the count of the
classes answering), and a year's count of a kind asked bare (今年计划办多少期培训班), answered by the amount
told of every kind (各类培训班50期以上) before one of a narrower kind the question does not name. On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协棠屿市委员会2023年委员培训工作总结和2024年工作打算

——2024年1月12日在政协棠屿市第八届委员会常务委员会第九次会议上

一、2023年主要工作

全年共举办各类培训班38期，参训委员2760人次。

分3期举办新任委员培训班，3期培训班结束时均组织结业考试，182名新任委员一次性通过率为97.3%，未通过的5名委员经补考全部合格。

建设网上学习平台，全年上线课程120门，委员人均线上学习28学时。

组建委员读书小组16个，开展线下读书分享会12场，委员撰写读书心得860篇。

组织委员赴省外考察学习2批次，形成考察报告5篇。

二、2024年工作打算

主要目标是：全年计划举办各类培训班45期以上，参训委员力争达到3000人次。

计划举办专门委员会主任、副主任培训班1期，举办委员联络组组长培训班1期。

拟举办界别专题培训班6期，力争分类分层培训班占比提高到35%以上。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tangyu.txt", _REPORT)], tmp_path_factory.mktemp("tangyu"))


def test_those_who_did_not_pass_are_counted_by_the_denied_deed(kb):
    assert "5名" in first_line(kb, "结业考试没过的有几个")
    assert "5名" in first_line(kb, "结业考试没通过的有几个")
    assert "5名" in first_line(kb, "有几个人没有通过结业考试")


def test_a_year_plan_of_a_kind_asked_bare_is_the_whole_of_it(kb):
    assert "45期" in first_line(kb, "今年计划办多少期培训班")
    assert "38期" in first_line(kb, "去年办了多少期培训班")


def test_a_narrower_kind_asked_by_its_name_is_still_its_own(kb):
    assert "6期" in first_line(kb, "今年计划办几期界别专题培训班")
