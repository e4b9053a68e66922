"""隗 and 郗 are surnames whose characters are hardly anything else (隗明川, 郗海燕: people.SURNAMES).
A surname not listed, as 简 that also starts words (简报, 简要), still starts a name written between a post
and 同志 (办公室主任简文涛同志), unless a general word stands there (干部职工同志们, 主任简要介绍).  The post
is then answered with its holder, and the name's post is told when asked.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.segment import Segmenter

from .conftest import first_line

_TEXT = """苍梧市政协机关2022年工作总结

一是公文处理规范高效。全年处理各类公文980件。办公室主任简文涛同志牵头编印公文处理手册。

二是档案管理有序。档案室主任郗海燕同志带领档案室完成档案整理工作，编印工作简报12期。

三是强化责任落实。副秘书长隗明川同志分管研究室和信息中心。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-office.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("rare-surnames"))


def test_rare_surnames_after_a_post_are_names():
    assert "隗明川" in find_person_names("副秘书长隗明川同志分管研究室")
    assert "郗海燕" in find_person_names("档案室主任郗海燕同志带领档案室完成档案整理工作")


def test_a_general_word_before_comrade_is_no_name(tmp_path):
    frequency = Segmenter(tmp_path).word_frequency  # the general dictionary, before any document's names
    assert "简文涛" in find_person_names("办公室主任简文涛同志牵头编印公文处理手册", frequency)
    assert not any(name.startswith("简") for name in find_person_names("主任简要介绍了工作情况", frequency))
    assert not find_person_names("机关干部职工同志们辛勤工作", frequency)


def test_holders_with_rare_surnames_answer(kb):
    assert "简文涛" in first_line(kb, "办公室主任是谁")
    assert "郗海燕" in first_line(kb, "档案室主任是哪位")
    assert "副秘书长" in first_line(kb, "隗明川是什么职务")
    assert "办公室主任" in first_line(kb, "简文涛是什么职务")
