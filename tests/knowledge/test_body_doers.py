"""Who-questions a body answers: 谁研究遴选的 by the body written between 经 and the verb (经区政协主席会议研究，
从立案提案中遴选出…), and 某专题谁牵头督办 by the doer at the same place after 分别由 as the thing among
the quoted ones before it ("A"和"B"2个专题，分别由X和Y牵头督办) — not a person named in the next sentence;
某某提案是谁提的 by the proposer of the one listed title holding every word asked, short ones too (茶产业).
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.respective_doers import respective_doer

from .conftest import first_line

_REPORT = """雾川区政协2019年提案工作报告

一年来，雾川区政协提案工作在区委的领导下扎实推进。

经区政协主席会议研究，从立案提案中遴选出10件重点提案，首次实行区领导领衔督办制度。区委书记韩启明领衔督办“关于推进老旧小区改造的建议”，区长邬振华领衔督办“关于优化营商环境的建议”。

另有“破解小微企业融资难题”和“提升社区医疗服务能力”2个专题，分别由区政协经济委员会和教科卫体委员会牵头督办。7月3日，区委书记韩启明带领区发改局负责人赴雾川园区专题督办。

此外，许丽云委员提出的《关于规范共享单车管理的提案》被区城管局采纳；农业界提出的《关于加快发展雾川茶产业的提案》推动区农业局编制规划；民革雾川区委提出的《关于加强侨资企业服务的提案》得到区委统战部批示肯定。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("wuchuan.txt", _REPORT)], tmp_path_factory.mktemp("wuchuan-doers"))


@pytest.mark.parametrize("question", ["重点提案是谁研究遴选的", "重点提案是谁研究确定的"])
def test_the_deciding_body_answers(kb, question):
    assert first_line(kb, question).startswith("答：区政协主席会议")


def test_the_respective_doer_answers(kb):
    assert first_line(kb, "小微企业融资专题谁牵头督办").startswith("答：区政协经济委员会")


def test_respective_doers_pair_by_place():
    sentence = '另有"甲乙难题"和"丙丁能力"2个专题,分别由经济委员会和教科卫体委员会牵头督办。'
    assert respective_doer(["丙丁", "能力"], sentence) == "教科卫体委员会"
    assert respective_doer(["甲乙"], sentence) == "经济委员会"
    assert respective_doer(["专题"], sentence) is None  # both named alike: no one of them is asked


def test_the_proposer_of_the_title_holding_every_word(kb):
    assert first_line(kb, "雾川茶产业提案是谁提的").startswith("答：农业界")
