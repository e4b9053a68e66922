"""A breakdown written as a sentence of its own (其中，大会期间收到提案…件) after the sentence giving its total: asked
the total (一共收到多少件), the total answers, not the part whose words stand closer; asked a part, the part. On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """关于政协梅溪县第九届委员会第三次会议以来提案工作情况的报告

一、提案提交情况

九届三次会议以来，县政协共收到委员和各参加单位提交的提案214件，比上年的198件增加16件。其中，大会期间收到提案187件，闭会期间收到提案27件。经审查，立案193件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("meixi.txt", _REPORT)], tmp_path_factory.mktemp("meixi"))


@pytest.mark.parametrize("question, fact", [
    ("一共收到多少件提案", "214件"),
    ("县政协收到了多少件提案", "214件"),
    ("大会期间收到多少件提案", "187件"),
    ("闭会期间收到提案多少件", "27件"),
])
def test_total_and_parts(kb, question, fact):
    assert fact in first_line(kb, question)
