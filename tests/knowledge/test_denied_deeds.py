"""A member asks of those who did not do a deed with 没 (没交提案的委员有多少); the report writes 未 (未提交提案).
The count of those who did (提交了提案的委员312名) does not answer it. On a made-up notice of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_NOTICE = """榕坪市政协办公厅关于委员履职情况的通报

各位市政协委员：

一、提案情况

全年委员共提交提案406件，有312名委员提交了提案。全年仍有44名委员未提交提案。

二、信息情况

全年有260名委员报送了社情民意信息，仍有96名委员未报送社情民意信息。

榕坪市政协办公厅
2032年2月9日
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("rongping-denied.txt", _NOTICE)], tmp_path_factory.mktemp("rongping-denied"))


def test_members_who_did_not_hand_in(kb):
    assert "44名" in first_line(kb, "没交提案的委员有多少")


def test_members_who_did_not_report(kb):
    assert "96名" in first_line(kb, "没报送社情民意信息的委员有几个")


def test_members_who_did(kb):
    assert "312名" in first_line(kb, "提交了提案的委员有多少")
