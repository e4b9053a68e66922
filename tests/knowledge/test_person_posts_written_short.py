"""People and their posts as a report writes them short: a post asked as 职务是啥; which book as 哪本书;
和 inside an agency's name (县住房和城乡建设局副局长); a body named once for two posts (某委员会主任甲…，
副主任乙); and a group's post of another group than the one asked ("甲群"群主由某某兼任, 乙群群主 asked);
the body signing a summary, asked as 这份总结是哪个单位发的; where a named person did a deed (in their own
stretch of the sentence, not the next person's); a person's reading note quoted in their clause.
On a report of our own, with made-up names."""

from __future__ import annotations

from bot.knowledge.body_names import elided_bodies
from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_people
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """湄茳县政协2023年度委员读书活动总结

（二〇二四年一月十日）

一、组织保障

成立读书活动领导小组，办公室设在经济和科技委员会，经济和科技委员会主任戚沐澄兼任办公室主任，副主任谯雨棠负责平台日常运维。全年开设读书群5个，即"山水诗词群""农技推广群""茶乡漫笔群""法治宣传群""青年读书群"。其中，"山水诗词群"群主由委员、县住房和城乡建设局副局长岑望舒担任，"农技推广群"群主由委员、县农业农村局副局长宓清禾担任。

二、导读领读

副主席缑怀瑾在"农技推广群"导读《稻作简史》，委员、县农业农村局副局长宓清禾在"茶乡漫笔群"领读《溪山农事录》，引导委员读农史、懂农事。

委员谯雨棠在阅读《稻作简史》后，走访全县8个种粮大户，撰写的心得《田埂上的思考》被县政协公众号转载。

政协湄茳县委员会办公室
二〇二四年一月十日
"""


def _kb(tmp_path):
    return KnowledgeBase([document_from_text("meijiang.txt", _REPORT)], tmp_path)


def test_a_post_asked_with_the_post_first(tmp_path):
    assert "县农业农村局副局长" in first_line(_kb(tmp_path), "宓清禾职务是啥")


def test_and_inside_an_agencys_name(tmp_path):
    assert "县住房和城乡建设局副局长" in first_line(_kb(tmp_path), "岑望舒是哪个单位的")
    sentence = '"山水诗词群"群主由委员、县住房和城乡建设局副局长岑望舒担任'
    assert [p.role for p in find_people(sentence, {"岑望舒"})] == ["委员、县住房和城乡建设局副局长"]
    # Two people joined by 和, the second's agency with its own level: not one post.
    sentence = "县长戚沐澄和县财政局局长谯雨棠出席"
    assert [p.role for p in find_people(sentence, {"戚沐澄", "谯雨棠"})][1] == "县财政局局长"


def test_which_book_asked(tmp_path):
    assert "稻作简史" in first_line(_kb(tmp_path), "缑怀瑾导读了哪本书")


def test_a_body_named_once_for_two_posts(tmp_path):
    line = first_line(_kb(tmp_path), "经济和科技委员会副主任叫什么")
    assert "谯雨棠" in line and "戚沐澄" not in line
    sentence = "经济和科技委员会主任戚沐澄兼任办公室主任,副主任谯雨棠负责平台日常运维"
    people = elided_bodies(find_people(sentence, {"戚沐澄", "谯雨棠"}), sentence)
    assert [p.role for p in people][1] == "经济和科技委员会副主任"


def test_a_groups_post_of_another_group_declined(tmp_path):
    kb = _kb(tmp_path)
    assert "岑望舒" in first_line(kb, "山水诗词群群主是谁")
    for question in ("茶乡漫笔群群主是谁", "法治宣传群群主是哪位"):
        assert not kb.answer(question).answered, question


def test_the_body_signing_a_summary(tmp_path):
    assert "政协湄茳县委员会办公室" in first_line(_kb(tmp_path), "这份总结是哪个单位发的")


def test_where_a_named_person_did_it(tmp_path):
    kb = _kb(tmp_path)
    line = first_line(kb, "缑怀瑾在哪个群导读")
    assert "农技推广群" in line and "茶乡漫笔群" not in line
    line = first_line(kb, "宓清禾在哪个读书群领读")
    assert "茶乡漫笔群" in line and "农技推广群" not in line
    assert not kb.answer("戚沐澄在哪个读书群领读").answered  # he leads no reading: 设在经济和科技委员会 is the office's


def test_a_persons_reading_note_quoted(tmp_path):
    assert "田埂上的思考" in first_line(_kb(tmp_path), "谯雨棠那篇被公众号转载的心得叫啥")
