"""Asked what someone does for a living by a question that already calls them by their post (民盟主委某某是
做什么工作的, 某某副主席以前是干啥的), a sentence giving only that post tells nothing asked: declined.  Their
post asked plainly (某某是什么职务) is answered by it, and a job told beside the post answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.post_restated import only_post_named_told
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """同心履职 共谋发展——棠溪县政协2022年履职纪实

一、参政议政

民盟棠溪县委员会主委赵启航在全会上代表民盟作大会发言，建议加快县域冷链物流体系建设。县政协副主席钱慧芳带队赴三个乡镇调研农村养老服务。

二、委员风采

委员孙晓东是县第二中学校长，他提出的校园安全提案被县教育局采纳。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tangxi.txt", _REPORT)], tmp_path_factory.mktemp("tangxi-post"))


@pytest.mark.parametrize("question", ["民盟主委赵启航是做什么工作的", "钱慧芳副主席以前是干啥的"])
def test_the_post_asked_by_told_back_is_declined(kb, question):
    assert not kb.answer(question).answered, question


@pytest.mark.parametrize("question, fact", [
    ("赵启航是什么职务", "主委"),
    ("孙晓东是干啥的", "校长"),
])
def test_a_post_or_job_told_answers(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question, fact, restated", [
    ("民建主委程某是做什么工作的", "程某：民建某县总支部主委", True),
    ("林某副主席以前是干啥的", "林某：副主席", True),
    ("林某副主席是干啥的", "林某：副主席、区妇联主席", False),  # a further post told
    ("林某主席是干啥的", "林某：副主席", False),  # another post than the one named
    ("沈某主席在政协是什么职务", "沈某：市政协主席", False),  # the post asked plainly
    ("许某是干什么的", "许某：县人民医院副院长", False),  # no post named in the question
])
def test_only_post_named_told(question, fact, restated):
    assert only_post_named_told(question, fact) is restated
