"""The committee's size written amount first, with its level between (全县198名县政协委员分属26个界别): the
whole body, not the members who did something (两县政协委员四十余人参加联合视察).  On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """同心协力　履职为民
——栗川县政协2023年履职纪实

全县198名县政协委员分属26个界别，全年参加各类履职活动3120人次。

10月，两县政协委员四十余人参加瓦河联合视察，提出建议9条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lichuan.txt", _REPORT)], tmp_path_factory.mktemp("lichuan"))


@pytest.mark.parametrize("question", ["栗川县政协现在有多少名委员", "县政协委员一共多少名"])
def test_the_whole_body_is_counted(kb, question):
    assert "198名" in first_line(kb, question)
