"""非遗, the spoken short form of 非物质文化遗产, counts what the documents write in full. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """澄岭市政协文化文史委员会2022年工作总结

一、文史工作

委员会组织编写的"澄岭非遗"一书于2022年8月出版，收录澄岭剪纸、古桥营造技艺等非物质文化遗产项目31项。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chengji.txt", _REPORT)], tmp_path_factory.mktemp("chengji"))


def test_the_short_form_counts_the_full_name(kb):
    assert first_line(kb, "澄岭非遗收录了多少项非遗").startswith("答：31项")


def test_the_short_form_stands_for_the_full_name():
    from bot.knowledge.segment import load_lexicon

    assert "非物质文化遗产" in load_lexicon().equivalents("非遗")
