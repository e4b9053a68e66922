"""Asked what a report does not tell: the grade of an evaluation (评议结果是什么等次) where the sentence tells only
that it took place, the kind of a thing (啥类型的案件) where the sentence names neither it nor a kind, and pay
(月薪多少) where the only amount counts people. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协澜石县委员会经济委员会2023年工作总结

一、民主监督

八月，委员会组织7名委员参与县政协对县交通运输局的民主评议，提出意见建议13条。十一月，县政协对县水利局开展民主评议，评议结果为"满意"等次。

二、联系群众

全年邀请委员参加法院庭审旁听19次。调研发现，全县快递从业人员缺口约450名。委员会组织委员走访物流企业21家，为快递员争取月均补贴300元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanshi.txt", _REPORT)], tmp_path_factory.mktemp("lanshi"))


@pytest.mark.parametrize("question, fact", [
    ("对县水利局民主评议的结果是什么等次", "满意"),
    ("参加法院庭审旁听几次", "19次"),
    ("快递员每月补贴多少钱", "300元"),
    ("快递从业人员缺口多少", "450名"),
])
def test_told(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question", [
    "对县交通运输局民主评议的结果是啥等次",
    "庭审旁听的都是啥类型案件",
    "快递员月薪多少",
])
def test_untold_declined(kb, question):
    assert not kb.answer(question).answered, question
