"""A speech whose date stands in the subtitle under its title (——二〇二二年一月八日在…会议上, read as part of the title): asked on which day it
was given, the answer shows the date as the subtitle writes it, then its Arabic reading."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """檀溪市政协农业界别2021年工作总结

——二〇二二年一月八日在市政协农业界别委员全体会议上

市政协常委、农业界别召集人　卢望川

各位委员：

一年来，界别委员围绕乡村振兴履职尽责，全年提交提案23件，开展视察调研6次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tanxi-agriculture.txt", _REPORT)], tmp_path_factory.mktemp("tanxi-agriculture"))


def test_the_subtitle_date_as_written(kb):
    assert first_line(kb, "这个工作总结是哪天讲的").startswith("答：二〇二二年一月八日")
