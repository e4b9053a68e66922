"""全名 after a surname and a post (郑副市长全名是什么, 冯秘书长全名叫啥) asks a person's name, and 全名
is one word the question drops, not 全名是 or 名叫 left as words no document writes. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.name_asked import asks_person_name
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协松岭市第六届委员会提案工作情况报告

一、2021年提案办理情况

副市长郑晓岚领衔督办《关于加快农村寄递物流体系建设的提案》，推动建成村级寄递服务点120个。
秘书长冯启航带领机关干部开展"提案办理回头看"活动，走访承办单位18家。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("songling-name.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("songling-name"))


def test_whole_name_after_a_post_asks_a_person():
    assert asks_person_name("郑副市长全名是什么") and asks_person_name("冯秘书长全名叫啥")
    assert not asks_person_name("寄递物流提案全名是什么")


def test_the_holder_is_answered(kb):
    assert first_line(kb, "郑副市长全名是什么？").startswith("答：郑晓岚")
    assert first_line(kb, "冯秘书长全名叫啥").startswith("答：冯启航")
