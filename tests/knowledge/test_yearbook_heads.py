"""A yearbook's ways of writing who leads: a body's head in brackets after its name (某区政协（主席某某）),
whatever the post, is that body's and not the report's own; a roster of leaders, each post with its colon
(主席：甲；副主席：乙、丙、丁；秘书长：戊), gives every holder listed, and a question asking them all
(第九届市政协副主席都有谁) is answered with the whole list.  Rare surnames (戢, 蒉) are read as names.
On a made-up yearbook chapter."""

from __future__ import annotations

import pytest

from bot.knowledge.people import find_people, find_person_names
from bot.knowledge.public import KnowledgeBase, SourceDocument

_REPORT = """荻原年鉴（2021）

中国人民政治协商会议荻原市委员会

（本部类记述2020年1月1日至12月31日政协荻原市委员会工作情况）

【概况】2020年，政协荻原市委员会有委员286名。

【县区政协工作】全市有苈塘区、茈溪县2个县区政协。苈塘区政协（主席戢远舟）围绕“老旧小区改造”开展专题协商；茈溪县政协（主席戢晚晴）组织委员开展视察，提出建议12条。

【机关建设】秘书长邴清远负责机关日常工作，副秘书长蒉思齐协助分管办公室工作。

【政协荻原市第九届委员会领导成员】主席：栾若愚；副主席：邬秋白、芮望川、阎知秋（2020年1月当选）；秘书长：邴清远。

【视察调研】5月，市政协主席栾若愚带队视察苈塘区，副主席邬秋白参加。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("diyuan-yearbook.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("diyuan-yearbook"))


def test_roster_read_post_by_post():
    sentence = "主席：栾若愚；副主席：邬秋白、芮望川、阎知秋（2020年1月当选）；秘书长：邴清远。"
    people = find_people(sentence, find_person_names(sentence))
    assert [(p.name, p.role) for p in people] == [
        ("栾若愚", "主席"), ("邬秋白", "副主席"), ("芮望川", "副主席"), ("阎知秋", "副主席"), ("邴清远", "秘书长")]


def test_head_in_brackets_is_the_bodys(kb):
    assert kb.answer("苈塘区政协主席是谁").text.startswith("答：戢远舟")
    assert kb.answer("茈溪县政协主席是哪位").text.startswith("答：戢晚晴")


def test_own_head_not_a_bracketed_bodys(kb):
    assert kb.answer("市政协主席是谁").text.startswith("答：栾若愚")


def test_rare_surname_deputy_secretary(kb):
    assert kb.answer("市政协副秘书长是谁").text.startswith("答：蒉思齐")


def test_roster_answers_all_holders(kb):
    assert kb.answer("第九届市政协副主席都有谁").text.startswith("答：邬秋白、芮望川、阎知秋")


_SESSIONS = """荻原年鉴（2021）

中国人民政治协商会议荻原市委员会

（本部类记述2020年1月1日至12月31日政协荻原市委员会工作情况）

【概况】2020年是政协荻原市第十届委员会履职的第二年。至年底，十届市政协有委员312名，分属30个界别。全年召开全体会议1次、常务委员会会议4次。2021年，市政协将围绕“十四五”规划开局，计划开展专题协商4次，编辑出版《荻原文史资料》第九辑。

【政协荻原市十届二次会议】2020年1月10日至13日在荻原市会议中心召开。市政协主席栾若愚代表十届市政协常委会作工作报告，市政协副主席邬秋白作关于十届一次会议以来提案工作情况的报告。大会共收到提案426件，经审查立案398件。

【主席会议】全年召开主席会议10次，研究年度工作要点、协商计划、人事事项等议题46项。2月12日，主席会议审议通过《2020年度协商工作计划》。

【网络议政】6月12日，市政协首次通过移动履职平台开展网络议政，围绕“社区养老怎么办”主题，组织委员在线讨论，收到网民留言860条。

【委员工作】2020年4月起，在苈塘区试行委员履职积分制，对委员出席会议、提交提案等情况计分，试点地区共有市政协委员118名纳入积分管理。

【界别活动】每季度第二个月举办一次“界别活动日”，第三季度由经济界委员到苈塘区开展“助企服务”活动，走访企业26家。

【文史工作】文化文史和学习委员会编辑出版《荻原文史资料》第八辑《荻原老街》，全书28万字，于二〇二〇年十一月由汀浦人民出版社出版。
"""


@pytest.fixture(scope="module")
def sessions(tmp_path_factory):
    document = SourceDocument("diyuan-yearbook-2020.txt", _SESSIONS.split("\n", 1)[0], "2020", _SESSIONS)
    return KnowledgeBase([document], tmp_path_factory.mktemp("diyuan-sessions"))


def test_session_named_is_no_amount(sessions):
    # 十届二次会议 names the session (under its entry's heading), not two meetings that 十届一次会议 would contradict.
    assert sessions.answer("十届二次会议上谁代表常委会作工作报告").text.startswith("答：栾若愚")
    assert sessions.answer("十届二次会议上提案工作报告是谁作的").text.startswith("答：邬秋白")


def test_plan_listed_among_papers_studied_is_no_plan(sessions):
    # 研究…要点、协商计划、…议题46项: the plan is one of the papers studied, the 46 a count of the year reported on.
    assert sessions.answer("2020年主席会议研究了多少项议题").text.startswith("答：46项")


def test_ordinal_of_event_is_no_topic(sessions):
    # 第一次网络议政: an ordinal says which one, the part's quoted topic is no other event's.
    assert "6月12日" in sessions.answer("市政协第一次网络议政是哪天").text.splitlines()[0]


def test_members_of_the_committee_not_those_taken_in(sessions):
    # 市政协有委员312名 tells all the members; 共有市政协委员118名纳入积分管理 counts those a scheme took in.
    assert sessions.answer("2020年荻原市政协一共有多少名委员").text.startswith("答：312名")
    assert sessions.answer("市政协有多少名委员").text.startswith("答：312名")


def test_session_only_starting_a_span_is_not_told(sessions):
    # 关于十届一次会议以来…的报告 names the first session as where a span starts: the 398 were filed at the second.
    assert sessions.answer("十届二次会议立案提案多少件").text.startswith("答：398件")
    assert not sessions.answer("十届一次会议立案提案多少件").answered


def test_title_of_a_volume_only_planned_is_untold(sessions):
    # The clause naming the volume quotes only the series; another clause's quote ("十四五") is no title of it.
    assert not sessions.answer("《荻原文史资料》第九辑书名是什么").answered


def test_month_of_another_volume_is_untold(sessions):
    # 第九辑 asked: the item telling 第八辑's month is another volume's.
    assert "11月" in sessions.answer("第八辑文史资料哪个月出版").text.splitlines()[0]
    assert not sessions.answer("第九辑文史资料哪个月出版").answered


def test_quarter_asked_is_an_ordinal(sessions):
    # 第二季度 asked, only 第三季度's outing told.
    assert "苈塘区" in sessions.answer("第三季度界别活动日去的哪个区").text.splitlines()[0]
    assert not sessions.answer("第二季度界别活动日去的哪个区").answered


def test_roster_of_another_term_or_one_asked_alone(kb):
    # 第八届 asked of a report naming the ninth term's leaders: no holder of that term told.
    assert not kb.answer("第八届市政协主席是谁").answered
    # One holder asked (主席是谁) is no roster asked.
    assert kb.answer("第九届市政协主席是谁").text.startswith("答：栾若愚")
