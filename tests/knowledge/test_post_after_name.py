"""A post written after a bare name (韦某副主席带队) is that person's post: asked who holds the post without
副 (政协主席是谁), the deputy is no answer; asked the deputy's post, they are. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """青川市政协经济界别2021年工作总结

一年来，界别在联系界别的市政协副主席韦明达的具体指导下，较好地完成了全年各项工作任务。

一、视察监督

6月10日，韦明达副主席带队，组织委员赴东港区、西陵县视察物流园区建设，实地察看园区5个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qingchuan.txt", _REPORT)], tmp_path_factory.mktemp("qingchuan"))


def test_a_deputy_written_after_the_name_does_not_hold_the_post(kb):
    assert not kb.answer("青川市政协主席是谁？").answered


def test_the_deputy_still_leads_the_visit(kb):
    assert "韦明达" in first_line(kb, "物流园区视察是谁带队的？")


def test_the_post_after_a_bare_name_is_read():
    from bot.knowledge.post_words import holds, post_after_name

    assert post_after_name("韦明达", "6月10日,韦明达副主席带队,组织委员") == "副主席"
    assert not holds(post_after_name("韦明达", "韦明达副主席带队"), "主席")
    assert post_after_name("韦明达", "韦明达带队,组织委员") == ""
