"""Names minutes write in shapes of their own, whatever the surname (shaped_names.py): a speaker's entry
closing its chain of posts before the brackets or colon, a header line of only a post and its holder, a post and
its holder then what they said.  On made-up minutes of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_MINUTES = """政协蓝湾区委员会“推进社区养老服务”专题协商会纪要

会议时间：二〇二四年五月十日上午
会议地点：区政协机关三楼会议室
主 持 人：区政协副主席　苻雨岑
出　　席：区政协主席　冼沐禾
　　　　　副区长　虢明澈

一、委员发言

（一）区政协委员、蓝湾区第二人民医院副院长郯若兰（医卫界）：推动医养结合。她说，全区养老机构与医疗机构签约率仅为52%。

二、部门回应

区民政局副局长苌远山表示，将在年内新建社区养老服务站12个。

副区长虢明澈在回应时说，区政府将把社区养老纳入年度民生实事。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("lanwan-elderly-care-minutes-2024.txt", _MINUTES)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lanwan-minutes"))


def test_header_line_holder(kb):
    assert "副区长" in first_line(kb, "虢明澈是什么职务")


def test_speaker_entry_name(kb):
    assert "副院长" in first_line(kb, "郯若兰是什么职务")


def test_post_holder_then_said(kb):
    assert "苌远山" in first_line(kb, "区民政局谁做的回应")
    assert "虢明澈" in first_line(kb, "哪位副区长在会上作了回应")


def test_invited_expert_keeps_its_word():
    from bot.knowledge.people import find_people
    people = find_people("(四)特邀专家、蓝湾学院教授苻雨岑:以需求定供给。", {"苻雨岑"})
    assert people[0].role.startswith("特邀专家")


_SPEAKERS = """政协蓝湾区委员会“推进社区养老服务”专题协商会纪要

（一）区政协委员、区妇联副主席郯若兰（妇联界）：推动医养结合。她说，全区养老机构与医疗机构签约率仅为52%。

（二）区政协委员、蓝湾区妇幼保健院副院长冼沐禾：补齐护理人才短板。她说，全区护理员缺口约300人。

（三）区政协委员、恒屿律师事务所主任苌远山（社会法制界）：强化养老机构监管。他说，全区尚有9家机构未完成备案。

（四）特邀专家、蓝湾学院教授苻雨岑：以需求定供给。她说，有入住意愿的老人占23%。

会后，委员工作室开设法律门诊，由苌远山、蒯小禾等律师委员提供咨询。
"""


@pytest.fixture(scope="module")
def speakers(tmp_path_factory):
    document = document_from_text("lanwan-elderly-care-speakers-2024.txt", _SPEAKERS)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lanwan-speakers"))


def test_unit_of_a_short_named_body(speakers):
    assert "区妇联" in first_line(speakers, "郯若兰是哪个单位的")
    assert "妇幼保健院" in first_line(speakers, "冼沐禾是哪个单位的")


def test_law_firm_short_named(speakers):
    assert "恒屿律师事务所" in first_line(speakers, "苌远山是哪家律所的")


def test_sector_one_represents(speakers):
    assert "社会法制界" in first_line(speakers, "苌远山代表哪个界别")


def test_what_capacity_attended(speakers):
    assert "特邀专家" in first_line(speakers, "苻雨岑是以什么身份参会的")


def test_meeting_place_and_count_from_the_header(kb):
    assert "区政协机关三楼会议室" in first_line(kb, "协商会在哪里开的")
    assert "区政协机关三楼会议室" in first_line(kb, "会议地点在哪")


def test_meeting_named_by_its_topic_and_kind(kb):
    assert "区政协机关三楼会议室" in first_line(kb, "养老协商会在哪开的")
    assert not kb.answer("教育协商会在哪开的").answered  # another topic: not this paper's meeting


_HEADER = """政协蓝湾区委员会“推进社区养老服务”专题协商会纪要

政协蓝湾区委员会办公室　　　　　　2024年5月20日

会议时间：二〇二四年五月十日上午
会议地点：区政协机关三楼会议室
主 持 人：区政协副主席　苻雨岑
参　　加：区民政局、区卫健委负责同志，部分区政协委员、养老机构代表，共48人。

5月10日上午，区政协召开专题协商会。

（一）区政协委员、九三学社蓝湾区支社副主委、蓝湾区中心医院主任医师冼沐禾：推动医养结合。她说，全区签约率仅为52%。

（二）区政协委员、农民工代表、蓝湾区养老服务中心主任郯若兰：补齐护理人才短板。她说，全区护理员缺口约300人。
"""


@pytest.fixture(scope="module")
def header(tmp_path_factory):
    document = document_from_text("lanwan-elderly-care-header-2024.txt", _HEADER)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lanwan-header"))


def test_how_many_came_from_the_header(header):
    assert "48人" in first_line(header, "参加协商会的一共多少人")
    assert "48人" in first_line(header, "一共多少人参加了会议")


def test_minutes_issued_on(header):
    assert "2024年5月20日" in first_line(header, "纪要是哪天印发的")


def test_party_in_the_posts_before_a_name(header):
    assert "九三学社" in first_line(header, "冼沐禾是哪个党派的")
    assert not header.answer("郯若兰是哪个党派的").answered  # 农民工 names no party


def test_kindergarten_head_is_a_post(header):
    from bot.knowledge.people import find_people
    people = find_people("(三)区政协委员、蓝湾区苇塘镇中心幼儿园园长苌远山(教育界):推进托幼一体化。", {"苌远山"})
    assert people[0].role.endswith("幼儿园园长")


def test_a_header_line_tells_nothing_said(kb):
    assert not kb.answer("区政协主席冼沐禾在会上讲了些什么").answered  # only 出席:区政协主席冼沐禾


def test_a_firm_of_another_is_no_answer(speakers):
    assert not speakers.answer("蒯小禾是哪家律所的律师").answered  # only 苌远山's firm is named


def test_a_party_named_as_another_subject_is_no_ones_party(tmp_path):
    text = "政协蓝湾区委员会2024年提案工作报告\n\n九三学社蓝湾区支社提出的《关于发展养老服务的提案》得到区委统战部部长苻雨岑批示肯定。\n"
    kb = KnowledgeBase([document_from_text("lanwan-proposals-2024.txt", text)], tmp_path)
    assert "苻雨岑：九三学社" not in kb.answer("苻雨岑是哪个党派的").text  # (party_answer reads no post of hers)


_PLAN_PAPER = """政协蓝湾区委员会文件

蓝政协发〔2023〕2号

关于印发《政协蓝湾区委员会2023年度协商工作计划》的通知

各专门委员会、各界别活动组：

2022年，区政协共开展各类协商活动26场，提出意见建议118条。

2023年计划开展专题协商会4场，由社会和法制委员会牵头。
"""


@pytest.fixture(scope="module")
def plan_paper(tmp_path_factory):
    document = document_from_text("lanwan-consultation-plan-2023.txt", _PLAN_PAPER)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lanwan-plan"))


def test_red_header_paper_title_is_its_notice(plan_paper):
    assert plan_paper.documents[0].title == "关于印发《政协蓝湾区委员会2023年度协商工作计划》的通知"


def test_plan_of_its_own_year_reviews_the_year_before(plan_paper):
    assert "26场" in first_line(plan_paper, "去年开展了多少场协商活动")
    assert "2022年" in first_line(plan_paper, "去年开展了多少场协商活动")
    assert "4场" in first_line(plan_paper, "今年计划开几场专题协商会")
