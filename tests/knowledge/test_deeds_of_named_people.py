"""Who did an act, among several people one sentence names: a name whose second character also starts
common words (正 of 正在) is a name where a person's deed follows it (主席陆某带队); the person in the
item (between semicolons) that names the thing asked did it, not the one nearest across the semicolon;
and 哪位委员提交的 asks the deed 提交 of the very title it quotes. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协青禾市委员会2022年提案工作情况报告

一年来，在分管副主席祁文远同志的具体指导下，市政协提案委员会扎实开展提案工作。

一、重点提案督办

《关于加强城市内涝治理的提案》被列为市政协主席督办重点提案，由市政协主席殷正川领衔督办；《关于推进社区养老服务中心建设的提案》被列为分管副主席督办重点提案，由祁文远副主席督办。委员翟海燕（市规划设计研究院院长）提交的《关于优化老旧小区停车设施的提案》被评为优秀提案。

二、调查研究

5月，市政协主席殷正川带队，就城市内涝治理开展专题调研。

8月，由市政协副主席祁文远带队。围绕“城市更新”开展专题调研，走访4个街道。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("qinghe-tian.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("qinghe-tian"))


def test_a_name_before_a_deed_keeps_a_character_that_starts_common_words(kb):
    frequency = kb.answerer.segmenter.word_frequency
    assert "殷正川" in find_person_names("5月,市政协主席殷正川带队,开展专题调研。", frequency)
    assert "殷正川" in first_line(kb, "殷正川是什么职务？") and "市政协主席" in first_line(kb, "殷正川是什么职务？")
    # 正在 is the word: no 王正在 is made a name, even before a deed.
    assert not any(name.startswith("王正") for name in find_person_names("委员王正在主持会议。", frequency))


def test_the_doer_in_the_item_naming_the_thing_asked(kb):
    assert "祁文远" in first_line(kb, "社区养老服务中心建设提案由谁督办？")
    assert "殷正川" in first_line(kb, "城市内涝治理提案由谁督办？")


def test_a_deed_asked_of_a_quoted_title_another_title_does_not_answer(kb):
    assert "翟海燕" in first_line(kb, "《关于优化老旧小区停车设施的提案》是哪位委员提交的？")
    assert not kb.answer("《关于推进社区养老服务中心建设的提案》是哪位委员提交的？").answered


def test_a_deed_nobody_is_told_to_have_done_is_declined(kb):
    # 殷正川 supervised the 内涝 proposal; who submitted it is not told.
    assert not kb.answer("《关于加强城市内涝治理的提案》是哪位委员提交的？").answered
    # The leader told in the sentence before the one naming the survey.
    assert "祁文远" in first_line(kb, "城市更新调研是谁带队的")
