"""A one-character noun counted (多少个村, 几所校) is answered by the amount whose word after it is that
noun or a compound headed by it (18个行政村, 27个传统村落), not by an amount of another thing in the
same sentence (5个乡镇的…), nor one whose word merely holds the character (4个社区 for 区); brackets after
the noun (多少个村（社区）) still leave it the noun asked. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协梧桐县委员会农业和农村委员会2022年工作总结

一、主要工作

委员会开展古村落保护专题调研，调研覆盖5个乡镇的27个传统村落，形成调研报告1篇。
委员会组织委员开展人居环境整治视察，先后走访3个街道、2个镇的16个村(社区)，提出建议12条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("wutong-counted.txt", _REPORT.split("\n", 1)[0], "2022", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("wutong-counted"))


def test_a_compound_headed_by_the_noun_answers(kb):
    assert first_line(kb, "古村落保护调研覆盖了多少个村").startswith("答：27个")


def test_brackets_after_the_noun_keep_it_asked(kb):
    assert first_line(kb, "人居环境整治视察走访了多少个村（社区）").startswith("答：16个")
