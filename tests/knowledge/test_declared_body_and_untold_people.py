"""A report titled by its work (政协某市委员会2022年对外联络工作总结) is its committee's own when the opening declares
that committee with a short name: its 委员会主任 is the one asked by the short name.  A named person whose sector the
report never writes is declined (not answered with a sentence on 界别群众), and so is the name of someone the report
tells of without one (旅居泰国的侨领 who paid for a square)."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协澹州市委员会2022年对外联络工作总结

一年来，政协澹州市委员会对外联络委员会（以下简称"外联委"）在市政协党组的领导下，扎实开展各项工作。

一、加强自身建设

外联委现有委员31名。委员会主任邰明远、副主任滕若溪带头深入界别群众，分别联系港澳委员和侨界委员。

二、凝聚侨心侨力

全年港澳台侨胞捐款捐物价值860万元。旅居泰国的澹州籍侨领向东坪镇捐资80万元修建乡情广场，已于年内建成投用。

三、委员心声

"侨胞信得过家乡。"来自港澳台侨界别的委员滕若溪说。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("danzhou-2022.txt", _REPORT.split("\n", 1)[0], "2022", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("danzhou"))


def test_the_declared_committees_head(kb):
    assert first_line(kb, "外联委主任是谁").startswith("答：邰明远")
    assert first_line(kb, "外联委副主任是谁").startswith("答：滕若溪")


@pytest.mark.parametrize("question", ["邰明远主任是哪个界别的委员", "邰明远是哪个界别的"])
def test_a_sector_never_written_is_declined(kb, question):
    assert not kb.answer(question).answered


def test_a_sector_written_as_where_one_comes_from(kb):
    assert "港澳台侨界" in first_line(kb, "滕若溪是哪个界别的委员")


def test_a_person_told_of_without_a_name_is_declined(kb):
    assert not kb.answer("修乡情广场的侨领叫什么").answered
