"""A numbered sub-heading on a line of its own ((三)几点体会, (二)推行"某某法") tells nothing itself: answering
哪几点 / 是哪几步 with it shows what it heads, the items numbered in the paragraph under it (一是…;二是…, as
sentences or as clauses after a colon), or else that paragraph's first sentence. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.lead_in import items_within
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协榧川市委员会2023年议事厅工作总结

一、机制建设

（一）出台议事厅工作规则

市政协出台议事厅工作规则，明确议事厅的设立条件和活动程序。

（二）推行“四步议事法”

全市议事厅统一推行“四步议事法”：一是居民提事，通过意见箱征集群众关心的问题；二是委员理事，对征集的问题进行梳理；三是部门议事，组织各方面对面协商；四是跟踪办事，对形成的建议进行督办。

（三）建立“两本台账”

对每一场议事活动，均建立民情台账、办理台账“两本台账”。民情台账由联络员整理。

二、成效和体会

（一）主要成效

全年举办议事厅活动52场，推动解决问题130件。

（二）几点体会

一是必须坚持团结民主。工作的根本在于团结。二是必须坚持问题导向。只有把群众的事作为议题，才有人气。三是必须坚持真抓实干。建议落下去才有实效。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("feichuan.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("feichuan"))


def test_the_items_numbered_as_sentences_under_a_heading_are_shown(kb):
    line = first_line(kb, "有哪几点体会")
    assert "坚持团结民主" in line and "坚持问题导向" in line and "坚持真抓实干" in line


def test_the_items_numbered_after_a_colon_under_a_heading_are_shown(kb):
    line = first_line(kb, "四步议事法是哪四步")
    assert "居民提事" in line and "跟踪办事" in line


def test_a_heading_over_unnumbered_text_shows_its_first_sentence(kb):
    line = first_line(kb, "两本台账是哪两本")
    assert "民情台账" in line and "办理台账" in line


def test_items_within_must_number_on_from_the_first():
    assert items_within(["二是甲。", "三是乙。"]) == []
    assert items_within(["一是甲。", "其他。"]) == []
    assert items_within(["做法如下：一是加强学习，详情；二是深化调研。", "另外。", "三是强化监督。"]) == [
        "加强学习，详情", "深化调研", "强化监督"]
