"""Who lectured (谁讲课, 谁主讲, 谁来授课) is told by whoever was invited to give the lecture, the tutoring
report or the talk (邀请某某作"…"辅导报告 / 专题讲座 / 专题辅导): the words of lecturing stand for one another
(synonyms.txt).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """溪桥县政协社会和法制委员会2024年工作总结

一、加强学习

2024年5月16日，委员会召开专题学习会，邀请县委党校副校长邬启明作“法治政府建设的实践与思考”辅导报告，委员撰写心得体会22篇。

8月9日，邀请省社会科学院研究员柏静怡作“基层治理现代化”专题讲座；10月12日，邀请市委党校教授祁远航作“深入学习贯彻全会精神”专题辅导。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xiqiao-law.txt", _REPORT)], tmp_path_factory.mktemp("xiqiao-law"))


@pytest.mark.parametrize("question, expected", [("五月十六号专题学习会请的是谁讲课", "答：邬启明"),
                                                ("8月专题讲座谁主讲", "答：柏静怡"),
                                                ("10月谁来授课的", "答：祁远航")])
def test_the_one_invited_to_lecture_lectured(kb, question, expected):
    assert first_line(kb, question).startswith(expected)
