"""A person written between a post and the duty they carry out (研究室副主任某某负责…, 档案管理员某某负责…) is a
person though their surname is not a listed one or their post is a staff title ending in 员: who does that duty is
answered with them, and their post with their name; a post taken after a scholar's title (某某教授担任首席专家)
is theirs too; a general word there (委员单位负责) is no person.  On a report
of our own."""

from __future__ import annotations

import tempfile

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.segment import Segmenter

from .conftest import first_line

_REPORT = """檀溪县政协办公室2023年工作总结

一、加强信息化建设

全年编发《檀溪政协信息》48期。县政协办公室副主任仉思远负责信息刊物的日常编辑工作，建立了每周选题制度。

档案室档案管理员鲁文涛负责委员履职档案的日常整理，全年整理档案620卷。

各委员单位负责做好本单位的联络工作。

县政协与檀溪学院共建“乡贤文化研究中心”，由檀溪学院历史系主任鲁明远教授担任研究中心首席专家，全年举办讲座6场。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tanxi.txt", _REPORT)], tmp_path_factory.mktemp("tanxi"))


@pytest.mark.parametrize("question, answer", [
    ("信息刊物的日常编辑工作谁负责", "仉思远"),
    ("仉思远是什么职务", "副主任"),
    ("委员履职档案的日常整理由谁负责", "鲁文涛"),
    ("乡贤文化研究中心首席专家是谁", "鲁明远"),  # 由…某某教授担任…: the post after his title is his
])
def test_the_one_carrying_out_the_duty_answers(kb, question, answer):
    assert answer in first_line(kb, question)


def test_a_general_word_before_the_duty_is_no_person():
    frequency = Segmenter(tempfile.mkdtemp(prefix="post-name-duty-")).word_frequency  # (the general dictionary alone)
    assert "仉思远" in find_person_names("县政协办公室副主任仉思远负责信息刊物的日常编辑工作", frequency)
    assert "鲁文涛" in find_person_names("档案室档案管理员鲁文涛负责委员履职档案的日常整理", frequency)
    assert not find_person_names("各人员做好联络,工作人员协调负责", frequency)
