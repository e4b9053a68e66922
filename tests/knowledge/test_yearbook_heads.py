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

【领导成员】主席：栾若愚；副主席：邬秋白、芮望川、阎知秋（2020年1月当选）；秘书长：邴清远。

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
