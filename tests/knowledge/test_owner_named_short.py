"""The owner of an amount asked by its short name (农博会现场签约金额多少) is told by its full name (农业博览会上…
现场签约金额5200万元): its characters in order, first and last the same. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.measure_owner import written_in_full
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫堰区政协农业委员会2023年工作总结

一、服务三农

在10月举办的第5届枫堰市农业博览会上，全区共有12家委员企业参展，现场签约金额5200万元。

委员会组织委员开展视察活动11次，提出意见建议47条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengyan21.txt", _REPORT)], tmp_path_factory.mktemp("fengyan21"))


def test_short_name_written_in_full():
    assert written_in_full("农博会", "第5届枫堰市农业博览会上")
    assert not written_in_full("农博会", "农业和农村界别召开座谈会")  # spread too far


def test_owner_asked_by_short_name(kb):
    assert first_line(kb, "农博会现场签约金额多少").startswith("答：5200万元")
