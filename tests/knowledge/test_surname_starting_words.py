"""A surname that also starts common words (蒙 of 蒙古族): a person so named is read with the post
before the name (…委员会主任蒙晓岑说), and the word 蒙古族 is no person. On made-up sentences of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_TEXT = """澄江县政协2023年工作回顾

一、专题调研

农业和农村委员会组织委员走访8个乡镇，形成调研报告2篇。农业和农村委员会主任蒙晓岑说：“调研要沉到田间地头。”

二、界别活动

少数民族界委员中有蒙古族委员3名，全年开展界别活动14次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chengjiang.txt", _TEXT)], tmp_path_factory.mktemp("chengjiang"))


def test_holder_with_that_surname(kb):
    assert "蒙晓岑" in first_line(kb, "农业和农村委员会主任是谁？")


def test_post_of_that_person(kb):
    assert "农业和农村委员会主任" in first_line(kb, "蒙晓岑是什么职务")


def test_word_starting_with_it_is_no_person(kb):
    assert "蒙古族" not in kb.answer("界别活动开展了几次").text.split("\n", 1)[0]
