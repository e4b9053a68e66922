"""A person's own post as a report writes it beside the name (委员某某（某单位职务）, 副主任为甲（专职）、
乙（兼职，某局副局长）), a post given or left during the year (某某同志任专委会主任, 原主任某某同志调任…),
and questions asking one named person's post: answered by that person's post alone, the post moved
to when a move is asked, declined when an earlier post or another body's post is asked and the text
tells none. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.people import find_people, find_person_names, post_in_brackets
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协青禾市第九届委员会文化文史委员会2022年工作总结

政协青禾市文化文史委员会

市政协文化文史委员会（以下简称“专委会”）现有委员30名，其中主任1名、副主任3名。今年2月，原主任柏青山同志调任市人大常委会教育科学文化卫生工作委员会主任；3月，经市政协常委会会议通过，鲁秋禾同志任专委会主任。现任副主任为贾云舟（专职）、俞明澜（兼职，市文化广电旅游局副局长）、邬海平（兼职，九三学社青禾市委副主委）。专委会办公室主任由岑晓露同志担任。

一、调查研究

6月，委员葛文韬（市图书馆副馆长）在座谈会上作了古籍保护专题发言。委员卜丽娟（青禾师范学院教授）撰写的《地方戏曲传承调研》被收入调研报告。主任鲁秋禾带队赴三个县开展非遗保护调研。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qinghe-wenshi.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qinghe-wenshi"))


def test_the_post_in_brackets_after_a_name_is_read_as_theirs():
    sentence = "委员葛文韬(市图书馆副馆长)在座谈会上作了古籍保护专题发言。"
    assert post_in_brackets(sentence, sentence.find("葛文韬") + 3) == "市图书馆副馆长"
    assert [p.role for p in find_people(sentence, ["葛文韬"])] == ["委员、市图书馆副馆长"]
    listed = "现任副主任为贾云舟(专职)、俞明澜(兼职,市文化广电旅游局副局长)、邬海平(兼职,九三学社青禾市委副主委)。"
    assert {"贾云舟", "俞明澜", "邬海平"} <= find_person_names(listed)
    assert post_in_brackets(listed, listed.find("贾云舟") + 3) == ""  # 专职 says how, not which post
    assert post_in_brackets("委员葛文韬(2019年)发言", 5) == ""


def test_a_persons_own_post_is_answered(kb):
    assert "市图书馆副馆长" in first_line(kb, "葛文韬是什么职务？")
    assert "市文化广电旅游局副局长" in first_line(kb, "副主任俞明澜还担任什么职务？")
    assert "副主委" in first_line(kb, "副主任邬海平在九三学社青禾市委担任什么职务？")


def test_a_post_given_during_the_year_and_the_one_moved_to(kb):
    assert "鲁秋禾" in first_line(kb, "文化文史委员会现任主任是谁？")
    assert "鲁秋禾" in first_line(kb, "专委会主任是谁")
    assert "教育科学文化卫生工作委员会主任" in first_line(kb, "柏青山调任了什么职务？")
    assert "柏青山" in first_line(kb, "专委会的原主任是谁？")


def test_a_unit_of_the_body_is_not_the_body(kb):
    assert "岑晓露" in first_line(kb, "专委会办公室主任是谁？")
    assert "岑晓露" not in first_line(kb, "专委会主任是谁")


def test_another_persons_post_or_an_untold_one_is_declined(kb):
    # Nothing tells what 鲁秋禾 held before, nor 贾云舟's post before, nor a post of 葛文韬 in a 市委.
    assert not kb.answer("鲁秋禾担任主任之前是什么职务？").answered
    assert not kb.answer("贾云舟担任专职副主任之前是什么职务？").answered
    assert not kb.answer("葛文韬在市委担任什么职务？").answered
