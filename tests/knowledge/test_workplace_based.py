"""The unit written as a person's own (某某所在的县林业技术推广站) tells where they work, as a post naming a
body does.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.doers import workplace_of
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协石坪县委员会农业委员会2019年工作总结

委员会副主任唐永平所在的县林业技术推广站组建了委员科技服务队，全年开展技术培训40场。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("shiping.txt", _REPORT.split("\n", 1)[0], "2019", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shiping"))


def test_the_unit_one_belongs_to():
    sentence = "委员会副主任唐永平所在的县林业技术推广站组建了委员科技服务队"
    assert workplace_of("唐永平在哪个单位工作", ["唐永平"], [], sentence) == "县林业技术推广站"
    assert workplace_of("唐永平在哪个单位工作", ["唐永平"], [], "唐永平组建了委员科技服务队") is None


def test_answered(kb):
    assert "县林业技术推广站" in first_line(kb, "唐永平副主任在哪个单位工作")
