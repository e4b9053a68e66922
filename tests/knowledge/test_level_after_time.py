"""A question whose subject is a committee named by its level (区政协, 县政协) after the time it asks
about (今年(2023年)区政协…, 去年县政协…) asks of that level's committee as much as one opening with the
level: another level's report does not answer it with its own figure.  On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_CITY = """政协荻港市委员会2021年工作报告

一、提案工作

一年来，市政协委员共提交提案412件，经审查立案365件。
"""


@pytest.fixture(scope="module")
def city(tmp_path_factory):
    document = SourceDocument("digang.txt", _CITY.split("\n", 1)[0], "2021", _CITY)
    return KnowledgeBase([document], tmp_path_factory.mktemp("level-after-time"))


def test_its_own_level_after_the_time_is_answered(city):
    assert "412件" in first_line(city, "去年市政协委员一共提交了多少件提案？")
    assert "412件" in first_line(city, "2021年市政协委员一共提交了多少件提案？")


@pytest.mark.parametrize("question", [
    "今年（2021年）区政协委员一共提交了多少件提案？",
    "去年县政协委员一共提交了多少件提案",
    "2021年区政协委员一共提交了多少件提案？",
])
def test_another_level_after_the_time_is_declined(city, question):
    assert not city.answer(question).answered
