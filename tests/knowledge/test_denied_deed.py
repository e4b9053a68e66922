"""A figure of a deed its clause denies (不予立案…的N件) does not answer the deed asked (立案多少件); a question
denying the deed itself asks it. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.negated_deeds import denied_deed_unasked
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协第九届榆溪市委员会常务委员会工作报告
——二〇二四年一月十日在政协第九届榆溪市委员会第三次会议上

一、2023年工作回顾

（二）坚持提案立身

提案质量稳步提高。九届二次会议以来，共收到提案418件，经审查立案376件，比上年的351件增加25件，其中委员提案310件、党派团体提案52件、界别提案14件；不予立案转作意见建议处理的42件。

提案办理更重实效。截至2023年11月底，立案提案已全部办复，办复率100%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yuxi.txt", _REPORT)], tmp_path_factory.mktemp("yuxi"))


@pytest.mark.parametrize("question, fact", [
    ("经审查立案多少件", "376件"),
    ("不予立案转作意见建议的有多少件", "42件"),
    ("不予立案的有几件", "42件"),
])
def test_denied_deed(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question", ["2023年立案多少件", "去年立案多少件"])
def test_the_denied_figure_never_answers_the_deed(kb, question):
    # Before the rule both got 答：42件（2023年）. (They are declined now rather than answered 376件: the other
    # figures of the sentence still compete; the wrong figure is what must never be given.)
    assert "42件" not in kb.answer(question).text.split("\n", 1)[0]


def test_the_denied_figure_is_not_the_deed_asked():
    sentence = "经审查立案276件；不予立案转作意见建议处理的42件。"
    denied, filed = find_quantities(sentence)[1], find_quantities(sentence)[0]
    assert denied_deed_unasked("立案多少件", ["立案"], sentence, denied)
    assert not denied_deed_unasked("立案多少件", ["立案"], sentence, filed)
    assert not denied_deed_unasked("不予立案的有几件", ["立案"], sentence, denied)
