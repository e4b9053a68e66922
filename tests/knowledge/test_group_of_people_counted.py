"""People of one sex or group counted (女委员有几名, 党外委员多少名): the amount whose own clause names the
group answers (其中女委员11名), never the body's whole membership (现有委员30名); a group the report does
not count is declined. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协青屿县委员会社会法制委员会2022年工作总结

一、基本情况

专委会现有委员30名，其中女委员11名。委员会联系县综治中心、县司法局等部门。今年组织委员到县政务服务中心、县融媒体中心开展视察3次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qingyu-law-2022.txt", _REPORT)], tmp_path_factory.mktemp("groups"))


@pytest.mark.parametrize("question", ["女委员有几名", "专委会委员中女委员有多少名"])
def test_the_group_asked_is_answered_by_its_own_amount(kb, question):
    line = first_line(kb, question)
    assert "11名" in line and "30名" not in line


def test_the_whole_membership_is_still_the_body_size(kb):
    assert "30名" in first_line(kb, "专委会有多少名委员")


@pytest.mark.parametrize("question", ["党外委员有多少名", "少数民族委员几名"])
def test_a_group_the_report_does_not_count_is_declined(kb, question):
    assert not kb.answer(question).answered
