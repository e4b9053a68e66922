"""A change only proposed (建议将…由每人每月200元提高到350元) has reached nothing: a question asking what is
takes its first figure, one asking the proposal its second; a change told as done keeps its reached figure.
A deadline's level asked with 要到多少 asks the target (frames.question_mode).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import PLAN, question_mode
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协濉岚县委员会关于养老服务的专题协商会纪要

2025年6月10日

一、部门通报

全县共有养老机构42家，床位3100张，护理型床位占比为47.5%。

二、委员发言

（一）县政协委员蕖阳：减轻养老机构负担。他建议，将养老机构运营补贴标准由每床每月150元提高到260元；鼓励金融机构开发专项贷款产品。

三、下一步工作安排

到2025年底，护理型床位占比要达到55%；全县新建社区养老服务站12个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("suilan.txt", _REPORT)], tmp_path_factory.mktemp("suilan"))


@pytest.mark.parametrize("question, expected", [
    ("养老机构运营补贴现在是每床每月多少", "答：150元"),
    ("养老机构运营补贴标准是多少", "答：150元"),
    ("蕖阳建议运营补贴提高到多少", "答：260元"),
])
def test_a_proposed_change(kb, question, expected):
    assert first_line(kb, question).startswith(expected)


def test_a_level_to_reach_is_a_plan():
    assert question_mode("到年底护理型床位占比要到多少") == PLAN
    assert question_mode("需要到几个部门办手续") is None


def test_the_target_is_answered(kb):
    assert first_line(kb, "到2025年底护理型床位占比要到多少").startswith("答：55%")


def test_a_proposal_named_in_quotes_proposes_nothing():
    from bot.knowledge.facts import find_quantities
    from bot.knowledge.proposed_change import proposed_change_score
    sentence = '委员提出的"关于优化营商环境的建议",促成推行"一窗通办",企业开办时间由5个工作日压缩到2个工作日以内'
    five, two = find_quantities(sentence)[:2]
    assert proposed_change_score(None, "企业开办时间压到几天", sentence, five) == 0.0
    assert proposed_change_score(None, "企业开办时间压到几天", sentence, two) == 0.0
    told = "他建议,将补贴标准由每人每月150元提高到260元"
    now, sought = find_quantities(told)[:2]
    assert proposed_change_score(None, "补贴标准现在是多少", told, now) > 0 > proposed_change_score(None, "补贴标准现在是多少", told, sought)
