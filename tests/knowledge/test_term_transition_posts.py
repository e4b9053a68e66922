"""People and posts of a term-transition summary (换届工作总结): holders elected with 选举…为 (surnames rare in other
text: 桓, 琚, 闾), every holder asked (都有谁), the post held before an election (原来是啥职务), a group's leader
written as a post (由市委书记任组长) or asked by a group named with another level (县区政协换届指导组), the report's
addressee and sender, and posts the report never fills (提案委员会副主任) declined. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.all_holders import roster_first
from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_person_names
from bot.knowledge.post_as_holder import post_holding
from bot.knowledge.post_words import group_level_asked
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.notice_facts import asked_notice_fact

_REPORT = """政协澜岙市委员会2023年换届工作总结

中共澜岙市委：

现将2023年换届工作情况总结报告如下。

一、换届工作基本情况

2023年2月，成立市政协换届工作领导小组，由市委书记任组长，市政协党组副书记韦梓桐任副组长。市政协成立县区政协换届指导组，由市政协副主席闾思源任组长，先后2轮深入县区指导。

二、领导班子产生情况

会议以无记名投票方式，选举桓清远为政协澜岙市第九届委员会主席；选举韦梓桐、闾思源、琚明哲、邰雪松为副主席；选举逯景川为秘书长。4名副主席中，市工商联主席琚明哲当选副主席。

按照28个界别组建界别小组28个，每个界别小组确定召集人2名，其中由常委担任的召集人30名。

会后，韦梓桐副主席带队视察乡村振兴工作；闾思源副主席带队视察重大项目建设。

同次会议通过了各专门委员会主任人选：提案委员会主任翁德胜，经济委员会主任柏海宁。

政协澜岙市委员会
2024年1月8日
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("lanao-city-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lanao-transition"))


def _first(kb, question):
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n", 1)[0]


def test_chair_elected(kb):
    assert "桓清远" in _first(kb, "新一届市政协主席是谁")


def test_every_vice_chair(kb):
    assert "韦梓桐、闾思源、琚明哲、邰雪松" in _first(kb, "副主席都有谁")


def test_post_before_election(kb):
    assert "市工商联主席" in _first(kb, "琚明哲原来是啥职务")


def test_group_leader_a_post(kb):
    assert "市委书记" in _first(kb, "换届领导小组组长是谁")


def test_group_named_with_another_level(kb):
    assert "闾思源" in _first(kb, "县区政协换届指导组组长是谁")


def test_addressee_and_sender(kb):
    assert "中共澜岙市委" in _first(kb, "换届总结是报给谁的")
    assert "政协澜岙市委员会" in _first(kb, "这份换届总结是哪个单位写的")


def test_post_never_filled_declined(kb):
    assert not kb.answer("提案委员会副主任有哪些").answered


def test_a_post_after_you_is_no_name():
    assert "常委" not in find_person_names("其中由常委担任的召集人30名。")


def test_post_holding():
    assert post_holding("成立某某领导小组,由市委书记任组长,某某任副组长。", ["组长"], []) == ("市委书记", "组长")
    assert post_holding("由市政协副主席闾思源任组长。", ["组长"], ["闾思源"]) is None
    assert post_holding("由1名副主席任组长。", ["组长"], []) is None


def test_addressee_and_sender_asked():
    assert asked_notice_fact("换届总结是报给谁的") == "addressee"
    assert asked_notice_fact("这份换届总结是哪个单位写的") == "issuer"
    assert asked_notice_fact("这份总结是谁写的") is None  # a byline asked: none told here


def test_salutation_is_no_addressee(tmp_path):
    speech = document_from_text("lanao-speech-2023.txt", "在澜岙市政协全会上的讲话\n\n各位委员：\n\n一年来，我们召开协商会议9次。\n")
    assert not KnowledgeBase([speech], tmp_path).answer("这份报告是报给谁的").answered


def test_group_level_asked():
    assert group_level_asked("县区政协换届指导组组长是谁", "市政协副主席、组长")
    assert not group_level_asked("县政协主席是谁", "市政协主席")


def test_roster_first_needs_every_holder_asked():
    class Q:
        kind, norm, terms = "who", "副主席都有谁", []
    told = "选举甲某、乙某、丙某为副主席。"
    assert roster_first(Q, "甲某、乙某、丙某（副主席）", told) > roster_first(Q, "甲某（副主席）", told)
    Q.norm = "副主席是谁"
    assert roster_first(Q, "甲某、乙某、丙某（副主席）", told) == 0.0


def test_elected_with_surnames_not_listed(tmp_path):
    from bot.knowledge.segment import Segmenter
    from bot.knowledge.people import find_people
    sentence = "会议选举檀志远为政协某市第9届委员会主席;选举雒春林、汲海峰、韦梓桐为副主席;选举常务委员60名。"
    names = find_person_names(sentence, Segmenter(tmp_path).word_frequency)
    assert {"檀志远", "雒春林", "汲海峰", "韦梓桐"} <= names
    roles = {person.name: person.role for person in find_people(sentence, names)}
    assert roles["雒春林"] == "副主席" and roles["檀志远"].endswith("主席")


def test_standing_asked_prefers_ones_own_body():
    from bot.knowledge.people import Person
    from bot.knowledge.person_posts import post_doubt
    bare = Person("闾思源", "副主席", 0, 3)
    own = Person("闾思源", "民建澜岙市委会主委", 0, 3)
    assert post_doubt("闾思源啥身份", ["闾思源"], bare) < post_doubt("闾思源啥身份", ["闾思源"], own) == 1.0
    assert post_doubt("闾思源是什么职务", ["闾思源"], bare) == 1.0


def test_post_before_election_told_apart():
    from bot.knowledge.people import Person
    from bot.knowledge.person_posts import post_doubt, role_told
    person = Person("琚明哲", "市工商联主席", 0, 3, elected_to="副主席")
    assert role_told("琚明哲原来是啥职务", person) == "市工商联主席"
    assert role_told("琚明哲是什么职务", person) == "市工商联主席、副主席"
    assert post_doubt("琚明哲原来是啥职务", ["琚明哲"], person) == 1.0


def test_post_taken_up_by_people_of_a_kind():
    from bot.knowledge.post_as_holder import post_taken_up
    sentence = '聘请其中熟悉政协工作的20名同志担任"澜岙政协特约信息员"和文史工作联络员。'
    assert post_taken_up(sentence, []) == "澜岙政协特约信息员、文史工作联络员"
    assert post_taken_up("由副主席闾思源同志担任组长。", ["闾思源"]) == ""


def test_title_asked_is_the_title_given(tmp_path):
    report = ("政协澜岙市委员会2023年委员培训总结\n\n一、培训情况\n\n培训期间，桓清远主席以“做新时代履职尽责的委员”为题为新委员讲授第一课。"
              "\n\n每名新委员撰写学习体会1篇，汇编成《新委员履职第一课》一书。\n")
    kb = KnowledgeBase([document_from_text("lanao-training-2023.txt", report)], tmp_path)
    assert "做新时代履职尽责的委员" in _first(kb, "桓主席给新委员上的第一课题目是啥")


def test_post_holding_before_its_group_and_not_a_kind():
    assert post_holding("成立由县长任组长的某某工作领导小组。", ["组长"], []) == ("县长", "组长")
    assert post_holding("设立联络组,由区政协委员担任组长,负责收集社情民意。", ["组长"], []) is None
