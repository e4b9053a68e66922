"""An average age, a village's collective income or the residents' per-capita income is a statistic
a report tells (委员平均年龄47.3岁, 村集体经济收入12.4万元), not a person's detail: it is answered,
while a named member's own age or income is still declined."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """桑湾县政协经济界别2021年工作总结

一、界别基本情况

界别现有委员19名，其中女委员5名，委员平均年龄47.3岁。召集人由县政协副主席吴启明担任。

二、结对帮扶竹溪村

界别将竹溪村作为结对帮扶村。2021年，竹溪村村集体经济收入由上年的6.2万元增至12.4万元，农村居民人均可支配收入达到1.48万元。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("sangwan-econ.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("sangwan-econ"))


def test_an_average_age_is_answered(kb):
    assert "47.3岁" in first_line(kb, "界别委员平均年龄多大？")


def test_a_village_income_is_answered(kb):
    assert "12.4万元" in first_line(kb, "竹溪村2021年村集体经济收入多少")
    assert "1.48万元" in first_line(kb, "竹溪村人均可支配收入多少")


def test_a_members_own_age_or_income_is_declined(kb):
    assert not kb.answer("吴启明收入多少").answered
    assert not kb.answer("吴启明年龄多大").answered
