"""Suggested questions read as a person asks them: a clause naming the committee with its term
(十届苔溪区政协共有委员215名) does not give 苔溪区政协2023年10届苔溪区政协… — the label names the
committee once, the year the time — and a term left in a question is written 第十届 / 十届三次, not 10届.
On documents of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.suggestions import _display

_TAIXI = """苔溪区政协2023年工作总结

（二〇二三年十二月二十二日）

目前，十届苔溪区政协共有委员215名，分属21个界别。全年组织协商活动17场。
"""

_PUYUAN = """蒲原县政协2023年工作总结

（二〇二三年十二月二十八日）

目前，十一届县政协共有委员187名。全年立案提案156件。

本届政协共有常委41名。
"""


@pytest.fixture(scope="module")
def pool(tmp_path_factory):
    documents = [document_from_text("taixi.txt", _TAIXI), document_from_text("puyuan.txt", _PUYUAN)]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("term-suggestions")).index.question_pool


def test_committee_with_its_term_is_named_once(pool):
    members = [q for q in pool if "委员多少名" in q]
    assert "苔溪区政协2023年共有委员多少名？" in members
    assert "蒲原县政协2023年共有委员多少名？" in members
    assert not any(q.count("政协") > 1 or "届" in q for q in members)
    # 本届 names the committee's present term, the label names the committee: 蒲原县政协2023年共有常委多少名.
    assert "蒲原县政协2023年共有常委多少名？" in pool


@pytest.mark.parametrize("made, shown", [
    ("10届3次会议收到提案多少件", "十届三次会议收到提案多少件"),
    ("第11届委员会共有委员多少名", "第十一届委员会共有委员多少名"),
    ("9届区政协新增委员多少名", "第九届区政协新增委员多少名"),
])
def test_term_written_in_chinese_numerals(made, shown):
    assert _display(made) == shown
