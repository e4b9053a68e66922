"""A neighbour of what is asked is declined: which one event has the most asked, kinds of event counted in the
event's own measure (ranked_lists.kind_ranked); one place's count asked, a figure of it and others (…等) told,
people of several kinds counted together, or a sum spent on several uses (among_several.py); what else someone
holds asked, 以及 joining other guests after his post, or what was said asked (讲了什么要求), the meeting told
(deed_told.py); which ones of a kind asked by the kind before the which-word (那3个界别是哪些), none named
(checks.py); how a deed the report never writes is done (怎么收费: question_terms.py); all the members of a group asked, one of the many counted named (members_counted.py).
The questions the report does answer stay answered. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.among_several import one_of_several_told, one_use_of_several
from bot.knowledge.documents import document_from_text
from bot.knowledge.members_counted import one_of_counted_told
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.ranked_lists import kind_ranked

from .conftest import first_line

_REPORT = """政协蕤州市委员会2024年委员会客厅工作总结

一、活动开展

全年共举办客厅活动88场。从活动形式看，座谈活动52场、走访活动21场、网络直播活动15场，累计观看6万人次。

二、协商成果

蕤河区政协在苕园街道蓍塘社区等客厅开展托育专题协商5场，推动新建社区托育点7个。

7月9日，蕤州市政协在蓍塘社区委员会客厅举办“家门口的养老”主题客厅活动，市民政局局长蔺同舟、市卫生健康委员会以及蕤河区政府有关负责同志应邀参加。

9月5日，市政协在蕤州技师学院委员会客厅举办“技能成才”主题客厅活动，参加活动的有市政协委员12名，学生代表、企业人事负责人等37名。

全年市政协机关安排客厅工作经费64万元，主要用于市级客厅运行、委员培训和小程序开发维护。

会后，有关部门推动机关单位向周边居民错时开放停车泊位1200个。居民代表在发言中说，小区里独居老人多，“吃饭难、没人陪”是大家最操心的事。会议要求各区县政协每季度至少举办1场客厅活动。

2024年10月，省政协在蕤州市召开全省基层协商工作推进会，与会人员观摩了蓍塘社区委员会客厅。

三、表彰激励

全年评选表彰“议事之星”优秀委员12名。市政协委员、蓍塘社区党委书记祁雯岚全年组织客厅活动9场，被评为“议事之星”优秀委员。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    return KnowledgeBase([document_from_text("蕤州市委员会客厅工作总结2024.txt", _REPORT)],
                         tmp_path_factory.mktemp("one-of-several"))


@pytest.mark.parametrize("question", [
    "网络直播里哪一场观看人数最多",  # kinds of 场 counted, no one 场 ranked
    "蓍塘社区托育点有几个",  # 蓍塘社区等客厅: the 7 are the district's
    "蔺同舟还兼任什么职务",  # one post told; 以及 joins the other guests
    "议事之星优秀委员的名单都有谁",  # 12 honoured, one named
    "技能成才客厅的学生一共多少人",  # students and company staff counted together
    "客厅工作经费中小程序开发维护用了多少钱",  # the whole sum, spent on three uses
    "客厅工作经费中委员培训花了多少",
    "没办客厅的那3个界别是哪些",  # no sector named (checks._ASKED_CATEGORY, the kind before the which-word)
    "推进会上省政协领导讲了什么要求",  # the meeting told, no 要求 of it (deed_told.py)
    "错时开放的停车泊位怎么收费",  # how a deed the report never writes is done (question_terms.py)
])
def test_neighbour_of_what_is_asked_is_declined(kb: KnowledgeBase, question: str) -> None:
    assert not kb.answer(question).answered, question


@pytest.mark.parametrize(("question", "expected"), [
    ("一共举办了多少场客厅活动", "88"),
    ("蕤河区推动新建了多少个社区托育点", "7"),
    ("祁雯岚组织了几场客厅活动", "9"),
    ("蔺同舟是什么职务", "局长"),
    ("技能成才客厅有多少名市政协委员参加", "12"),
    ("客厅工作经费有多少", "64"),
])
def test_what_the_report_tells_stays_answered(kb: KnowledgeBase, question: str, expected: str) -> None:
    assert expected in first_line(kb, question), question


def test_kinds_counted_in_the_asked_measure_rank_no_one() -> None:
    sentence = "座谈活动52场、走访活动21场、网络直播活动15场"
    assert not kind_ranked("哪1场观看人数最多", sentence)
    assert kind_ranked("哪种活动搞得最多", sentence)


def test_a_place_closing_a_list_is_one_of_several() -> None:
    general = {"社区": 100, "客厅": 50}.get
    shown = "在苕园街道蓍塘社区等客厅开展协商5场,推动新建社区托育点7个。"
    assert one_of_several_told("蓍塘社区托育点有几个", "number", "7个", shown, lambda w: general(w) or 0)
    assert not one_of_several_told("蓍塘社区等客厅开展了几场协商", "number", "5场", shown, lambda w: general(w) or 0)
    assert not one_of_several_told("祁雯岚调研了几个小区", "number", "12个", "祁雯岚等5名委员深入12个小区调研。", lambda w: 0)
    assert not one_of_several_told("蓍塘社区新建了几个托育点", "number", "3个", "蓍塘社区新建托育点3个,苕园街道等地共9个。",
                                   lambda w: general(w) or 0)


def test_one_named_of_many_counted_is_no_list() -> None:
    text = '全年评选表彰"议事之星"优秀委员12名。\n祁雯岚…被评为"议事之星"优秀委员。'
    assert one_of_counted_told("议事之星优秀委员的名单都有谁", "祁雯岚（市政协委员、蓍塘社区党委书记）", text)
    assert not one_of_counted_told("议事之星优秀委员的名单都有谁", "祁雯岚、蔺同舟", text)
    assert not one_of_counted_told("议事之星优秀委员是谁", "祁雯岚", text)


def test_one_use_of_a_sum_spent_on_several() -> None:
    shown = "安排客厅工作经费64万元,主要用于市级客厅运行、委员培训和小程序开发维护。"
    assert one_use_of_several("客厅经费中小程序开发花了多少钱", "number", "64万元", shown)
    assert not one_use_of_several("客厅工作经费有多少", "number", "64万元", shown)
    assert not one_use_of_several("客厅经费主要用于哪些方面", "number", "64万元", shown)


def test_the_kind_asked_before_the_which_word() -> None:
    from bot.knowledge.checks import _ASKED_CATEGORY
    assert "界别" in _ASKED_CATEGORY.search("没办客厅的那3个界别是哪些").groups()
