"""A meeting a question names otherwise than its sentence: by its topic told the sentences before (乡村全面振兴专题协商会
前 → 会前，…组织5个调研组), counted as an act (今年最受关注的1次协商 is a 协商会), by the time of the year (年底那个主席
会议 → 十二月二十日); a sum over several meetings (全年3次常委会议…累计96条) answers 加起来一共 asked of the year (its
clause opening 全年: a total within the year); 会上提了 is no slip for 上年了; a value for the year before
told in brackets (上年立案195件) answers 去年, dated so. On an article of our own, dated in the year it tells of
(so 今年 is that year)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_FEATURE = """同心履职谱新篇
——桐岭县政协2021年履职纪实

（《桐岭时报》二〇二一年十二月二十九日　第二版）

一、常委会议

今年县政协先后召开3次常委会议开展专题协商。五月十一日，七届九次常委会议围绕“优化营商环境”开展协商。

十一月九日召开的七届十一次常委会议，是今年最受关注的一次协商。会议以“推进乡村全面振兴”为主题，30名常委参加。会前，县政协组织5个调研组历时1个多月开展专题调研；会上，委员们踊跃发言，共提出意见建议三十七条。全年三次常委会议专题协商累计提出意见建议96条，其中71条被县委、县政府采纳。

二、主席会议

四月八日，县政协主席会议协商会围绕“农村饮水安全”开展协商。十二月二十日下午，县政协七届二十次主席会议召开，总结全年工作。

三、提案工作

七届二次会议以来，县政协共收到提案231件，经审查立案205件，比上年增长5.1%（上年立案195件）。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tongling.txt", _FEATURE)], tmp_path_factory.mktemp("tongling"))


@pytest.mark.parametrize("question, fact", [
    ("今年三次常委会议专题协商加起来一共提了多少条建议？", "96条"),
    ("乡村全面振兴专题协商会前组织了几个调研组？", "5个"),
    ("年底那个主席会议是几号开的", "十二月二十日"),
    ("去年立案的提案是多少件？", "195件"),
])
def test_answered(kb, question, fact):
    assert fact in first_line(kb, question)


def test_previous_year_dated(kb):
    assert "2020年" in first_line(kb, "去年立案的提案是多少件？")


def test_no_year_slip(kb):
    assert kb.index.correct("推进乡村全面振兴那次常委会上提了多少条建议?")[0].count("上年") == 0
