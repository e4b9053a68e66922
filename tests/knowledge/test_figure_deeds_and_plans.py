"""Which figure answers, by what the question says of the thing counted: the deed a count is of
(被采纳, 拿到批示, 整改到位) told in the figure's clause, a 其中 part naming that deed; a deed
after the counted noun (多少家企业参加) is no noun; a list's item naming more of the question
than the list's topic item; the plan and the result of one sentence told apart by the year each
clause names and by an outcome clause led by a time; visits (人次) not answered by people (名);
and never a figure the question itself gives. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协汀洲市委员会常务委员会工作报告

——2021年1月12日在政协汀洲市第九届委员会第四次会议上

一、2020年工作回顾

分两期举办委员履职能力培训班，共培训委员208名，届中增补的委员实现培训全覆盖。
全年开展视察12次，完成专题调研18项，形成调研报告和建议案24份，其中7份获得市委、市政府主要领导批示。
开展网络议政，征集委员和网民意见建议830余条，经梳理后形成的综合报告已报送市委、市政府。
四次专题协商会上，共有41名委员作了发言，提出意见建议137条。
全年共收到社情民意信息912条；编发《汀洲社情民意》96期；向省政协报送信息74条，其中被全国政协采用3条、被省政协采用19条。
专项监督全年共组织委员90余人次参加，发现问题52个，提出监督意见28条；截至年底，已整改到位44个，其余问题均已明确整改时限。
组织委员企业家开展“万企兴万村”活动，38家委员企业与41个村结对，投入帮扶资金1,260万元。
在街道和园区建成“委员之家”9个，每个安排不少于8名委员轮流值班，倾听群众意见。
据市住建局通报，2020年全市计划加装电梯120部，实际完成134部。
开展提案办理“回头看”，对已答复的29件提案的落实情况进行跟踪。
全年共开展协商活动31场，比上年增加6场；采纳率由2019年的58%提高到2020年的66%。
立案提案已全部办复，其中所提问题已经解决的88件，占60%；列入计划逐步解决的41件，占28%。
老旧街区改造协商的成果，推动市政府将全市146个老旧街区纳入三年改造计划，2020年已完成改造51个，计划2021年再改造57个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    doc = SourceDocument("tingzhou.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([doc], tmp_path_factory.mktemp("deeds"))


def test_the_deed_asked_is_the_one_the_figure_tells(kb):
    assert first_line(kb, "调研报告和建议案有几份拿到市委市政府主要领导批示").startswith("答：7份")
    assert first_line(kb, "形成了多少份调研报告和建议案").startswith("答：24份")
    assert first_line(kb, "专项监督发现的问题已经整改到位几个").startswith("答：44个")
    # Those collected are not those adopted, and the 137条 the question gives is no answer.
    assert kb.answer("网络议政征集的建议被采纳了多少条").answered is False
    assert kb.answer("专题协商会提的137条建议采纳了多少条").answered is False


def test_a_deed_after_the_counted_noun_is_no_noun(kb):
    assert first_line(kb, "万企兴万村有多少家委员企业参加").startswith("答：38家")


def test_an_item_naming_more_of_the_question_tells_its_own_figure(kb):
    assert first_line(kb, "社情民意被省政协采用多少条").startswith("答：19条")
    assert first_line(kb, "去年收到社情民意信息多少条").startswith("答：912条")


def test_plan_and_result_of_one_sentence(kb):
    assert first_line(kb, "今年计划再改造多少个老旧街区").startswith("答：57个")
    assert first_line(kb, "老旧街区去年改造完成了多少个").startswith("答：51个")
    assert first_line(kb, "多少个老旧街区纳入三年改造计划").startswith("答：146个")


def test_visits_are_not_answered_by_people(kb):
    assert kb.answer("委员之家去年接待群众多少人次").answered is False
    assert first_line(kb, "专项监督组织委员参加了多少人次").startswith("答：90余人次")


def test_one_year_for_a_whole_sentence_tells_its_figures_apart_by_none(kb):
    assert first_line(kb, "去年加装电梯完成了多少部").startswith("答：134部")
    assert first_line(kb, "去年计划加装电梯多少部").startswith("答：120部")
    # Years told of figures of another unit (a rate) tell nothing of these.
    assert first_line(kb, "2020年共开展协商活动多少场").startswith("答：31场")
    # 列入计划逐步解决 is a category a plan word names, not a plan put into.
    assert first_line(kb, "列入计划逐步解决的提案多少件").startswith("答：41件")
    # Of the year the report is read in only a plan is told: nothing done yet.
    assert kb.answer("老旧街区今年实际改造完成了几个").answered is False


def test_a_deed_after_the_counted_noun_must_be_told(kb):
    assert kb.answer("回头看以后有多少件提案得到解决").answered is False


def test_a_deed_told_done_after_the_figure_counts_no_figure(kb):
    # 培训委员208名，届中增补的委员…: those trained, not those added.
    assert kb.answer("去年届中增补了多少名委员").answered is False
    assert first_line(kb, "去年培训了多少名委员").startswith("答：208名")
