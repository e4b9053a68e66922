"""Two figures listed within a set written before the first (立案提案中个人提案208件、联名提案37件) are parts of
that set: asked the set (立案提案几件), the total told elsewhere answers, not the first part."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协汶岚县委员会2024年度委员服务工作情况报告

一、委员履职

一是委员提案数量质量双提升。县政协九届二次会议以来，委员共提交提案276件，经审查立案245件，立案率88.8%。立案提案中委员个人提案208件、委员联名提案37件。全年有198名委员提交了提案。

二是加强提案写作辅导。全年组织提案撰写辅导会5场，对新任委员的提案初稿提出修改意见，提高了提案的针对性。

三是做好提案督办。全年开展党组理论学习中心组学习9次、常委会议集中学习4次。主席会议成员领衔督办重点提案，提案办理质量进一步提高。

四是社情民意信息报送更加活跃。全年委员报送社情民意信息512条，县政协采用166条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("wenlan.txt", _REPORT)], tmp_path_factory.mktemp("wenlan"))


def test_the_set_asked_is_the_total(kb):
    assert "245件" in first_line(kb, "立案提案几件")


def test_a_part_named_is_still_its_own(kb):
    assert "208件" in first_line(kb, "委员个人提案几件")
    assert "37件" in first_line(kb, "联名提案多少件")


def test_a_word_holding_zhong_closes_no_set(kb):
    assert "9次" in first_line(kb, "党组理论学习中心组学习了几次")
