"""Which unit asked: an office written by its short name (县扶贫办), a 总会 and a 大队 are bodies named, so a
sentence naming them answers 哪个部门 / 哪些单位; a verb ending in 办 (承办, 督办) names none.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse
from bot.knowledge.normalize import normalize_text
from bot.knowledge.touched import _units_unnamed

from .conftest import first_line

_REPORT = """政协桃川县委员会2020年提案工作情况报告

一、办理成效

围绕"稳定脱贫长效机制"的提案,推动县扶贫办设立规模800万元的防返贫保险基金,全年理赔1200余人次。

联合县民政局、县红十字总会开展"春蕾护航"行动,资助困难女童96名。

建议被县交警大队和县城管局采纳,城区新增临时停车位320个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("taochuan.txt", _REPORT)], tmp_path_factory.mktemp("taochuan"))


def test_office_by_short_name(kb):
    assert "县扶贫办" in first_line(kb, "防返贫保险基金是哪个部门设的")


def test_general_association_and_brigade(kb):
    norm = normalize_text("春蕾护航是联合哪些单位搞的")
    q = analyse(norm, norm, kb.answerer.segmenter, kb.answerer.index)
    assert not _units_unnamed(q, "联合县民政局、县红十字总会开展春蕾护航行动")
    assert "交警大队" in first_line(kb, "停车位建议被哪些单位采纳")


def test_verbs_ending_in_ban_name_no_body(kb):
    norm = normalize_text("这件提案是哪个部门办的")
    q = analyse(norm, norm, kb.answerer.segmenter, kb.answerer.index)
    assert _units_unnamed(q, "该提案由有关部门承办并督办,已交办落实")
