"""A 界别's convener asked with the committee's place or level before 界别 (榆岗界别召集人, 榆岗市界别召集人,
市界别召集人, 榆岗的界别召集人): the place and the report's own level say whose 界别, not which one, so the
report's own convener answers, not a guest 界别's named in it; another level (县界别 of a 市政协's report) or
another 界别 (农业界别) is still declined.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.posts import sector_level, sector_without_level
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """榆岗市政协文化艺术界别2021年工作总结

市政协委员、文化艺术界别召集人　柯望舒

各位委员：

一年来，界别委员围绕榆岗文化强市建设履职尽责，全年提交提案27件，其中界别集体提案3件。

界别委员深入榆岗老城区调研历史街区保护，形成调研报告2篇，为榆岗文旅融合建言献策。

界别召集人小组全年召开会议5次，研究界别重要工作。教育界别召集人闵书航同志应邀列席界别会议。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yugang.txt", _REPORT)], tmp_path_factory.mktemp("yugang"))


@pytest.mark.parametrize("question", ["榆岗界别召集人是谁", "榆岗市界别召集人是谁", "市界别召集人是谁",
                                      "榆岗的界别召集人是谁", "界别召集人是谁"])
def test_the_reports_own_convener_answers(kb, question):
    assert first_line(kb, question).startswith("答：柯望舒")


def test_a_guest_sectors_convener_is_asked_by_its_name(kb):
    assert first_line(kb, "教育界别召集人是谁").startswith("答：闵书航")


@pytest.mark.parametrize("question", ["县界别召集人是谁", "榆岗县界别召集人是谁", "榆岗市农业界别召集人是谁"])
def test_another_level_or_sector_is_declined(kb, question):
    assert not kb.answer(question).answered


def test_a_sector_written_with_its_level_is_that_sector():
    assert sector_without_level("市界别") == "界别"
    assert sector_without_level("市工商联界别") == "工商联界别"
    assert sector_without_level("市政协") == "市政协"
    assert sector_level("县界别") == "县" and sector_level("界别") is None
