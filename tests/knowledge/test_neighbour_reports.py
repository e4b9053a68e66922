"""With several reports loaded together, a neighbour's sentence must not answer what it does not tell:
a date asked of a quoted event, the sentence quoting another event's name; all there are counted
(养老机构床位有多少张), the sentence counting only the new ones (新增养老床位); people of one sex or group
counted (女委员), the sentence counting people at large.  On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line



def declined(kb: KnowledgeBase, question: str) -> bool:
    return not kb.answer(question).answered

_NORTH = """政协北岑市委员会社会和法制委员会2022年工作总结

一、协商议政

7月14日，市政协召开"推动文旅深度融合、打造北岑文化名片"专题协商会，副市长到会听取意见。

二、调研视察

全年新增养老床位1260张，建成社区养老服务中心48个。

12月2日，专委会组织"城市噪声污染防治"网络议政远程协商，27名委员通过视频连线参加。
"""

_SOUTH = """政协南溪县委员会2021年工作报告

一、委员队伍

本届县政协共有委员180名，其中女委员46名。

二、调研视察

5月20日，县政协召开"加快乡村振兴步伐"专题协商会。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    documents = [SourceDocument(name, text.split("\n", 1)[0], None, text)
                 for name, text in (("beicen.txt", _NORTH), ("nanxi.txt", _SOUTH))]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("neighbours"))


def test_a_date_asked_of_a_quoted_event_is_not_another_events(kb):
    assert declined(kb, "2022年“推动全市碳达峰碳中和”专题协商会是哪天召开的？")
    assert "7月14日" in first_line(kb, "“推动文旅深度融合、打造北岑文化名片”专题协商会是哪天召开的？")


def test_all_there_are_asked_the_new_ones_told(kb):
    assert declined(kb, "全市养老机构床位有多少张？")
    assert "1260张" in first_line(kb, "全年新增养老床位多少张？")


def test_people_of_one_sex_asked_people_at_large_told(kb):
    assert "46名" in first_line(kb, "南溪县政协女委员有多少名？")
    beicen = KnowledgeBase([SourceDocument("beicen.txt", _NORTH.split("\n", 1)[0], None, _NORTH)],
                           kb_dir := __import__("tempfile").mkdtemp())
    assert declined(beicen, "专委会的女委员有多少名？"), kb_dir
    assert "27名" in first_line(beicen, "网络议政远程协商有多少名委员参加？")
