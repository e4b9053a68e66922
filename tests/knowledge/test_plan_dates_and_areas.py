"""A feature written in the December of the year it reports on: its plans are for the year after, asked by 明年
(明年…要达到多少); a plan's date as it writes it (明年春季, 明年上半年); a grade written in letters (几A级 → 3A级);
a whole county's figure and one town's (全县一共多少场 → the county's, not the town ranked first in it; a town
the text names but gives no figure of → declined, not the county's). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_FEATURE = """众志成城谱新篇
——梅岭县政协2022年工作纪实

2022年12月20日，梅岭县政协召开主席会议，回顾全年工作。

今年，县政协把协商平台延伸到基层。全县8个乡镇全部建成议事厅，共开展恳谈活动五百四十余场，参与群众六千余人次。

各乡镇中，云溪镇起步早，全年开展恳谈活动86场，位居全县第一。松岗镇茶园村的委员帮助村里修通了机耕道。

县政协委员牵线的溪谷康养中心项目已完成主体工程，预计明年春季建成投用。委员们建议推动翠峰山景区创建国家3A级旅游景区。

对明年的工作，县政协主席表示，将力争议事厅覆盖率达到95%，全年开展恳谈活动不少于600场；县政协换届工作计划于明年上半年完成。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("meiling.txt", _FEATURE)], tmp_path_factory.mktemp("meiling"))


@pytest.mark.parametrize("question, fact", [
    ("康养中心项目预计什么时候建成？", "明年春季"),
    ("换届工作计划什么时候完成？", "明年上半年"),
    ("明年议事厅覆盖率要达到多少？", "95%"),
    ("翠峰山景区要创建国家几A级景区？", "3A级"),
    ("全县今年一共开展恳谈活动多少场", "五百四十余场"),
    ("云溪镇今年开展恳谈活动多少场", "86场"),
])
def test_answers(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question", [
    "松岗镇今年开展恳谈活动多少场？",  # the county's figure and another town's only
])
def test_declines(kb, question):
    assert not kb.answer(question).answered, question
