"""People of a volunteer-service summary: rarer surnames (巫, 苟, 郇, 羿, 祢, 宦) read as names; a team's 队长 given by
由…担任 to a name written with its own chain of posts (队长由市政协委员、某所所长甲某担任), the team the sentence opens
with when the clause names none, asked by the team's short name (护林队 for 青禾生态护林志愿服务队); a chain of posts
after 是 (某某委员是市政协常委、某医院副院长); names listed before 等 and a word of people (甲、乙、丙等市政协领导分别带队),
asked by 哪些…领导; a profile sentence running on about the person it opens with (…,撰写的"…"得到采纳); 是哪里的领导
asked of a named person; two people offered as a choice (甲和乙谁是主任).
On a report of our own, with made-up names."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_person_names, find_people
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协泠屿市委员会2024年委员志愿服务工作总结

一、组织建设

年初，市政协调整委员志愿服务工作领导小组，由市政协主席郇泽宁任组长，市政协副主席苟远澜任副组长。

青禾生态护林志愿服务队现有委员志愿者36名，队长由市政协委员、泠屿市林业科学研究所所长巫沐辰担任。

星澜应急救援志愿服务队由企业界、医卫界委员组成，现有委员志愿者31名，队长由市政协委员、泠屿市蓝盾救援协会会长羿晴川担任。

社区健康志愿服务队队长由市政协常委、泠屿市第三人民医院副院长柏溪舟担任，法律咨询志愿服务队队长由市政协委员、泠屿市鸣泓律师事务所主任祢朗清担任。

二、主要工作

社会和法制委员会办公室主任由社会和法制委员会主任鄢晓棠兼任。

10月，省政协副主席褚闻笛率省政协委员来我市开展义诊活动。

春节前，市政协开展“冬日送暖”活动，郇泽宁、苟远澜、蔺云笙等市政协领导分别带队走访慰问困难群众。

三、先进典型

柏溪舟委员是市政协常委、泠屿市第三人民医院副院长，从事临床工作二十余年。

巫沐辰委员是泠屿市林业科学研究所所长，担任青禾生态护林志愿服务队队长以来，坚持每月带队巡山，全年本人巡山27次，撰写的“关于加强山林防火网格化管理的建议”得到市政府采纳。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lingyu.txt", _REPORT)], tmp_path_factory.mktemp("lingyu"))


@pytest.mark.parametrize("sentence, name", [
    ("市政协副主席苟远澜出席会议。", "苟远澜"),
    ("由市政协主席郇泽宁任组长。", "郇泽宁"),
    ("泠屿市林业局局长巫沐辰介绍情况。", "巫沐辰"),
    ("律师事务所主任祢朗清参加。", "祢朗清"),
    ("研究员宦书墨带队。", "宦书墨"),
])
def test_rarer_surnames_start_names(sentence, name):
    assert name in find_person_names(sentence)


def test_names_listed_before_a_word_of_people():
    sentence = "春节前，郇泽宁、苟远澜、蔺云笙等市政协领导分别带队走访。"
    assert {"郇泽宁", "苟远澜", "蔺云笙"} <= find_person_names(sentence)
    assert not find_person_names("开展走访、慰问、座谈等委员活动。")


def test_post_given_to_a_name_with_its_own_posts():
    sentence = "护林队现有队员36名，队长由市政协委员、泠屿市林业科学研究所所长巫沐辰担任。"
    person = next(p for p in find_people(sentence, ["巫沐辰"]) if p.name == "巫沐辰")
    assert (person.role, person.titled) == ("队长", "市政协委员、泠屿市林业科学研究所所长")  # the post given, his own told apart


@pytest.mark.parametrize("question, expected", [
    ("青禾生态护林志愿服务队队长是谁", "巫沐辰"),
    ("护林队队长是谁", "巫沐辰"),
    ("应急救援队队长叫啥", "羿晴川"),
    ("法律咨询服务队队长是谁", "祢朗清"),
    ("社区健康志愿服务队队长是谁", "柏溪舟"),
    ("柏溪舟是啥职务", "市政协常委、泠屿市第三人民医院副院长"),
    ("冬日送暖都有哪些市政协领导带队", "郇泽宁、苟远澜、蔺云笙"),
    ("巫沐辰写的建议叫啥题目", "关于加强山林防火网格化管理的建议"),
    # 是哪里的领导 asks a named person's post, as 是哪里的委员 does.
    ("褚闻笛是哪里的领导", "省政协副主席"),
    # Two people offered as a choice: neither need stand in the sentence telling the other's post.
    ("巫沐辰和鄢晓棠谁是社会和法制委员会主任", "鄢晓棠"),
    ("鄢晓棠和巫沐辰谁是护林队队长", "巫沐辰"),
])
def test_people_and_posts(kb, question, expected):
    assert expected in first_line(kb, question)
