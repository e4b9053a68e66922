"""Shares asked without a rate word: a share named by its 面 (亏损面有多大) and respondents counted (多少受访居民),
whom a survey tells of in shares (近四成的受访居民) — neighbour_parts._ASKS_RATE. And a rate per so many of the
population told with its value in a clause of its own (蘅水区每万人口养老床位数最高，为52张) — per_head.py.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """芃城市政协“促进小微企业发展”专题协商会纪要

一、调研情况

调研组面向全市小微企业和居民发放调查问卷2400份。问卷调查显示，有近四成的受访居民表示因价格原因放弃网购本地产品。据市中小企业协会统计，全市小微企业亏损面近三成。

二、部门情况通报

从区域看，蘅水区每万人口养老床位数最高，为52张；芃川县最低，仅为21张。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("pengcheng-firms.txt", _REPORT.split("\n", 1)[0], "2024", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("pengcheng-firms"))


def test_a_share_named_by_its_face(kb):
    assert "近三成" in first_line(kb, "小微企业亏损面有多大")


def test_respondents_are_told_in_shares(kb):
    assert "近四成" in first_line(kb, "多少受访居民因为价格放弃网购本地产品")


def test_a_rate_per_population_with_its_value_after(kb):
    assert first_line(kb, "蘅水区每万人口养老床位数是多少").startswith("答：52张")
