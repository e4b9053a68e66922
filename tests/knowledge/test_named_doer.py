"""What a person named in the question did, asked where the sentence tells the deed in another
person's part, is declined (named_doer.py); the sentence telling it of them still answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协松溪县委员会2021年常务委员会工作报告

（2021年12月20日）

一、加强自身建设

顾明远主席主持常委会全面工作，牵头竹产业专题协商；沈佳怡副主席分管提案委员会工作，牵头推进“提案质量提升年”活动；唐文博副主席分管文史委员会，主持编辑《松溪竹韵》。

二、民主监督

5月12日，县政协主席会议遴选重点提案9件，报请县领导领衔督办。6月8日，秘书长韦立群带队赴溪口镇督办“关于推进竹材加工的提案”。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("songxi-standing-2021.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("songxi-standing"))


def test_a_persons_deed_asked_and_told_of_another(kb):
    assert not kb.answer("沈佳怡副主席主持编辑的文史资料叫什么？").answered


def test_a_persons_deed_asked_and_told_of_them(kb):
    assert "松溪竹韵" in kb.answer("唐文博副主席主持编辑的文史资料叫什么？").text
    assert "6月8日" in kb.answer("韦立群哪天去溪口镇督办提案的？").text
