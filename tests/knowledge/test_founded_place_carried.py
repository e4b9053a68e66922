"""A place set up in one sentence (依托…，建成"某某委员工作室"，…) and what it did told in the next without naming
it again (全年接待群众…): the next sentence tells of that place.  Another place of the kind set up elsewhere, or
a sentence not right after the founding one, still does not.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """蔺州市政协农工界别2022年工作总结

一、2022年主要工作

一是建好委员工作室。依托石门街道党群服务中心，建成“蔺州农工界别委员工作室”，安排委员每月轮值接待。全年接待群众八百余人次，化解矛盾纠纷23件。

二是开展送医下乡。界别组织委员赴偏远乡村义诊12场，服务群众一千一百余人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linzhou-nonggong.txt", _REPORT)], tmp_path_factory.mktemp("linzhou-nonggong"))


def test_the_founded_place_is_carried_to_the_next_sentence(kb):
    assert "800余人次" in first_line(kb, "委员工作室接待群众多少人次")


def test_another_deed_of_it_is_carried_too(kb):
    assert "23件" in first_line(kb, "工作室化解矛盾纠纷几件")


def test_a_place_not_set_up_here_is_still_declined(kb):
    assert not kb.answer("科技园区接待群众多少人次").answered
