"""A span of time told with its half after the measure word (会期三天半, 历时两个半月) answers with the half
(half_amounts.py); a half opening a word of its own after the amount (3天半天) is not the amount's.
On a made-up report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协岑陂县第六届委员会第二次会议闭幕词

（2024年1月15日）

各位委员：

本次会议于1月11日开幕，会期三天半，应到委员180名，实到171名。

会前，县政协组织委员开展集中视察，历时两个半月，走访企业26家。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("cenpi-closing-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("cenpi-half"))


def test_half_day_belongs_to_the_amount(kb):
    assert "三天半" in first_line(kb, "这次会议会期几天")


def test_half_month_inside_the_measure_word(kb):
    assert "两个半月" in first_line(kb, "集中视察历时多长时间")


def test_quantities_read_the_half():
    assert [(q.text, q.value) for q in find_quantities("会期3天半,历时2个半月,用了1个半小时")] == [
        ("3天半", 3.5), ("2个半月", 2.5), ("1个半小时", 1.5)]


def test_half_opening_its_own_word_is_not_the_amounts():
    assert [q.text for q in find_quantities("每周3天半天工作")] == ["3天"]
