"""Figures shown as the document writes them: numbers grouped by thousands (1,350亩, 8,600余人次,
1，460余条) are one number, read and asked whole; a bound written after an amount (35条以上, 20件左右)
stays with it. On a report of our own."""

from __future__ import annotations

from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协沙洲市委员会常务委员会工作报告

——2019年1月15日在政协沙洲市第八届委员会第三次会议上

一、2018年工作回顾

市政协组织“健康沙洲行”义诊活动24场，服务群众8,600余人次。
开展首次网络议政，征集意见建议1，460余条，其中460余条被有关部门采纳。
推动芦荡湿地退耕还湿1,350亩，新增公共停车泊位6,800个。
本届以来累计立案提案1,906件，其中2018年立案468件。

二、2019年工作安排

力争全年报送社情民意信息300条以上，计划表彰优秀提案20件左右。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("shazhou.txt", _REPORT.split("\n", 1)[0], None, _REPORT)], tmp_path)


def test_a_grouped_number_is_one_number():
    assert normalize_text("退耕还湿1,350亩") == "退耕还湿1350亩"
    assert normalize_text("2018年，1,350亩") == "2018年,1350亩"  # a clause's comma before it is no separator
    assert normalize_text("3,4号线") == "3,4号线"  # not three digits after the comma: a list


def test_grouped_figures_are_answered_whole_and_as_written(tmp_path):
    kb = _kb(tmp_path)
    assert first_line(kb, "义诊服务群众多少人次").startswith("答：8,600余人次")
    assert first_line(kb, "网络议政征集到多少条意见建议").startswith("答：1，460余条")
    assert first_line(kb, "退耕还湿多少亩").startswith("答：1,350亩")
    assert first_line(kb, "新增了多少个公共停车泊位").startswith("答：6,800个")
    assert first_line(kb, "本届以来累计立案多少件提案").startswith("答：1,906件")
    assert first_line(kb, "采纳了多少条").startswith("答：460余条")  # the part, not the grouped whole


def test_a_bound_after_an_amount_stays_with_it(tmp_path):
    kb = _kb(tmp_path)
    assert first_line(kb, "今年社情民意信息目标报送多少条").startswith("答：300条以上")
    assert first_line(kb, "今年计划表彰多少件优秀提案").startswith("答：20件左右")
    assert first_line(kb, "义诊活动开展了多少场") == "答：24场"  # no bound written: none shown


def test_a_full_width_percent_is_shown_as_written_with_the_plain_reading(tmp_path):
    report = "政协江口市委员会提案工作情况报告\n\n一、2021年工作\n\n全年提案办理满意率达到96.5％，比上年提高1.2个百分点。\n"
    kb = KnowledgeBase([SourceDocument("jiangkou.txt", report.split("\n", 1)[0], None, report)], tmp_path)
    line = first_line(kb, "提案办理满意率是多少")
    assert "96.5％" in line and "96.5%" in line  # a reader comparing either shape finds it


def test_a_deadline_keeps_its_qian_and_a_figure_is_not_read_inside_a_larger_one(tmp_path):
    report = ("政协江口市委员会提案工作情况报告\n\n一、2021年工作\n\n全市企业开办时间由原来的15个工作日压缩到5个工作日以内。\n"
              "计划在2022年6月底前完成提案办理系统的升级改造。\n")
    kb = KnowledgeBase([SourceDocument("jiangkou.txt", report.split("\n", 1)[0], None, report)], tmp_path)
    assert first_line(kb, "企业开办时间压缩到了多少").startswith("答：5个工作日以内")
    assert "2022年6月底前" in first_line(kb, "提案办理系统升级计划什么时候完成")


def test_a_range_of_amounts_is_shown_whole(tmp_path):
    report = "政协江口市委员会提案工作情况报告\n\n一、2021年工作\n\n落实乡村教师生活补助每人每月300元至800元，惠及教师900余人。\n"
    kb = KnowledgeBase([SourceDocument("jiangkou.txt", report.split("\n", 1)[0], None, report)], tmp_path)
    assert "300元至800元" in first_line(kb, "乡村教师生活补助每人每月多少元")
