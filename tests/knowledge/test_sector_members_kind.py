"""A kind of the whole committee's members asked (县政协委员里女委员有多少名) of a sector's report: the sector counts
its own members first (界别现有县政协委员21名。其中,…女委员6名), so its figures are of that part, never the
committee's, and the question is declined; asked of the sector itself, they are still answered.  A report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.sub_body_counted import sub_body_counted

from .conftest import first_line

_REPORT = """蓂溪县政协农业界别2021年度履职工作总结

一、加强自身建设

界别现有县政协委员21名，比上年增加1名。其中，少数民族委员4名，分属畲族、回族2个民族；女委员6名，委员平均年龄47.2岁。

二、协商议政

全年组织界别委员视察调研5次，提交界别提案3件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("mixi-farm-sector.txt", _REPORT)], tmp_path_factory.mktemp("mixi-farm"))


@pytest.mark.parametrize("question", ["县政协委员里女委员有多少名", "政协委员中少数民族委员有多少"])
def test_a_kind_of_the_whole_committees_members_is_declined(kb, question):
    assert not kb.answer(question).answered, question


def test_the_sectors_own_are_still_answered(kb):
    assert "6名" in first_line(kb, "界别女委员有多少名")
    assert "21名" in first_line(kb, "界别现有多少名委员")


def test_the_reason_alone():
    earlier = "界别现有县政协委员21名,比上年增加1名。"
    assert sub_body_counted("县政协委员里女委员有多少名", "女委员", "其中,少数民族委员4名;", earlier)
    assert not sub_body_counted("县政协委员里女委员有多少名", "女委员", "", "本届县政协共有委员212名。")
    assert not sub_body_counted("界别女委员有多少名", "女委员", "", earlier)
