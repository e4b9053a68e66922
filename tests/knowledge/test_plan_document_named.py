"""A plan document asked about by its name, as a thing (年度协商计划文件叫啥, 明年工作要点里突出的内容有哪些):
whatever the sentence naming it tells of it answers, plan or result, as a feature article tells the plan
adopted. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.wording import plan_word_as_told

from .conftest import first_line

_REPORT = """协商议政结硕果——石岗县政协2021年履职纪实

今年，县政协制定“政协石岗县委员会2021年度协商计划”，经县委常委会审定后印发实施。

记者注意到，在县政协2022年工作要点中，“委员工作站提质”“民主监督扩面”等内容被放在了突出位置。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("shigang.txt", _REPORT)], tmp_path_factory.mktemp("shigang-plan"))


def test_the_document_named_tells_what_is_asked_of_it():
    assert plan_word_as_told("今年的年度协商计划文件叫啥", '县政协制定"2021年度协商计划",印发实施。')
    assert not plan_word_as_told("今年计划开几次协商会", '县政协制定"2021年度协商计划",印发实施。')


def test_a_plan_document_is_answered_where_it_is_named(kb):
    assert "2021年度协商计划" in first_line(kb, "今年的年度协商计划文件叫啥")
    assert "民主监督扩面" in first_line(kb, "2022年工作要点里突出的内容有哪些")
