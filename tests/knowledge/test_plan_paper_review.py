"""A plan paper's review and rules (round forty-two): a committee's own paper tells of it in every sentence
(市政协一共搞了多少场 → 全年组织开展各类协商活动36场), a sentence opening on the whole year tells its totals,
a name's own span of years dates no figure after it, a plan named in a list of papers is no plan word, the
rules and guiding ideas of a plan paper plan its year (paper_plans.py), and an outcome noun counted or only
named asks no result; a post's qualifier (常务) is no name, the foot of a paper dated with 印发 signs it, and a
part of a whole asked (总时长的多少) is answered by a fraction, a day of the week asked by one, and the plan's
making (…起，…征集; 确定2025年度协商议题20项) answers as a deed done; a figure per occasion asked (每次) is
answered by one, not by the sum over the occasions; a plan's item marked (已完成) tells what was done; a past
year asked is not answered by the paper's rules; 议了哪些题目 asks the topics, no quoted title; a grade's floor (Ⅱ类以上) is part of it. On a paper of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.frames import DocFrame, figure_year, question_mode
from bot.knowledge.paper_plans import paper_plans
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.titles import topics_listed

_PAPER = """政协蓿州市委员会2025年度协商工作计划

（2025年1月20日政协蓿州市第九届委员会第十次主席会议讨论通过）

一、指导思想

2025年是“十四五”规划收官之年，是蓿州市政协成立45周年。市政协协商工作要聚焦中心、服务大局。

二、2024年协商工作回顾

2024年，市政协认真落实年度协商工作计划，协商质量有新的提升。全年组织开展各类协商活动36场，其中：年度协商计划确定的25项议题全部完成，联合县（区）政协开展联动协商9场。全年形成协商报告21份，其中以建议案形式报送市委3件；提出意见建议305条，被采纳吸收212条。

（一）专题议政性常委会议聚焦大局。5月，围绕“加快内河港口建设”开展协商，市政府据此出台了《蓿州市内河港口发展三年行动方案（2024—2026年）》；9月，围绕“湖泊生态修复”开展协商，推动有关部门清理违规网箱养殖点54个，湖区3个监测断面水质全部达到Ⅱ类以上。

（二）全体会议协商有序开展。2024年1月，市政协九届二次会议期间，委员们围绕国民经济和社会发展计划、财政预算报告开展讨论，提出意见建议97条。

（三）读书会常态运行。全年举办委员读书会6次，议题分别为乡村振兴、城市更新、文化传承。6次读书会共邀请委员75人次参加。

（五）提案办理协商扎实有效。全年开展提案办理协商5场，市政协主席、副主席督办重点提案12件。市委书记对市政协协商成果作出批示7次。

（四）市委交办议题及时完成。10月围绕“防汛救灾”开展协商，提出建议12条。

三、2025年协商议题安排

2024年11月起，市政协办公室广泛征集协商议题，共收到议题建议120条。经主席会议研究，确定2025年度协商议题20项。

1.全体会议协商。市政协九届三次会议于2025年1月6日至9日召开，会议期间共收到提案300件，安排大会发言18篇，召开联组协商会3场。时间：1月（已完成）。

委员读书会原则上安排在每月第一周的星期三下午举行，每次邀请委员10名左右参加。

四、工作要求

（一）提高协商能力。全年举办委员协商能力培训班3期，每期安排专题课程不少于1次。

（二）加强宣传报道。继续办好“蓿州议事厅”电视栏目，全年播出不少于6期。

（三）抓好成果转化。年底前，选取不少于4项协商成果开展“回头看”。

（五）深化前期调研。每项议题的调研时间一般不少于1个月，专题议政性常委会议议题的调研时间不少于2个月。

（四）提高协商质量。个人发言一般不超过8分钟，互动交流时间不少于会议总时长的四分之一。提案办理协商由常务副主席隗明远领衔。

政协蓿州市委员会办公室
二〇二五年二月十日印发
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("suzhou-plan-2025.txt", _PAPER)
    return KnowledgeBase([document], tmp_path_factory.mktemp("suzhou-plan"))


def _first(kb, question: str) -> str:  # noqa: ANN001
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n")[0]


def test_the_noun_counted_before_an_amount_is_read_closely(kb):
    assert "36场" in _first(kb, "去年市政协一共搞了多少场协商活动？")


def test_a_sentence_opening_on_the_whole_year_tells_its_totals(kb):
    assert "305条" in _first(kb, "去年一共提了多少条意见建议")


def test_a_names_own_years_date_no_figure_after_it(kb):
    assert "54个" in _first(kb, "去年推动清理了多少个违规网箱养殖点")
    frame = DocFrame(year=2024, frame_year=2025, places=("某",), level="市")
    sentence = '5月,市政府出台了"某市发展3年行动方案(2024-2026年)";9月,推动清理养殖点54个。'
    assert figure_year(frame, "二、2024年协商工作回顾", sentence, "54个") == 2024


def test_a_plan_named_in_a_list_of_papers_is_no_plan_word(kb):
    assert "97条" in _first(kb, "九届二次会议期间委员提了多少条意见建议")


def test_a_plan_papers_rules_plan_its_year(kb):
    assert _first(kb, "今年委员协商能力培训班办几期").startswith("答：3期（2025年）")
    assert "6期" in _first(kb, "今年蓿州议事厅至少播几期")
    assert "45周年" in _first(kb, "2025年蓿州市政协成立多少周年")


def test_paper_plans():
    paper = DocFrame(year=2024, frame_year=2025, places=("某",), level="市", plan_paper=True, reviews=True)
    assert paper_plans(paper, "三、工作要求", "全年举办培训班3期。")
    assert not paper_plans(paper, "二、2024年协商工作回顾", "全年组织开展各类协商活动36场。")
    assert not paper_plans(paper, "三、2025年协商议题安排", "2024年11月起,市政协办公室广泛征集协商议题。")
    report = DocFrame(year=2024, frame_year=2025, places=("某",), level="市")
    assert not paper_plans(report, "三、工作要求", "全年举办培训班3期。")
    # A plan paper with no review apart (某市政协2025年学习安排, a short notice telling what was done): its
    # sections tell nothing by themselves; its plans carry their own words.
    unreviewed = DocFrame(year=2024, frame_year=2025, places=("某",), level="市", plan_paper=True)
    assert not paper_plans(unreviewed, "委员读书活动", "2025年,市政协组织委员读书活动15次。")


def test_an_outcome_noun_counted_or_named_asks_no_result():
    assert question_mode("年底回头看要选几项协商成果") is None
    assert question_mode("领导批示过的成果承办单位多久内书面反馈") is None
    assert question_mode("取得了哪些成果") == "results"
    assert question_mode("协商成果有哪些") == "results"
    assert question_mode("效果如何") == "results"
    assert question_mode("推进会中期评估结果咋样") == "results"


def test_a_posts_qualifier_is_no_name(kb):
    assert "常务副主席" in _first(kb, "隗明远是什么职务")


def test_the_foot_of_a_plan_paper_signs_and_dates_it(kb):
    assert "政协蓿州市委员会办公室" in _first(kb, "这份计划是哪个单位印发的")
    assert _first(kb, "文件落款印发日期是哪天") == "答：二〇二五年二月十日"


def test_a_part_of_a_whole_is_answered_by_a_fraction(kb):
    assert "四分之一" in _first(kb, "互动交流时间不少于会议总时长的多少")


def test_a_day_of_the_week_asked_is_answered_by_one(kb):
    assert _first(kb, "委员读书会一般星期几举行").startswith("答：星期三下午")


def test_the_plans_making_answers_as_a_deed_done(kb):
    assert "20项" in _first(kb, "今年一共确定了几项协商议题")


def test_a_figure_per_occasion_is_answered_by_one_not_the_sum(kb):
    assert "10名左右" in _first(kb, "读书会每次请多少委员")


def test_a_plans_item_marked_done_tells_what_was_done(kb):
    assert "3场" in _first(kb, "九届三次会议开了几场联组协商会")
    assert "18篇" in _first(kb, "九届三次会议安排了几篇大会发言")


def test_a_past_year_asked_is_not_answered_by_the_papers_rules(kb):
    assert "湖泊生态修复" in _first(kb, "去年九月份常委会议的议题是啥")


def test_the_topics_discussed_are_listed_not_quoted(kb):
    assert "乡村振兴、城市更新、文化传承" in _first(kb, "去年读书会都议了哪些题目")


def test_a_grades_floor_is_part_of_it(kb):
    assert _first(kb, "湖区断面水质去年达到几类").startswith("答：Ⅱ类以上")


def test_topics_listed():
    assert topics_listed("全年召开座谈会3次,议题分别为甲事、乙事、丙事。")
    assert not topics_listed("(2)网络议政;")
