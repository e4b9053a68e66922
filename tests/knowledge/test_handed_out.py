"""Questionnaires handed out as members say it (问卷发出去多少份) and as reports write it (发放调查问卷1800份):
synonyms.txt. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """芃城市政协“改善老旧小区居住环境”调研报告

一、调研过程

调研组面向全市老旧小区居民发放调查问卷1800份，回收有效问卷1652份，召开座谈会7场。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("pengcheng-homes.txt", _REPORT.split("\n", 1)[0], "2024", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("pengcheng-homes"))


def test_handed_out_is_given_out(kb):
    assert first_line(kb, "问卷发出去多少份").startswith("答：1800份")
