"""A year's plan of targets and a team's reorganisation, as a volunteer-service report writes them:

- a plan asked for its year (明年服务时长目标多少) is answered by the target written with a bare 累计 in a list of
  targets headed by 主要目标是: (periods.py, counting._list_lead), not by a per-member threshold (不足15小时的委员:
  threshold_amounts.py);
- 原有的5支服务队整合重组为9支 tells 9 teams now (merged_into.former_unasked; counted_others: 重组 is a verb);
- a goal the work served (围绕"某某"目标) is no plan told (frames._NAMED_PLAN);
- the passages under a plan heading are searched for a plan asked (plan_reach.py).
"""

from __future__ import annotations

import pytest

from bot.knowledge.counting import _list_lead
from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.frames import is_plan
from bot.knowledge.plan_reach import plan_searched
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.threshold_amounts import threshold_amount

from .conftest import first_line

_REPORT = """政协澴渚市委员会2024年委员志愿服务工作总结
（二〇二五年一月十日政协澴渚市第八届委员会常务委员会第九次会议通过）

一、总体情况

全年开展委员志愿服务活动312场，委员累计服务时长23800小时，服务群众6.1万人次。

二、主要做法

市政协将原有的5支服务队整合重组为9支委员志愿服务队，其中专业服务队4支，区域服务队5支。

环保服务队围绕“绿色澴渚”目标，全年开展环保志愿服务活动41场。

三、2025年工作安排

主要目标是：力争委员志愿者注册率达到95%以上；全年开展委员志愿服务活动400场以上；委员累计服务时长突破3万小时；服务群众8万人次以上。

动员尚未注册的委员全部注册，力争每名委员全年服务时长不少于25小时。对全年服务时长不足15小时的委员，由所在界别召集人进行提醒谈话。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("huanzhu.txt", _REPORT)], tmp_path_factory.mktemp("huanzhu"))


def test_the_years_target_written_with_a_bare_running_total(kb):
    assert "3万小时" in first_line(kb, "明年服务时长目标多少")


def test_the_teams_there_now_not_those_reorganised(kb):
    assert "9支" in first_line(kb, "委员志愿服务队一共几支")


def test_the_former_teams_asked(kb):
    assert "5支" in first_line(kb, "原有的服务队几支")


def test_a_threshold_written_before_its_amount():
    sentence = "对全年服务时长不足15小时的委员，由所在界别召集人进行提醒谈话。"
    quantity = next(x for x in find_quantities(sentence) if x.text.startswith("15"))
    assert threshold_amount("明年服务时长目标多少", sentence, quantity)
    assert not threshold_amount("服务时长不足多少小时的委员要谈话", sentence, quantity)


def test_the_lead_of_a_list_of_items():
    assert _list_lead("主要目标是:力争注册率达到95%以上;全年开展活动400场以上。") == "主要目标是"
    assert _list_lead("全年开展活动312场;服务群众6.1万人次。") == ""


def test_a_goal_served_is_no_plan():
    assert not is_plan("二、主要做法", '环保服务队围绕"绿色澴渚"目标,全年开展环保志愿服务活动41场。', 2024)
    assert is_plan("二、主要做法", "主要目标是:全年开展委员志愿服务活动400场以上。", 2024)


def test_a_plan_asked_searches_the_plan_heading(kb):
    index = kb.index
    tokens = ["开展", "活动"]
    planned = [p for p in range(len(index.passages)) if "400场" in index.passage_norm[p]]
    assert planned
    assert planned[0] in {hit.passage for hit in plan_searched(index, tokens, 1, "今年打算开展多少场活动")}
    assert planned[0] not in {hit.passage for hit in plan_searched(index, tokens, 1, "去年开展了多少场活动")} \
        or index.search(tokens, 1)[0].passage == planned[0]
