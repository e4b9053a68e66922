"""A working group is asked by its task (农村饮水调研组组长是谁), which the report tells apart from the
group (成立了由…任组长的调研组 under a paragraph on 农村饮水;
监督小组组长、县政协常委某某 after a sentence on 内涝): the group's head word with the post names it
too (post_holders.py); a group the report never names is still declined. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协栎川县委员会关于农村饮水安全的调研报告

（2023年11月20日）

一、调研的基本情况

为推动农村饮水安全提档升级，县政协成立了由县政协副主席贺东林任组长、农业农村委员会主任丁小雨任副组长的调研组，先后走访8个乡镇。

二、民主监督

围绕城区内涝问题开展专项民主监督，组建监督小组3个，查看易涝点21处。监督小组组长、县政协常委蒋文博说，第一轮监督就发现了泵站带病运行的问题。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("lichuan-water-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lichuan"))


def test_a_group_asked_by_its_task(kb):
    assert "贺东林" in first_line(kb, "农村饮水调研组组长是谁")
    assert "蒋文博" in first_line(kb, "内涝监督小组组长是谁")


def test_a_group_never_named_is_declined(kb):
    assert not kb.answer("农村饮水督查组组长是谁").answered
