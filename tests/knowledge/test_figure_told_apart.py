"""Which of a sentence's figures answers, when the sentence tells several of one measure word:

- asked how much more (比上年多了几件), the difference in a clause of its own (遴选重点提案15件，由主席
  领衔督办，比上年增加3件) answers, read as near the question as the level it changes;
- asked how many of a thing named after the measure word (多少个行政村), the amount written with that
  very noun (43个行政村) answers, not one written with another (11个乡镇);
- a growth rate (比上年增长11.3%) changes the amount of its own statement, not the next one's;
- asked how many of a thing built (议事厅几个), the amount of all built (共建成议事厅71个) answers;
- asked the previous term's figure (上届委员多少人), the base after 比上届的 answers, not the current one.

On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.noun_after import other_noun
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """雾川市政协2021年工作报告

一年来，雾川市政协在中共雾川市委的坚强领导下，围绕雾川中心工作履职尽责。

市政协遴选重点提案15件，由主席、副主席领衔督办，比上年增加3件。

坚持开展“亲清茶叙”政企恳谈会，全年举办11场，比上年增加4场，先后邀请部门负责同志参加43人次。

调研组走访11个乡镇（街道）、43个行政村，形成雾川供水调研报告。

雾川市政协现有委员31名，比上届（第五届）的27名增加4名。

全年共收到社情民意信息846篇，比上年增长11.3%；编报《雾川社情民意》专报215篇，比上年增加29篇。

市政协将“雾川议事厅”延伸到全部15个区镇，共建成议事厅71个。

雾川调研组走访的45家中，规模以上工业企业占六成；另向8家企业发放问卷。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("wuchuan.txt", _REPORT)], tmp_path_factory.mktemp("wuchuan"))


@pytest.mark.parametrize("question, answer", [("重点提案比上年多了几件", "3件"), ("亲清茶叙比上年多几场", "4场"),
                                              ("委员比上届多了几名", "4名")])
def test_the_difference_answers_how_much_more(kb, question, answer):
    line = first_line(kb, question)
    assert line.startswith("答：") and answer in line and "15件" not in line and "11场" not in line


@pytest.mark.parametrize("question, answer", [("重点提案有多少件", "15件"), ("亲清茶叙全年举办了几场", "11场")])
def test_the_level_still_answers_how_many(kb, question, answer):
    assert first_line(kb, question).startswith("答：" + answer)


def test_the_noun_after_the_measure_word_picks_the_amount(kb):
    assert first_line(kb, "调研走访了多少个行政村").startswith("答：43个")


def test_the_previous_terms_figure_is_the_base(kb):
    assert first_line(kb, "上届委员多少人").startswith("答：27名")
    assert first_line(kb, "现有委员多少人").startswith("答：31名")


def test_a_growth_rate_changes_its_own_statements_amount(kb):
    assert first_line(kb, "社情民意信息比上年增长多少").startswith("答：11.3%")


def test_the_amount_of_all_built_answers(kb):
    assert first_line(kb, "议事厅几个").startswith("答：71个")


def test_an_amount_in_another_clause_is_no_other_noun():
    # 多少件提案: 288件 is followed by 中, not by another noun of one enumeration with 19件提案.
    sentence = "市直部门办理的288件中已解决的占61.2%；驻雾单位办理的19件提案均已按期办复。"
    amounts = find_quantities(sentence)
    first = next(x for x in amounts if x.text == "288件")
    assert not other_noun("市直部门办理了多少件提案", sentence, first, amounts)
    listed = "走访11个乡镇(街道)、43个行政村,形成报告。"
    amounts = find_quantities(listed)
    assert other_noun("走访了多少个行政村", listed, amounts[0], amounts)
    assert not other_noun("走访了多少个行政村", listed, amounts[1], amounts)
