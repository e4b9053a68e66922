"""Names beside a post joined by 和 (names_joined.py): 和 before 的 or a mark ends a name of its
own (副主任邹文和的带领下 → 邹文和), and a second name after 和 shares the post written before the
first (召集人韩立平和邓海燕 → two 召集人), never a common word (周边). On sentences of our own."""

from __future__ import annotations

import tempfile

import pytest

from bot.knowledge.people import find_people, find_person_names
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.segment import Segmenter

from .conftest import first_line


@pytest.fixture(scope="module")
def word_frequency():
    return Segmenter(tempfile.mkdtemp(prefix="names-joined-")).word_frequency


def _people(sentence, word_frequency):
    return [(p.name, p.role) for p in find_people(sentence, find_person_names(sentence, word_frequency))]


def test_and_before_de_ends_the_name(word_frequency):
    assert ("邹文和", "副主任") in _people("在副主任邹文和的带领下，委员们走访了8个村。", word_frequency)


def test_a_second_name_shares_the_post(word_frequency):
    people = _people("召集人韩立平和邓海燕带队开展调研。", word_frequency)
    assert ("韩立平", "召集人") in people and ("邓海燕", "召集人") in people


def test_a_common_word_after_and_is_no_name(word_frequency):
    assert _people("副主任韩立平和周边群众座谈。", word_frequency) == [("韩立平", "副主任")]


_REPORT = """政协柘溪县第八届委员会社会和法制委员会2021年工作总结

一、主要工作

在县政协分管副主席邹文和的具体指导下，委员会组织委员开展农村法治宣传调研，走访12个行政村。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("zhexi-names.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("zhexi-names"))


def test_the_whole_name_is_answered(kb):
    assert first_line(kb, "分管副主席是谁").startswith("答：邹文和")
