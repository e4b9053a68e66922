"""A report tells a year's figures and, in a look back over the term, running totals of the same
things (本届以来，…累计召开协商会7次，评选表彰优秀提案41件): a question saying 本届以来 / 累计 takes
the total its own clause counts, one naming a year the year's figure. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.segment import load_lexicon

from .conftest import first_line

_REPORT = """政协白沙县委员会常务委员会关于七届三次会议以来提案工作情况的报告

——2021年1月12日在政协白沙县第七届委员会第四次会议上

一、2020年提案工作

县政协现有委员168名，分属21个界别。七届三次会议以来，县政协共收到提案205件，经审查立案186件，立案率为90.7%，立案数比上年增加12件，其中集体提案27件、委员个人提案159件。经主席会议研究，遴选出9件重点提案，由县领导领衔督办。从办理结果看，所提问题已经解决或采纳的（A类）101件，列入计划逐步解决的（B类）63件。立案提案全部按期答复，按时答复率为97.8%。提案人对办理结果满意和基本满意率为96.4%，比上年提高1.5个百分点。

全年共召开提案办理协商会4次，听取承办单位办理情况通报。经委员推荐、主席会议审定，评选出2020年度优秀提案十五件、提案办理先进单位8个。

二、本届以来提案工作回顾

七届一次会议以来，县政协共收到提案612件，立案548件。本届以来，共有402件提案所提问题得到解决或列入计划逐步解决，累计召开提案办理协商会7次，评选表彰优秀提案41件。本届以来，累计确定重点提案26件，由县领导领衔督办；集体提案累计达到83件，占立案总数的比重逐年上升；委员参与提交提案的比例由本届初的70.2%提高到目前的81.5%。本届以来，县政协累计培训委员一千二百余人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("baisha.txt", _REPORT.split("\n", 1)[0], "2020", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("baisha"))


def test_a_clause_after_a_proposal_outcome_told_with_a_plan_word_is_no_plan(kb):
    # 列入计划逐步解决 tells what became of proposals; the 累计 clause after it tells what was done.
    assert first_line(kb, "本届以来累计开了几次提案办理协商会？") == "答：7次（累计，截至2020年）"
    assert first_line(kb, "本届以来表彰了多少件优秀提案") == "答：41件（累计，截至2020年）"


def test_the_total_counting_the_asked_noun_not_the_one_beside_its_adverb(kb):
    # 累计 before 多少 is how the amount is summed; 重点提案 is what it counts (not 集体提案累计达到83件).
    assert first_line(kb, "本届以来重点提案累计多少件") == "答：26件（累计，截至2020年）"
    assert first_line(kb, "本届以来集体提案累计多少件？") == "答：83件（累计，截至2020年）"
    # 本届以来 opens the sentence and governs each item of its list, not only the first.
    assert first_line(kb, "本届以来集体提案有多少件") == "答：83件（累计，截至2020年）"
    assert first_line(kb, "去年集体提案有多少件").startswith("答：集体提案27件")


def test_a_year_asked_takes_the_years_figure(kb):
    assert first_line(kb, "2020年遴选了多少件重点提案").startswith("答：9件")
    assert first_line(kb, "去年召开了几次提案办理协商会").startswith("答：4次")
    # 评出 is how a member says the report's 评选出.
    assert first_line(kb, "2020年度评出了多少件优秀提案").startswith("答：十五件（15件")


def test_a_members_word_for_selecting_is_the_reports():
    assert "评选" in load_lexicon().equivalents("评出")  # 评出了多少件优秀提案 → 评选出…优秀提案二十件


def test_a_kind_no_total_is_told_of_is_declined(kb):
    assert first_line(kb, "A类提案有多少件").startswith("答：101件")
    # The term's totals count 重点提案 and 集体提案, none the A类: not answered by another kind's total.
    assert kb.answer("本届以来A类提案累计多少件").answered is False


def test_a_change_on_the_year_before_is_never_answered_by_the_level(kb):
    assert first_line(kb, "满意率比上年提高了多少").startswith("答：1.5个百分点")
    # The report gives the rate of 2020 alone, no change: its level does not say how much it rose.
    assert kb.answer("2020年按时答复率比上年提高了多少？").answered is False
    # A change told of another measure in the sentence (立案数比上年增加12件) is not the rate's.
    assert kb.answer("立案率比上年提高了多少").answered is False
    assert first_line(kb, "立案数比上年增加了多少件").startswith("答：增加12件")


def test_the_term_so_far_is_since_its_first_session(kb):
    # 本届以来 asked, 七届一次会议以来 told (the report delivered at the fourth session): the term's totals.
    assert first_line(kb, "本届以来一共收到多少件提案") == "答：612件（累计，截至2020年）"
    # Each clause of totals counts its own thing: not 累计确定重点提案26件 of a sentence naming 立案 elsewhere.
    assert first_line(kb, "本届以来累计立案多少件") == "答：立案548件（累计，截至2020年）"


def test_a_running_total_asked_is_not_answered_by_one_years_figure(kb):
    assert kb.answer("本届以来提案办理满意率是多少？").answered is False  # only 2020's 96.4% is told
    # 本届 naming the term's members asks how many there are, no total of years.
    assert first_line(kb, "本届委员分属几个界别").startswith("答：21个界别")


def test_a_sessions_label_gives_no_amount(kb):
    # The 7 of 七届一次会议以来 is no figure the question starts from: the 7次 told is what it asks.
    assert first_line(kb, "七届一次会议以来召开了多少次提案办理协商会") == "答：7次（累计，截至2020年）"


def test_a_total_written_in_chinese_numerals_is_labelled_a_total(kb):
    assert first_line(kb, "本届以来累计培训委员多少人次") == "答：一千二百余人次（1200余人次，累计，截至2020年）"


def test_solved_or_put_into_a_plan_is_an_outcome(kb):
    # 得到解决或列入计划逐步解决 tells what became of the proposals, no plan; and the 累计 clause after it is
    # no outcome of a plan either, so the 402件 does not lose to the 41件 told there.
    assert first_line(kb, "本届以来有多少件提案的问题得到解决或列入计划") == "答：402件提案（累计，截至2020年）"
    assert first_line(kb, "本届以来有多少件提案的问题得到了解决") == "答：402件提案（累计，截至2020年）"


def test_a_rate_told_since_the_term_began_is_a_level_not_a_total(kb):
    assert first_line(kb, "本届以来委员提交提案的比例提高到多少") == "答：81.5%（2020年）"
