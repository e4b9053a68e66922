"""A region's level written with its alternative in brackets (区（县）, 县（区）, 县（市、区）) is one word of
both, as members write it (区县政协, 县区政协: normalize._LEVEL_ALTERNATIVE); 村（社区） and a body's
brackets stay as they are.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """苍梧市政协2022年工作总结

一是加强上下联动。与5个县（区）政协开展联合调研4次，举办全市政协机关干部业务培训班1期，培训区（县）政协机关干部72人。

二是推动协商向基层延伸。村（社区）协商议事室覆盖率达到95%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-levels.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("level-alternative"))


def test_a_level_and_its_bracketed_alternative_are_one_word():
    assert normalize_text("培训区（县）政协机关干部") == "培训区县政协机关干部"
    assert normalize_text("各县（市、区）政协") == "各县市区政协"
    assert normalize_text("村（社区）协商") == "村(社区)协商"


def test_asked_as_members_write_it(kb):
    assert "72人" in first_line(kb, "区县政协机关干部培训了多少人")
    assert "4次" in first_line(kb, "和县区政协联合调研了几次")
