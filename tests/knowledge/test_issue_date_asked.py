"""When a document was issued asked (措施是哪天印发的, 方案什么时候出台的): the date of a meeting whose
suggestions only pushed the document out a clause later (4月9日召开…协商会,…推动出台"某措施") is not it; a
date written with the issue itself answers, in any of the words an issue is written with (出台 for 印发).
On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协栖岸县委员会2021年工作报告

一、协商议政

4月9日召开"优化营商环境"专题协商会，14名委员和企业代表作发言，推动出台"栖岸县营商环境提升十条措施"。

"农村集体经济壮大"界别协商活动于9月16日在栖岸镇委员工作室举行，会后推动出台"栖岸县集体经济三年行动方案"。

二、提案工作

委员提出的"关于扶持民宿发展的提案"，推动县政府于2021年6月18日出台"栖岸县民宿发展扶持办法"。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qian.txt", _REPORT)], tmp_path_factory.mktemp("qian"))


@pytest.mark.parametrize("question", ["营商环境提升十条措施是哪天印发的", "集体经济三年行动方案哪天印发的"])
def test_a_meetings_date_is_not_the_issue(kb, question):
    assert kb.answer(question).text.startswith("抱歉")


@pytest.mark.parametrize("question", ["民宿发展扶持办法是哪天印发的", "民宿发展扶持办法是哪天出台的"])
def test_the_issue_dated_answers(kb, question):
    assert first_line(kb, question).startswith("答：2021年6月18日")
