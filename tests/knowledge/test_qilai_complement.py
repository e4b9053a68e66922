"""起来 after a light verb (搞起来, 弄起来) carries no content of its own: 哪一年搞起来的 asks when a thing
began, answered by the sentence telling the year it was set up in other words. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """澄岭市政协2022年工作回顾

一、协商平台

"澄心会客厅"是市政协2017年创设的协商平台，按照"政协搭台、各方参与"的思路运行，目前已在全市9个区县实现覆盖。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chengxin.txt", _REPORT)], tmp_path_factory.mktemp("chengxin"))


def test_when_a_thing_was_got_going_is_its_year(kb):
    assert first_line(kb, "澄心会客厅是哪一年搞起来的").startswith("答：2017年")
