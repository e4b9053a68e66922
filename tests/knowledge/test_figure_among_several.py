"""Choosing the asked figure among several in a passage: the year's figure or the running
total (periods.py), a figure the question itself gives, the one whose own noun is asked,
the total before its breakdown, the difference or the year before in a change sentence,
and a plan item's quoted name. Sentences of our own, not the bench's."""

from bot.knowledge.public import KnowledgeBase, SourceDocument
from .conftest import first_line

_BAIHE = """政协白禾市委员会社会和法制委员会2021年工作总结

一、主要工作

（一）乡村记忆影像工程

“乡村记忆”影像工程于2018年启动。2021年，摄制组走访村落37个，共拍摄老手艺人41人，剪辑成片62小时，整理解说词18万字。本届以来，“乡村记忆”影像工程累计拍摄老手艺人133人，整理解说词70余万字。

（二）刊物编印

全年编印普法读本4册，共计40万字。4册读本共印刷12000册，分送全市各乡镇和有关单位95个。

（三）法治宣传

全年共收集法治宣传作品218件、约35万字，比上年增加37件（2020年为181件）；其中获奖作品26件。

全年共开展普法宣讲进社区和巡回法庭观摩活动19次，其中普法宣讲11次、巡回法庭观摩8次，参与委员160人次。

十一月三日，委员会组织委员对城区8家养老机构的消防设施进行了冬季检查，督促有关单位整改消防隐患13处。

十二月，委员会组织医卫界委员走进9个社区义诊，现场赠送老花镜1500余副、健康挂图4200余幅。

（四）自身建设

修订委员会议事规则，委员会全年召开全体会议5次、主任会议12次。

二、2022年工作打算

计划开展专题调研2项，分别围绕基层调解组织建设、调解员读本编写和社区矫正工作等课题深入调研，提出务实管用的意见建议。

计划编印普法读本3册，分别是《白禾法治故事》《白禾调解案例选》《白禾民法典问答》。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("白禾", _BAIHE.split("\n", 1)[0], "2021", _BAIHE)], tmp_path)


def test_a_year_named_asks_the_years_figure_not_the_running_total(tmp_path):
    kb = _kb(tmp_path)
    assert "41人" in first_line(kb, "乡村记忆影像工程去年拍摄了多少个老手艺人")
    assert "18万字" in first_line(kb, "2021年影像工程整理了多少万字解说词？")
    assert "133人" in first_line(kb, "影像工程本届以来累计拍摄了多少人？")  # the running total when asked
    assert "70余万字" in first_line(kb, "影像工程本届累计整理解说词多少字")


def test_a_figure_the_question_gives_is_not_its_answer(tmp_path):
    kb = _kb(tmp_path)
    assert "12000册" in first_line(kb, "去年编的4册读本一共印了多少册？")


def test_the_figure_of_the_asked_noun_wins(tmp_path):
    kb = _kb(tmp_path)
    assert "13处" in first_line(kb, "冬季检查督促整改了几处隐患")  # not 8家养老机构
    assert "1500余副" in first_line(kb, "社区义诊送了多少副老花镜？")  # not 4200余幅挂图
    told = first_line(kb, "社区义诊送了多少个老花镜？")
    assert "1500余副" in told and "4200" not in told  # the next item's figure is not joined to it


def test_a_difference_asked_is_answered_by_the_difference(tmp_path):
    kb = _kb(tmp_path)
    assert "37件" in first_line(kb, "法治宣传作品比上年多了多少件")  # not the year's 218件
    assert "218件" in first_line(kb, "法治宣传作品收集了多少件")
    assert "181件" in first_line(kb, "2020年法治宣传作品收集了多少件？")  # (2020年为181件) dates it


def test_a_total_asked_over_several_kinds_is_the_one_before_its_breakdown(tmp_path):
    kb = _kb(tmp_path)
    assert "19次" in first_line(kb, "去年普法宣讲和巡回法庭观摩一共搞了几次")  # not 其中普法宣讲11次
    assert "8次" in first_line(kb, "巡回法庭观摩活动搞了几次")  # one kind named: its own item


def test_each_item_of_an_enumeration_counts_what_it_names(tmp_path):
    kb = _kb(tmp_path)
    assert "4200余幅" in first_line(kb, "社区义诊送了多少幅健康挂图")
    assert "12次" in first_line(kb, "法制委员会主任会议开了多少次")  # not 全体会议5次


def test_a_name_asked_is_told_by_the_sentence_quoting_it(tmp_path):
    kb = _kb(tmp_path)
    answer = kb.answer("今年要编的那本讲调解的读本叫啥")
    assert answer.answered and "白禾调解案例选" in answer.text  # not the 调研 on 调解组织
