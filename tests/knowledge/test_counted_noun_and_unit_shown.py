"""What an amount counts, shown as the document writes it: a one-character noun the question joins to its
measure word or to a neighbour (几个镇, 多少个区镇, 几个活动组) after the amount, and a second measure word
written in brackets after the amount's own (报道56篇（期）). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协栎阳市委员会2022年履职工作报告

一、基层协商

2022年，市政协把“栎阳议事会”延伸到全部15个区镇，共建成议事点48个，全年开展议事活动620场。

由社会和法制委员会牵头完成的调研报告，推动全市在7个镇全面建成矛盾纠纷调处中心。

界别按照就近就便的原则，以镇为单元设立5个界别活动组，每组配备联络员1名。

二、宣传工作

与栎阳日报社合作开设“委员在行动”专栏，全年刊发、播出履职报道48篇（期），市政协微信公众号推送信息310条。

2023年，专栏计划刊发报道60篇（期）以上。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("liyang.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("liyang"))


@pytest.mark.parametrize("question, expected", [
    ("全市多少个镇建成了矛盾纠纷调处中心", "答：7个镇"),  # 镇 joined to the measure word 个
    ("议事会延伸到了多少个区镇", "答：15个区镇"),  # 区 and 镇, each one character, as the question joins them
    ("界别设了几个活动组", "答：5个界别活动组"),  # 组 after 活动, as the question writes 活动组
])
def test_a_one_character_noun_the_question_joins_is_shown(kb, question, expected):
    assert first_line(kb, question).startswith(expected)


def test_a_measure_word_in_brackets_is_part_of_the_count(kb):
    assert first_line(kb, "专栏刊发播出了多少篇报道").startswith("答：48篇（期）")


def test_a_bound_after_the_bracketed_measure_word_is_kept(kb):
    assert first_line(kb, "2023年专栏计划发多少篇报道").startswith("答：60篇（期）以上")
