"""卷 (volumes of files) and 页 (pages) are measure words of general Chinese: amounts in them are read
(facts._UNITS) and asked for (几卷, 多少页: question.py), so a sentence listing several amounts answers
with the one in the measure asked, not its first.  卷烟 and 页面 are no such measures.  On a report of
our own."""

from __future__ import annotations

import pytest

from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """苍梧市政协机关2022年工作总结

档案管理规范有序。整理归档文书档案912件、会议档案47卷、照片档案1380张，完成历史档案数字化扫描3.6万页。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-files.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("volumes-pages"))


def test_volumes_and_pages_are_amounts():
    assert [q.text for q in find_quantities("会议档案47卷,扫描3.6万页")] == ["47卷", "3.6万页"]
    assert [q.text for q in find_quantities("查获卷烟12条")] == ["12条"]


def test_the_measure_asked_picks_its_amount(kb):
    assert "47卷" in first_line(kb, "会议档案整理了几卷")
    assert "3.6万页" in first_line(kb, "档案数字化扫描了多少页")
