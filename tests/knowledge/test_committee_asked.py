"""Which committee asked (哪个专委会牵头): a sentence naming only the committees at large (各专门委员会要…)
does not answer; one naming a committee by its own words does (touched._committee_unnamed)."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_AT_LARGE = """政协浠沅市委员会专题协商会纪要

二、主席讲话要点

市政协各专门委员会要把会议形成的养老服务意见建议汇总梳理,形成协商成果报送市委、市政府。
"""

_NAMED = _AT_LARGE + """
三、下一步工作

市政协人口资源环境委员会牵头,将养老服务意见建议汇总梳理,形成协商成果报送市委、市政府。
"""


def _kb(tmp_path_factory, text: str, name: str) -> KnowledgeBase:
    document = SourceDocument(f"{name}.txt", text.split("\n", 1)[0], "2024", text)
    return KnowledgeBase([document], tmp_path_factory.mktemp(name))


@pytest.fixture(scope="module")
def at_large(tmp_path_factory):
    return _kb(tmp_path_factory, _AT_LARGE, "xiyuan-large")


@pytest.fixture(scope="module")
def named(tmp_path_factory):
    return _kb(tmp_path_factory, _NAMED, "xiyuan-named")


def test_the_committees_at_large_name_none(at_large):
    assert not at_large.answer("养老服务意见建议由哪个专委会牵头汇总梳理").answered


def test_a_committee_named_answers(named):
    assert "人口资源环境委员会" in first_line(named, "养老服务意见建议由哪个专委会牵头汇总梳理")
