"""Who else holds a post (区政协副主席除了某某还有谁) asks the post: a person of another post listed beside the one
set aside (青石乡人大主席某某) is no answer, another holder of the post is.  On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协榆林区委员会民族宗教界别2022年工作总结

一、界别基本情况

界别现有委员14名。界别主要委员有：区政协副主席、民革榆林区总支主委韩立成，青石乡人大主席马德海（回族），白云观住持、区道教协会会长李清和，区第一中学副校长关明（满族）等。

二、主要工作

全年界别组织集中活动12次，提交提案21件。
"""


@pytest.fixture(scope="module")
def kbs(tmp_path_factory):
    texts = (_REPORT, _REPORT.replace("青石乡人大主席马德海", "区政协副主席马德海"))
    return [KnowledgeBase([document_from_text(f"yulin{n}.txt", text)], tmp_path_factory.mktemp(f"yulin-besides{n}"))
            for n, text in enumerate(texts)]


def test_another_post_is_no_other_holder(kbs):
    assert not kbs[0].answer("区政协副主席除了韩立成还有谁").answered


def test_another_holder_answers(kbs):
    assert "马德海" in first_line(kbs[1], "区政协副主席除了韩立成还有谁")
