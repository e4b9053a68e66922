"""几年, 多少年 (历史), 聘期 ask a span of time: a count of people or things in the sentence (28名监督员,
360余件) does not answer them; a span told in days or months still does. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协松川市委员会2021年工作报告

一、民主监督

选聘32名委员担任市直部门特约监督员，全年参与行风评议40余次。专项监督工作为期45天。

二、文史工作

征集老城区历史照片和实物资料410余件，编印《松川古渡》一书。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("songchuan.txt", _REPORT)], tmp_path_factory.mktemp("songchuan"))


def test_years_asked_are_no_count_of_people(kb):
    assert not kb.answer("特约监督员的聘期是几年").answered


def test_an_age_in_years_is_no_count_of_things(kb):
    assert not kb.answer("松川古渡有多少年历史").answered


def test_a_span_told_in_days_answers(kb):
    assert first_line(kb, "专项监督工作为期多少天").startswith("答：45天")


def test_the_count_is_still_answered(kb):
    assert first_line(kb, "选聘了多少名特约监督员").startswith("答：32名")
