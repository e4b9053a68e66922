"""The names of people asked by their role (请了哪些专家, 讲课的教授叫什么名字) where the sentence writes only
the role, naming no one, is declined (role_only.py); a sentence naming them still answers. On a report of
our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协青溪市委员会2022年工作报告

（2023年1月10日）

一、学习培训

创办“溪畔讲坛”，邀请专家学者授课6期，参与委员九百余人次。

6月，在市委党校举办委员培训班，邀请省社会科学院教授周明远作专题辅导。

二、提案工作

遴选重点提案12件，全部由市领导领衔督办，推动解决了一批民生难题。

“加快城西污水管网建设”重点提案由副市长陈立群领衔督办，年内建成管网18公里。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("qingxi-work-2022.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qingxi-work"))


def test_people_asked_by_role_and_only_the_role_told(kb):
    assert not kb.answer("溪畔讲坛请了哪些专家学者？").answered


def test_people_asked_by_role_and_named(kb):
    assert "周明远" in kb.answer("给委员作专题辅导的教授是谁？").text


def test_leaders_asked_and_only_the_role_told(kb):
    assert not kb.answer("重点提案由哪些市领导领衔督办？").answered
    assert "陈立群" in kb.answer("城西污水管网重点提案由哪位市领导领衔督办？").text
