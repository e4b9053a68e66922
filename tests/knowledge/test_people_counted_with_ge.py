"""People counted with 个 the spoken way (几个市政协常委, 有几个特约监督员): an amount of people (4名)
answers, while things counted with 个 (几个医共体) are still not answered by a count of people.
On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """澄岭市政协农工界别2021年工作总结

一、基本情况

界别现有市政协委员26名，其中市政协常委3名，企业界委员15名。界别有7名委员受聘为市政协民生监督员，参与全市民生实事监督。

二、调研

界别组织委员赴乡镇卫生院调研，共有8名委员参加，围绕县域医共体建设提出建议。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chengling.txt", _REPORT)], tmp_path_factory.mktemp("chengling"))


def test_people_counted_with_ge_are_answered(kb):
    assert first_line(kb, "界别里有几个市政协常委").startswith("答：")
    assert "3名" in first_line(kb, "界别里有几个市政协常委")
    assert "7名" in first_line(kb, "界别有几个民生监督员")


def test_things_counted_with_ge_still_want_things(kb):
    assert not kb.answer("建了几个县域医共体").answered
