"""乡贤 (a respected native of the place, at home or abroad) written before a name introduces a person,
as 会长 or 委员 does (县政协委员、旅港乡贤某某牵线搭桥): the name is learned and their standing told.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """澜江县政协2024年工作总结

一、招商引智

县政协委员、旅澳乡贤戚家瑞牵线搭桥，促成澳门一家食品公司与县农业集团签订年采购额两千万元的供货协议。

全年举办乡贤座谈会2场，新建乡贤联络站3个，引进项目5个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanjiang.txt", _REPORT)], tmp_path_factory.mktemp("native-son"))


def test_the_native_is_named(kb):
    assert "旅澳乡贤" in first_line(kb, "戚家瑞是什么人")


def test_no_name_after_the_word_alone():
    assert find_person_names("新建乡贤联络站3个,举办乡贤座谈会2场") == set()
