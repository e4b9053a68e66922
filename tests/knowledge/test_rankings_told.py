"""Which one has the most or the least, as a report tells it in words: a member's count 为全区委员中最多, an item
是提交提案最少的界别, a party's 数量最多 after 各民主党派中, one 居全体委员首位 of two figures, the one named after
报送量最多的是 — however common the question's only search word is (提案 in a 提案 report, 信息 in a 社情民意 one),
and not by a sentence ranking another thing (提交提案最多的是… for 报送信息最多). On made-up reports."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.ranked_lists import ranks_other, told_top

from .conftest import first_line

_PROPOSALS = """政协砚汀区委员会关于提案工作情况的报告

——2023年1月10日在政协砚汀区第八届委员会第二次会议上

各位委员：

一、提案提交情况

一年来，区政协共收到提案318件，经审查立案291件。

在立案的291件提案中，委员个人提案250件，集体提案41件。各民主党派中，民革砚汀区支部提交9件，数量最多；民进砚汀区支部提交6件，农工党砚汀区支部提交4件，致公党砚汀区支部提交2件，数量最少。

从提案人情况看，全区214名区政协委员中，有188名委员提交了提案。其中，有12名委员全年提交提案5件以上，邝明远委员提交提案11件，为全区委员中最多。从界别分布看，科技界别提交提案47件，是提交提案最多的界别；文艺界别39件，体育界别22件；侨联界别提交4件，是提交提案最少的界别。

从内容看，经济建设类98件，社会事业类121件，城乡建设类52件，社会事业类提案数量最多。

二、提案办理情况

承办提案最多的是区交通运输局，共承办主办提案29件。
"""

_OPINIONS = """政协澄岚市委员会办公室关于2022年度社情民意信息工作情况的通报

一、总体情况

全年收到社情民意信息1120篇，向省政协报送信息380条。

二、委员报送

提交提案最多的是文艺界委员蓝一舟，全年提交8件。

全年有164名委员报送了信息，报送10篇以上的委员有21名。报送量最多的是乔慕云委员，全年报送37篇，被省政协采用5条。
"""


@pytest.fixture(scope="module")
def proposals(tmp_path_factory):
    return KnowledgeBase([document_from_text("yanting-proposals.txt", _PROPOSALS)], tmp_path_factory.mktemp("yanting_rank"))


@pytest.fixture(scope="module")
def opinions(tmp_path_factory):
    return KnowledgeBase([document_from_text("chenglan-opinions.txt", _OPINIONS)], tmp_path_factory.mktemp("chenglan_rank"))


@pytest.mark.parametrize("question, answer", [
    ("哪个委员提案最多", "邝明远"), ("哪位委员提交的提案最多", "邝明远"),
    ("提案最少的是哪个界别", "侨联界别"), ("哪个界别提案最多", "科技界别"),
    ("哪个党派提案最多", "民革砚汀区支部"), ("哪个党派提的最少", "致公党砚汀区支部"),
    ("承办提案最多的是哪个单位", "区交通运输局"), ("哪一类提案数量最多", "社会事业类"),
])
def test_the_one_told_to_have_the_most_or_least_answers(proposals, question, answer):
    assert first_line(proposals, question).startswith("答：" + answer)


def test_the_one_named_as_reporting_the_most_answers_though_every_paragraph_tells_of_reports(opinions):
    assert first_line(opinions, "谁报的信息最多").startswith("答：乔慕云")


def test_a_ranking_of_another_thing_is_not_the_one_asked():
    asked = "报送社情民意最多的委员是谁"
    assert told_top(asked, "提交提案最多的是文艺界委员蓝一舟,全年提交8件。") == ""
    assert ranks_other(asked, "提交提案最多的是文艺界委员蓝一舟,全年提交8件。")
    assert told_top(asked, "报送量最多的是乔慕云委员,全年报送37篇。") == "乔慕云委员"
    assert not ranks_other(asked, "报送量最多的是乔慕云委员,全年报送37篇。")


def test_the_kind_a_ranking_tells_must_be_the_one_asked():
    sentence = "其中,有12名委员全年提交提案5件以上,邝明远委员提交提案11件,为全区委员中最多。"
    assert told_top("哪个委员提案最多", sentence) == "邝明远委员，11件"
    assert told_top("哪个界别提案最多", sentence) == ""
    assert told_top("哪个委员提案最少", sentence) == ""
    parties = "各民主党派中,民革砚汀区支部提交9件,数量最多;民进砚汀区支部提交6件。"
    assert told_top("哪个党派提案最多", parties) == "民革砚汀区支部，9件"
    assert told_top("哪个委员提案最多", parties) == ""  # no 委员 named before its 数量最多
    first = "文艺界委员施若兰全年报送信息29条、被采用11条,报送量和采用量均居全体委员首位。"
    assert told_top("报送信息最多的委员是谁", first).endswith("29条")
    assert told_top("报送信息最多的界别是哪个", first) == ""
    assert told_top("哪个党派提案最多", "报送量最多的是乔慕云委员,全年报送37篇。") == ""  # a member, no party
