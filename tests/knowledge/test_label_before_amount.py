"""The label a breakdown writes before an amount leads the answer with it (以壮族4名、瑶族3名为多 → 壮族4名), so a
member sees which count the figure is; a change asked is told as one (增加3户); an amount its sentence tells alone keeps its bare
shape."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协石湾县第八届委员会少数民族界别2023年工作总结

政协石湾县少数民族界别
（二〇二三年十二月十二日）

一、界别基本情况

界别现有委员19名。其中，少数民族委员12名，以壮族4名、瑶族3名为多；宗教界委员5名。

二、全年工作

界别委员与困难群众结对40户，比上年增加3户。
全年召开座谈会5次、专题学习会7次。
从内容看，农业农村类6件、教育卫生类9件、生态环境类2件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("shiwan-minzu.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shiwan-minzu"))


def test_an_item_of_a_breakdown_is_told_with_its_label(kb):
    assert first_line(kb, "壮族委员几个人").startswith("答：壮族4名")
    assert first_line(kb, "宗教界委员多少人").startswith("答：宗教界委员5名")
    assert first_line(kb, "教育卫生类提案几件").startswith("答：教育卫生类9件")


def test_a_change_asked_is_told_as_a_change(kb):
    assert first_line(kb, "结对户数比去年多了几户").startswith("答：增加3户")


def test_an_amount_told_alone_keeps_its_bare_shape(kb):
    assert first_line(kb, "界别委员一共多少名").startswith("答：19名")
