"""An ordinal asked (第十五辑) is told by a sentence referring back to it (本辑收录文章38篇) right after the
sentence naming it (第十五辑正式出版); another volume's sentence still tells no such ordinal.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.wording import ordinal_referred

from .conftest import first_line

_REPORT = """政协松原县委员会文化文史和学习委员会2022年工作总结

一、文史资料工作

2022年10月,《松原文史资料》第十五辑正式出版。本辑以"松原古桥"为主题,收录文章38篇,约21万字,出版经费19万元由县财政保障。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("songyuan.txt", _REPORT)], tmp_path_factory.mktemp("songyuan"))


def test_volume_referred_to_as_this_one(kb):
    assert "21万字" in first_line(kb, "第十五辑大概多少万字")
    assert "19万元" in first_line(kb, "第十五辑出版经费多少")


def test_reference_needs_the_ordinal_just_before():
    assert ordinal_referred("第15辑", "本辑收录文章38篇", "第15辑正式出版")
    assert not ordinal_referred("第16辑", "本辑收录文章38篇", "第15辑正式出版")
