"""A post asked of one body is not answered by the same post of an organisation under it (省政协秘书长 asked, a
省政协理论研究会秘书长 told), nor a qualified post by the plain one (常务副秘书长 asked, a 副秘书长 told).  On a
made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.post_words import other_body_post, qualified_post_untold
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协溱湄市委员会文史研究会2021年工作总结

一、基本情况
目前，研究会由会长覃立衡、秘书长蹇明远、副秘书长訾文茵组成领导班子。
10月，省政协文史研究会秘书长濮慕川出席年会并讲话。
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return KnowledgeBase([document_from_text("qinmei.txt", _REPORT)], tmp_path_factory.mktemp("qinmei"))


def test_the_post_of_an_organisation_under_the_body_is_not_the_bodys():
    assert other_body_post("省政协秘书长是哪位", "省政协文史研究会秘书长", "秘书长")
    assert not other_body_post("市政协秘书长是谁", "政协某市委员会秘书长", "秘书长")  # the committee's formal name
    assert not other_body_post("提案委员会主任是谁", "市政协提案委员会主任", "主任")


def test_a_qualified_post_is_not_the_plain_one():
    assert qualified_post_untold("常务副秘书长是哪位", "副秘书长", "副秘书长")
    assert not qualified_post_untold("常务副秘书长是哪位", "市政协常务副秘书长", "副秘书长")
    assert not qualified_post_untold("副秘书长是哪位", "副秘书长", "副秘书长")


def test_answers(report):
    assert not report.answer("省政协秘书长是哪位").answered
    assert not report.answer("常务副秘书长是哪位").answered
    answer = report.answer("研究会副秘书长是哪位")
    assert answer.answered and "訾文茵" in answer.text.splitlines()[0]
