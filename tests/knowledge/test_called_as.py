"""What people call a named person (村民管某某叫啥, 某某被称为什么): the name given, quoted in the words of those who give it
(村民说:"某研究员是我们村的'…'") or after a verb of calling (群众亲切地称他为"…"), in the paragraph naming the person;
declined where none is given.  On a report of our own, with made-up names."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """泠屿市政协2024年委员履职典型材料

一、委员风采

蔺秋禾委员是泠屿市农业科学研究院研究员，长期从事果树栽培研究。她自2022年起驻点汐棠村，手把手教村民修剪和嫁接。汐棠村村民说：“蔺研究员是我们村的‘果树妈妈’。”

岑雾谷委员是泠屿市人民医院主任医师，每月进山义诊，群众亲切地称他为“背包医生”。

柏溪舟委员是泠屿市第三人民医院副院长，从事临床工作二十余年。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lingyu-called.txt", _REPORT)], tmp_path_factory.mktemp("lingyu-called"))


@pytest.mark.parametrize("question, given", [
    ("村民管蔺秋禾叫啥", "果树妈妈"),
    ("蔺秋禾被村民称为什么", "果树妈妈"),
    ("群众管岑雾谷叫什么", "背包医生"),
    ("岑雾谷被称为啥", "背包医生"),
])
def test_the_name_given(kb, question, given):
    assert given in first_line(kb, question)


def test_declined_where_no_name_is_given(kb):
    assert not kb.answer("村民管柏溪舟叫啥").answered
