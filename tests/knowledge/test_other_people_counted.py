"""People of a role asked by 人次 (参与的委员多少人次) and the amount written right after another people (听众累计…人次,
群众…人次): those are others, not the role asked; the role written in the amount's clause is counted.  On a report
of our own, its names made up."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协栎岙县委员会2022年委员读书活动总结

一、主要工作

全年举办“栎岙书房”读书分享会6期，采取线上线下融合方式，线上线下听众累计2300余人次。

组织委员和群众参加“书香乡村”志愿活动，参加活动1800人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("liao.txt", _REPORT)], tmp_path_factory.mktemp("liao"))


def test_another_people_counted_does_not_answer_the_role_asked(kb):
    assert not kb.answer("读书分享会线上线下参与的委员多少人次").answered
    assert "2300余人次" in first_line(kb, "读书分享会线上线下听众累计多少人次")


def test_the_role_written_in_the_clause_is_counted(kb):
    assert "1800人次" in first_line(kb, "书香乡村志愿活动参加的委员和群众多少人次")
