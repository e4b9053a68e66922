"""A report's own body asked with another place before it (苇溪县经济界别 asked of the 经济界别's own report) is another
place's body: a bare post of the report (由召集人某某任课题组组长) answers only its own (own_body_named.py); a standing
post before a name with a group's post after it still names the group's holder (posts.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.own_body_named import is_own_body
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协芦川县经济界别2024年度工作总结

县政协经济界别召集人　詹望舒

一、基本情况

界别现有县政协委员30名。界别设召集人1名、副召集人2名。

二、协商课题

界别牵头承担县政协2024年度重点协商课题，由召集人詹望舒任课题组组长，县政协经济委员会主任柏青云任副组长，组织课题组成员赴省内外3个县考察学习。

三、联谊交流

10月，界别与邻县苇溪县政协经济界别开展联谊交流活动，双方委员围绕县域经济发展交流了经验。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("luchuan-county-economy-2024.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("luchuan"))


def test_own_body_with_level_words():
    assert is_own_body("市政协经济委员会", "经济委员会")
    assert is_own_body("县经济界别", "经济界别")
    assert not is_own_body("苇溪县经济界别", "经济界别")


def test_another_places_body_is_declined(kb):
    assert not kb.answer("苇溪县经济界别召集人是谁").answered
    assert "詹望舒" in first_line(kb, "县政协经济界别召集人是谁")


def test_the_groups_deputy(kb):
    assert "柏青云" in first_line(kb, "课题组副组长是谁")
    assert "经济委员会主任" in first_line(kb, "柏青云是什么职务")
