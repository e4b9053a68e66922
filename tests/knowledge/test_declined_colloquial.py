"""Answerable questions once declined, asked in a member's own words (task declined46): a colloquial verb
(跑了, 多发, 买了, 卖了), a measure the reader did not know (箱, 袋) or typed by its sound (多少常), a size told
of what the clause before names (养殖规模达到…), a year opening with 截至, a going home read as a town (返乡),
a count of loans in their own measure (几笔), 有什么工作要求 read as no attribute asked,
the deeds listed counted as 活动, a kind (乡村振兴类) told by its own word, 结对 told as 结成师徒对子, and a table laid out in columns of spaces. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.measure_slips import correct_measure_slip
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.spelling import _readings
from bot.knowledge.table_rows import rows_as_sentences

from .conftest import first_line

_REPORT = """政协泷岙县委员会2023年助力乡村振兴工作总结

一、主要工作

（一）专题协商。三月至四月，农业和农村委员会带领课题组深入5个乡镇、17个村开展前期调研，收集意见建议41条。协商后推动县里为在岗满10年以上的乡村医生每人每月增发补助150元。

（二）委员联系点。截至2023年底，全县共设立委员联系点11个，其中2023年新建3个，2022年底为8个。

（三）联系点。县政协办公室制定《委员联系点工作规则》，明确联系点“三个一”工作要求，即每季度开展一次集中活动、每月收集一次社情民意等。委员会全年召开主任会议5次，牵头承办专题协商、对口协商和视察6项。

全年提交乡村振兴类提案40件，报送社情民意信息22篇。全年委员围绕乡村振兴提交提案40件，比上年增加6件。开展“名医带徒”活动，医卫界委员与19名乡村医生结成师徒对子。

（四）人才驿站。首批人才驿站已在枳口镇建成运行，年内共为返乡创业人员提供服务57人次，协助办理创业担保贷款14笔、金额420万元。

（五）产业帮扶。县政协组织委员开展消费帮扶，全年购买脱贫地区农产品金额21.4万元，比上年增长12.5%。苕溪村依托山林资源发展林下养蜂，养殖规模达到760箱。

委员助农直播主要产品销售情况
产品　　　　直播场次　　销售额
苕溪蜂蜜　　8场　　　　45万元
榧坪香菇　　5场　　　　33万元
合计　　　　13场　　　　78万元

二、2024年工作计划

力争全年开展委员助农直播20场；支持榧坪村香菇种植规模扩大到150万袋；力争新增委员领办合作社2家；继续开展“名医带徒”活动，计划结对乡村医生扩大到30名。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("longao.txt", _REPORT)], tmp_path_factory.mktemp("longao"))


def test_colloquial_verbs_read_as_the_reports_words(kb):
    assert "17个" in first_line(kb, "前期调研跑了多少个村")  # 深入
    assert "150元" in first_line(kb, "在岗满10年的乡村医生每月多发多少补助")  # 增发
    assert "21.4万元" in first_line(kb, "消费帮扶买了多少钱农产品")  # 购买…农产品金额


def test_a_year_opened_by_jiezhi_dates_the_figures_after_it(kb):
    assert "11个" in first_line(kb, "到2023年底委员联系点有几个")


def test_going_home_is_no_town_and_loans_are_counted_in_their_measure(kb):
    assert "57人次" in first_line(kb, "人才驿站给返乡创业人员服务了多少人次")
    assert "14笔" in first_line(kb, "人才驿站协助办理创业担保贷款几笔")


def test_what_a_point_has_asks_no_attribute(kb):
    assert "三个一" in first_line(kb, "联系点有什么工作要求")  # (有 of 有什么工作 is no attribute asked)


def test_the_deeds_listed_are_the_activities_counted(kb):
    assert "6项" in first_line(kb, "委员会牵头承办了几项活动")


def test_a_kind_is_named_by_its_own_word(kb):
    assert "6件" in first_line(kb, "乡村振兴类提案比上年多了几件")  # 围绕乡村振兴提交提案…比上年增加6件


def test_pairs_formed_are_told_as_duizi(kb):
    assert "19名" in first_line(kb, "名医带徒结对了几名乡村医生")  # 结成师徒对子


def test_hives_and_bags_are_measures(kb):
    assert [q.text for q in find_quantities("养殖规模达到760箱，种植150万袋")] == ["760箱", "150万袋"]
    assert "760箱" in first_line(kb, "苕溪村养蜂多少箱")  # the size of what the clause before names
    assert "150万袋" in first_line(kb, "榧坪村香菇今年计划扩大到多少袋")


def test_a_table_in_columns_of_spaces_is_read_row_by_row(kb):
    assert rows_as_sentences(["产品 直播场次 销售额", "苕溪蜂蜜 8场 45万元", "全年直播13场。"]) == [
        "产品 直播场次 销售额", "苕溪蜂蜜：直播场次8场，销售额45万元。", "全年直播13场。"]
    assert rows_as_sentences(["本报记者 某甲 通讯员 某乙", "正文一句。"]) == ["本报记者 某甲 通讯员 某乙", "正文一句。"]
    assert "33万元" in first_line(kb, "榧坪香菇直播卖了多少钱")


def test_a_measure_word_typed_by_its_sound_is_mended():
    corpus = "开展直播13场,种植150袋"
    assert correct_measure_slip("去年直播弄了多少常", corpus, _readings) == ("去年直播弄了多少场", 1)
    assert correct_measure_slip("黑木耳种了多少带", corpus, _readings) == ("黑木耳种了多少袋", 1)
    assert correct_measure_slip("一共几章", "共3张表", _readings) == ("一共几章", 0)  # 章 is asked as written
    assert correct_measure_slip("直播了多少常", "没有场次", _readings) == ("直播了多少常", 0)  # no 场 told after a number
    assert correct_measure_slip("去年直播弄了多少场", corpus, _readings) == ("去年直播弄了多少场", 0)
