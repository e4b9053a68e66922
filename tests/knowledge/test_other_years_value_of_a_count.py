"""A count given for another year in the clause after this year's: the base of a comparison (资助学生
173名，比2022年的149名多了24名) or the same count named again (…4380人次，而2022年这一数字是3950人次).
That year asked, its figure answers; this year asked, this year's.  On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协柘川县委员会2023年工作报告

一、委员履职

全县186名县政协委员全年参加各类履职活动2750人次，而2022年这一数字是2310人次。

二、爱心助学

县政协连续第四年开展“春芽助学”活动，全年资助家庭困难学生126名，比2022年的98名多了28名。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zhechuan.txt", _REPORT)], tmp_path_factory.mktemp("zhechuan"))


@pytest.mark.parametrize("question, expected", [
    ("2022年委员参加履职活动多少人次", "2310人次"),
    ("委员全年参加履职活动多少人次", "2750人次"),
    ("2022年春芽助学资助了多少名学生", "98名"),
    ("春芽助学资助了多少名学生", "126名"),
])
def test_each_years_count(kb, question, expected):
    assert expected in first_line(kb, question)
