"""How a meeting went asked of one only planned (proposed_only.went_planned_only), those a deed succeeded for
counted where only those handled are told, and a rate asked of one named service where the sentence gives the
rate of all (neighbour_parts.py): declined on a made-up report; what it does tell answers."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.proposed_only import went_planned_only
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协蕖山市委员会2023年委员志愿服务工作总结

一、主要成效

市政协委托第三方开展满意度测评，群众总体满意率为95.1%。其中，对助学服务的满意率最高，达97.3%。

委员律师开展法律咨询服务46场。

委员律师参与调解矛盾纠纷126件，调解成功率90.5%。其中，婚姻家庭纠纷48件、邻里纠纷33件、其他纠纷45件。

6月18日，市政协召开委员志愿服务工作交流会，12个服务队交流了工作经验。

二、2024年工作安排

继续开展年度表彰，计划于2024年4月16日召开全市委员志愿服务工作推进会。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qushan.txt", _REPORT)], tmp_path_factory.mktemp("qushan"))


@pytest.mark.parametrize("question", ["2024年4月16日的推进会开得怎么样", "邻里纠纷调解成功了几件", "法律咨询服务的满意率是多少"])
def test_an_outcome_or_a_rate_untold_is_declined(kb, question):
    assert kb.answer(question).text.startswith("抱歉")


@pytest.mark.parametrize("question, answer", [("调解成功率是多少", "答：90.5%"), ("助学服务的满意率是多少", "答：97.3%"),
                                              ("邻里纠纷调解了几件", "答：邻里纠纷33件"), ("群众总体满意率是多少", "答：95.1%")])
def test_what_is_told_answers(kb, question, answer):
    assert first_line(kb, question).startswith(answer)


def test_a_meeting_held_is_not_one_planned():
    held = "6月18日,市政协召开委员志愿服务工作交流会,12个服务队交流了工作经验。"
    planned = "继续开展年度表彰,计划于2024年4月16日召开全市委员志愿服务工作推进会。"
    assert went_planned_only("4月16日的推进会开得怎么样", ["4月16日", "推进", "开"], planned)
    assert not went_planned_only("6月18日的交流会开得怎么样", ["6月18日", "交流", "开"], held)
