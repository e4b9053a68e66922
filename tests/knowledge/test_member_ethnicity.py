"""A member's ethnic group written in brackets right after the name (召集人马某（回族）) answers 马某是哪个民族;
a member the report names without one is declined, not answered by another member's brackets or by a
sentence that merely names the member."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """桐溪县政协少数民族界别2021年工作总结

一、界别基本情况

界别现有委员15名。界别召集人由县政协副主席韦德山（壮族）担任。主要委员有：县民族中学副校长蓝春燕（瑶族），清泉寺住持释明觉，县中医院副院长覃志军（壮族）。

二、履职情况

委员释明觉、蓝春燕参加了县政协新任委员培训班。覃志军委员组织义诊4次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("tongxi-ethnic.txt", _REPORT.split("\n", 1)[0], "2021", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("tongxi-ethnic"))


def test_the_group_in_brackets_after_the_name(kb):
    assert "壮族" in first_line(kb, "韦德山是哪个民族的？")
    assert "瑶族" in first_line(kb, "蓝春燕是啥民族")
    assert "壮族" in first_line(kb, "覃志军委员是什么族")


def test_a_member_named_without_a_group_is_declined(kb):
    assert not kb.answer("释明觉是哪个民族？").answered
