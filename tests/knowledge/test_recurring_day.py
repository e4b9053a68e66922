"""When a routine is held, told by a day that comes round again (每月10日为固定接待日, 每月第2个周六坐诊): the
answer to 哪天 / 什么时候 where the sentence gives no calendar date. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协石岗县委员会2021年工作总结

一、委员工作室

东湖镇委员工作室实行“委员轮值接待”制度，每月15日为固定接待日，入驻委员轮流值班。

西岭街道委员工作站开办“委员法律诊所”，每月第3个周五坐诊，全年服务群众210人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("shigang.txt", _REPORT)], tmp_path_factory.mktemp("shigang-days"))


def test_a_routine_is_answered_by_the_day_it_comes_round(kb):
    assert "每月15日" in first_line(kb, "东湖镇工作室固定接待日是哪天")
    assert "周五" in first_line(kb, "西岭街道法律诊所什么时候坐诊")


def test_a_routine_the_report_never_tells_is_still_declined(kb):
    assert not kb.answer("东湖镇工作室哪天开的党员大会").answered
