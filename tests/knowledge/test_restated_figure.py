"""A figure restated in words in brackets (被全国政协采用3条（三条）) is one figure (normalize.py): the outcome
clause still ends on it and goes on counting the thing the sentence named first (报送各类信息…条), so
被全国政协采用几条信息 is answered by it; a short clause of the year's count after one telling how often
(每周推出1期，全年刊发38期（三十八期）) counts what the clause before them names.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = SourceDocument(
    "report.txt", "政协栎桥市委员会2022年信息工作总结", "2022",
    "政协栎桥市委员会2022年信息工作总结\n\n一、2022年工作回顾\n\n"
    "全年编报《栎桥政协信息》96期（九十六期）；向省政协报送各类信息214条，被省政协采用58条，比上年增长12.5%；"
    "被全国政协采用3条（三条），实现连续两年有信息被全国政协采用。"
    "我们继续在栎桥晚报开设“委员之声”专栏，每周推出一期，全年刊发38期（三十八期），宣传报道委员41名。\n")


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([_REPORT], tmp_path_factory.mktemp("restated-figure"))


def test_outcome_with_a_restated_figure(kb):
    assert "3条" in first_line(kb, "去年被全国政协采用几条信息")


def test_a_years_count_after_how_often(kb):
    assert "38期" in first_line(kb, "委员之声专栏去年一共登了多少期")


def test_restated_figure_is_one():
    assert normalize_text("被全国政协采用3条（三条），实现") == "被全国政协采用3条,实现"
    assert normalize_text("培训180余人次（一百八十余人次）；") == "培训180余人次;"
    assert normalize_text("粉丝2.1万（两万一千人）") == "粉丝2.1万(21000人)"  # another shape: kept
