"""A group named after its posts (成立了由副主席程立山任组长、委员会主任祁文远任副组长的调研组): who holds the
group's post is answered from that phrase, though commas part the post from the group; the post ends before
的 is the body whose post it is (祁文远（调研组副组长）, not 副组长的调研组).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """关于加快农村公路建设的调研报告

岚岫市政协城乡建设委员会

（二〇二二年二月十日）

一、调研开展情况

根据年度协商计划，委员会成立了由市政协副主席程立山任组长，委员会主任祁文远任副组长的调研组，先后赴4个县开展调研，召开座谈会6场。委员庞晓岚担任董事长的岚岫绿源农业有限公司，带动农户800余户。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanxiu.txt", _REPORT)], tmp_path_factory.mktemp("lanxiu-group"))


@pytest.mark.parametrize("question, answer", [
    ("调研组组长是谁", "答：程立山（市政协副主席、组长）"),
    ("调研组副组长是谁", "答：祁文远（委员会主任、调研组副组长）")  # the standing post kept beside it,
])
def test_the_groups_post_holder_is_answered(kb, question, answer):
    assert first_line(kb, question).startswith(answer)


def test_the_body_after_de_is_where_the_post_is_held(kb):
    assert "岚岫绿源农业有限公司" in first_line(kb, "庞晓岚是哪家公司的董事长")
