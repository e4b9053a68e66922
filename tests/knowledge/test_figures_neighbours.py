"""Figures a member asks in other words than the report's: a bound asked with 最多 (最多不能超过几个月) is no
ranking (items.py) and keeps its 不得 (facts.py); 平均一个月收多少 is told by 月均收费 (per_head.py); all there
are asked (床位一共多少张), the new ones added doubted, the sentence telling the stock answers (doubted_next.py);
招了多少学生 is told by 招生 (verb_object.py); 争取…投资 of a year gone by is a result, no plan (frames.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.frames import is_plan
from bot.knowledge.items import rank_untold
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协苎溪县委员会关于推进养老服务体系建设的协商纪要（2025年）

一、基本情况

截至2024年底，全县共有各类养老机构42家，比上年增加5家；提供床位3860张，每千名老人拥有床位31.5张。从各镇看，葭屿镇每千名老人床位数最高，为42.3张；棠岙镇最低，仅为18.6张。2024年，全县新增养老床位460张，超额完成年度目标。

2024年，县级财政安排养老服务专项资金1280万元；争取中央预算内投资960万元，支持居家养老服务项目7个。全县公办养老机构月均收费1450元，民营养老机构月均收费2980元。

县卫生职业学校老年护理专业2024年招生仅85人，毕业生留县就业率为58%。

二、委员建议

委员建议，加快出台养老机构管理办法，建立预收费资金监管制度，预收费不得超过6个月。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zhuxi-elderly-care-2025.txt", _REPORT)], tmp_path_factory.mktemp("neigh"))


def test_a_bound_asked_with_most_is_answered(kb):
    assert "不得超过6个月" in first_line(kb, "预收费最多不能超过几个月")


def test_a_monthly_average_is_told_by_yue_jun(kb):
    assert "2980元" in first_line(kb, "民营养老机构平均一个月收多少")


def test_the_stock_answers_when_the_new_ones_are_doubted(kb):
    assert "3860张" in first_line(kb, "全县养老床位一共多少张")
    assert "460张" in first_line(kb, "2024年新增了多少张养老床位")


def test_a_noun_fused_with_its_verb(kb):
    assert "85人" in first_line(kb, "老年护理专业2024年招了多少学生")


def test_funds_secured_in_a_year_gone_by_are_a_result(kb):
    assert "7个" in first_line(kb, "中央预算内投资支持了几个项目")


def test_what_the_report_does_not_tell_stays_declined(kb):
    assert not kb.answer("老年护理专业2024年招了多少老师").answered
    assert not kb.answer("哪家养老机构收费最多").answered


def test_rules_alone():
    assert not rank_untold("预收费最多不能超过几个月", "预收费不得超过6个月")
    assert rank_untold("哪个镇新增床位最多", "甲镇新增床位40张")
    assert [q.text for q in find_quantities("预收费不得超过6个月")] == ["不得超过6个月"]
    assert not is_plan("", "2024年,争取中央预算内投资960万元,支持项目7个。", 2025)
    assert is_plan("", "2025年,争取中央预算内投资960万元,支持项目7个。", 2025)
    assert is_plan("", "下一步,争取上级资金500万元。", 2025)


def test_funds_secured_asked_are_no_plan():
    from bot.knowledge.frames import PLAN, question_mode
    assert question_mode("争取到的中央预算内投资多少钱") != PLAN
    assert question_mode("补助资金争取了多少") != PLAN
    assert question_mode("明年争取多少资金") == PLAN
    assert question_mode("预收费最多不能超过几个月") is None


def test_a_cap_is_no_average():
    from bot.knowledge.per_head import cap_for_average
    assert cap_for_average("现在平均每小时收多少钱", "不超过30元")
    assert not cap_for_average("每人最多补多少钱", "不超过30元")
    assert not cap_for_average("平均每小时收多少钱", "28元")


def test_one_countys_count_is_not_the_whole_citys():
    from bot.knowledge.area_parts import _lower_area
    assert _lower_area("全市", "他说,葭屿县18个")
    assert not _lower_area("全市", "全市各县区共18个")
    assert not _lower_area("全县", "葭屿县18个")
    assert not _lower_area("全市", "新建社区嵌入式托育点9个")


def test_the_item_naming_the_place_asked_gives_its_figure(kb):
    assert "18.6张" in first_line(kb, "棠岙镇每千名老人床位数多少")
    assert "42.3张" in first_line(kb, "葭屿镇每千名老人床位数是多少")


def test_an_amount_of_another_places_item():
    from bot.knowledge.place_item import other_place_item
    assert other_place_item(["棠岙镇"], "葭屿镇最高,为42.3张;棠岙镇最低,仅为18.6张。", 10)
    assert not other_place_item(["棠岙镇"], "葭屿镇最高,为42.3张;棠岙镇最低,仅为18.6张。", 22)
    assert not other_place_item(["棠岙镇"], "棠岙镇和葭屿镇共有床位300张。", 12)


def test_the_measure_word_ending_a_noun_stays_with_it():
    from bot.knowledge.question import _NUMBER_RE
    assert _NUMBER_RE.search("每千名老人床位数多少").group(0) in ("数", "多少")
    assert "床位" in _NUMBER_RE.sub(" ", "床位数是多少")
    assert "人数" not in _NUMBER_RE.sub(" ", "参会人数是多少")
