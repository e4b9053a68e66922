"""People whose surname is rarer (卞, 邝, 阚, 郜): their characters are hardly ever anything else, so a
post written right before such a name (区民政局局长卞晓川) gives the person, asked by post or by name.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协苇塘区委员会关于提案办理协商的情况通报

一、协商情况

5月9日，区政协在云台街道召开养老服务提案办理协商会，区民政局局长卞晓川、区财政局局长邝明远与提案委员面对面交流。

二、办理成效

会后，区民政局新建社区助餐点12个，区财政安排养老服务补助资金860万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("weitang.txt", _REPORT)], tmp_path_factory.mktemp("weitang"))


@pytest.mark.parametrize("question, name", [("区民政局局长是谁", "卞晓川"), ("民政局局长叫什么", "卞晓川"),
                                            ("财政局局长是哪位", "邝明远")])
def test_a_post_gives_the_person_of_a_rarer_surname(kb, question, name):
    assert first_line(kb, question).startswith("答：" + name)
