"""A person, a post, an institution or a made thing's name asked plainly: the partner of a joint deed
(跟谁联合办的), the workplace a post names (某某是哪个单位的: 市委党校教授), a 副秘书长 apart from the
秘书长, the post written before a run of names (副会长甲、乙), an association asked as the post's body
(在研究会里是什么职务), a short name of a thing (内刊) and a name holding 成果 (成果数据库叫啥).
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.frames import RESULTS, question_mode
from bot.knowledge.partner_told import asks_partner, partner_of
from bot.knowledge.people import find_people
from bot.knowledge.listed_people import run_role
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协篁溪市委员会文史研究会2021年工作总结

一、主要工作

9月10日，研究会与篁溪市委党校联合举办"地方文史资料整理研讨会"，参会人员120人。市委党校教授阙慕远以《方志编修的传统与创新》为题作了主旨发言。

"篁溪夜话"节目由市政协与篁溪广播电视台联合打造，全年播出12期。

内部刊物《篁溪文史札记》每季度编印一期，全年刊发文章40篇。

目前，研究会由会长卓维岩，副会长冼嘉禾、阚若溪，秘书长邰明川，副秘书长宓叶舟组成领导班子。经常务理事会议审议通过，增补冼嘉禾、阚若溪为副会长。

二、明年工作

着手建设"篁溪文史研究成果数据库"，力争年底前完成首批文献入库。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("huangxi.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("huangxi"))


def test_partner_read():
    assert asks_partner("研讨会跟谁联合办的") and asks_partner("节目是和哪家单位合作的")
    assert not asks_partner("研讨会是谁主持的")
    assert partner_of("研讨会跟谁联合办的", ["研讨会"], "研究会与篁溪市委党校联合举办\"研讨会\"") == "篁溪市委党校"
    assert partner_of("节目跟谁一起搞的", ["节目"], "节目由市政协与篁溪广播电视台联合打造") == "篁溪广播电视台"


def test_name_asked_is_no_outcome():
    assert question_mode("成果数据库叫啥") is None
    assert question_mode("调研取得了哪些成果") == RESULTS


def test_post_before_a_run_of_names():
    sentence = "研究会由会长卓维岩,副会长冼嘉禾、阚若溪,秘书长邰明川组成领导班子"
    people = find_people(sentence, ("冼嘉禾", "阚若溪"))
    second = next(x for x in people if x.name == "阚若溪")
    assert run_role(sentence, people, second) == "副会长"
    bracketed = "卓维岩(市档案馆馆长)、阚若溪参加"
    people = find_people(bracketed, ("卓维岩", "阚若溪"))
    assert run_role(bracketed, people, next(x for x in people if x.name == "阚若溪")) == ""


@pytest.mark.parametrize("question, expected", [
    ("地方文史资料整理研讨会跟谁联合办的", "篁溪市委党校"),
    ("篁溪夜话是跟谁联合搞的", "篁溪广播电视台"),
    ("阙慕远是哪个单位的", "市委党校"),
    ("研究会副秘书长是哪位", "宓叶舟"),
    ("阚若溪在研究会里是什么职务", "副会长"),
    ("内刊叫啥名", "篁溪文史札记"),
    ("成果数据库叫啥", "篁溪文史研究成果数据库"),
])
def test_answered(kb, question, expected):
    assert expected in first_line(kb, question)
