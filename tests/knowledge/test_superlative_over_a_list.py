"""Which has the most of something (哪个界别立案最多), asked of a list of three or more named items with
figures of one measure: the item with the largest figure leads the answer with it, not a total before
其中 nor the rest taken together (其余各界别共立案70件); a sentence saying the item stands first
(居各专委会首位) ranks too. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """关于政协柏溪市第六届委员会第二次会议以来提案工作情况的报告

一、提案提交情况

从界别分布看，农业界别立案31件，工商联界别立案52件，教育界别立案27件，医药卫生界别立案24件，其余各界别共立案70件。工商联界别的立案数位居各界别第一。

承办提案较多的单位是市民政局26件、市交通运输局21件、市水利局17件。

从专门委员会归口联系情况看，经济委员会联系委员的立案提案44件，文化文史委员会58件，人口资源环境委员会36件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("baixi.txt", _REPORT)], tmp_path_factory.mktemp("baixi"))


def test_the_top_item_of_a_list_leads(kb):
    assert first_line(kb, "哪个界别立案最多？").startswith("答：工商联界别立案，52件")


def test_the_first_item_is_not_taken_for_the_top(kb):
    assert first_line(kb, "哪个专委会联系的提案最多").startswith("答：文化文史委员会，58件")


def test_the_words_leading_into_the_list_are_no_part_of_its_first_item(kb):
    assert first_line(kb, "承办提案最多的是哪个单位？").startswith("答：市民政局，26件")


def test_an_item_of_the_list_is_still_answered_by_its_figure(kb):
    assert first_line(kb, "教育界别立案多少件").startswith("答：教育界别立案27件")
