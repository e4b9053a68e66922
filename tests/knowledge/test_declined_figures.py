"""Answerable figures once declined or answered with another figure (a reading report of our own):
points summed in words (累计达三千一百六十分, normalize.py; not a rule's points, score_rules.py), a title given by
题为 beside the event's own quoted name (name_quoted.py), topics quoted after the event asked (quoted_part.py),
people asked with no measure (听众有多少, people_asked.py), a part after a comparison clause (other_set_part.py),
a sum asked and one person's or one unit's figure told (one_person_count.py), one item of a list whose sum
is told before its breakdown (doubted_next.py), a weekday asked after 每 (每周几: dated_next.py), and no past year's deed shown
first beside this year's plan asked (answer.py), and a place shown as written (澗, not the 涧 it was read as:
rendering.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.quoted_part import figure_of_other_part

from .conftest import first_line

_REPORT = """政协栎岚县委员会关于2023年度委员读书活动的总结

一、总体情况

2023年，委员提交读书心得980篇，比上年的760篇增长28.9%，其中121篇被《栎岚政协》季刊选登。每提交1篇读书心得计1分，每承担1次领读计2分，全年委员读书积分累计达三千一百六十分。

二、主要做法

1. 2023年6月5日，邀请省社科院研究员芮子衿作客“蒹葭讲堂”，作题为《新时代基层协商的实践路径》的专题辅导，委员九十余人参加。

2. 与县图书馆联合举办“蒹葭讲堂”4期；先后邀请专家学者主讲《苕溪湾的渔歌》《白蘋洲旧事》等专题，线上线下听众累计九百余人次；8月份组织委员参加市级读书交流1次。

3. 2023年9月，委员在莼湖镇澗樾社区开展“葳蕤书声”宣讲4场，听众二百六十余人次。

4. 深入开展读书进基层活动17场。其中，进乡镇7场、进社区5场、进学校3场、进企业2场。

5. 线上平台坚持每周二荐书、每周四导读、每周六交流，全年日均在线委员54人。

6. 精选委员优秀读书心得60篇，编印《葳蕤文丛——2023年委员读书心得选编》，发放至全体委员。

三、表彰

“青萍之星”仇晓棠全年提交读书心得58篇，居全县委员首位。

四、2024年工作打算

提交读书心得不少于1000篇，编印《葳蕤文丛》第二辑。

政协栎岚县委员会
2024年1月12日
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("lilan-county-reading-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lilan-reading"))


def test_points_in_words_summed_not_a_rules_points(kb):
    assert normalize_text("累计达三千一百六十分") == "累计达3160分"
    assert normalize_text("十分重要，十二分的努力，三分之一，一分为二") == "十分重要,十二分的努力,三分之一,一分为二"
    assert "三千一百六十分" in first_line(kb, "全年委员读书积分累计多少分")


def test_title_given_by_a_naming_word(kb):
    assert "新时代基层协商的实践路径" in first_line(kb, "6月5日蒹葭讲堂专题辅导题目是什么")


def test_topics_quoted_after_the_event_asked_are_no_other_event(kb):
    assert "九百余人次" in first_line(kb, "蒹葭讲堂听众累计多少人次")
    parts = '召开"稻香议事"专题协商会,提出建议46条;召开"竹林对话"专题协商会,提出建议30条'
    assert figure_of_other_part("稻香议事协商会提了多少条建议", parts, "30条")


def test_listeners_asked_with_no_measure(kb):
    assert "二百六十余人次" in first_line(kb, "葳蕤书声宣讲听众有多少")


def test_part_after_a_comparison_clause(kb):
    assert "121篇" in first_line(kb, "有多少篇心得被季刊选登了")


def test_sum_asked_not_one_persons_nor_a_rules_unit(kb):
    assert "980篇" in first_line(kb, "委员一共交了多少篇读书心得")


def test_one_item_after_the_lists_sum(kb):
    assert "7场" in first_line(kb, "进乡镇活动几场")


def test_weekday_asked_is_no_count(kb):
    assert first_line(kb, "平台每周几导读").startswith("答：每周四")


def test_this_years_plan_asked_leads_alone(kb):
    line = first_line(kb, "今年要编印什么")
    assert "第二辑" in line and "60篇" not in line


def test_place_shown_as_written(kb):
    assert "莼湖镇澗樾社区" in first_line(kb, "葳蕤书声宣讲在哪个社区搞的")
