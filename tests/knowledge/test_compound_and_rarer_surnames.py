"""People whose surname is of two characters (主席司徒敬山, 委员欧阳明) or one of the common surnames
that also start words (秘书长费启明, 书记苗振东, 副主席宁晓川): their posts are read.  On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """携手共进　协商为民
——松洼区政协2023年履职纪实

本报记者　冯立新

一年来，松洼区政协召开常委会会议5次。区政协主席欧阳正平在年终座谈会上说：“协商要落到实处。”区委书记苗振东出席会议并讲话。

区政协秘书长费启明介绍，机关全年开展业务培训6次。

区政协副主席宁晓川分管提案工作，全年督办重点提案12件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("songwa.txt", _REPORT)], tmp_path_factory.mktemp("songwa"))


@pytest.mark.parametrize("question, name", [
    ("松洼区政协主席是谁", "欧阳正平"),
    ("区委书记叫什么名字", "苗振东"),
    ("区政协秘书长是哪位", "费启明"),
    ("分管提案工作的副主席是谁", "宁晓川"),
    ("欧阳正平担任什么职务", "区政协主席"),
])
def test_the_holder_of_a_post_is_named(kb, question, name):
    assert name in first_line(kb, question)
