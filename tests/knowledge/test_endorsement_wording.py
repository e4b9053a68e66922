"""The words of an endorsement itself (得到…的肯定性批示, 获得…重要批示) are the act asked about, not what was
endorsed: 调研报告得到哪位领导肯定性批示 is answered with the one written between 得到 and 批示 when the
sentence names the report. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协松岭县委员会2022年提案工作情况报告

一、提案工作

提案委员会围绕提案办理质效开展专项调研2次，形成《关于提升提案答复质量的调研报告》，得到县长孔德文的肯定性批示。社会法制委员会形成《关于加强社区矫正工作的调研报告》，提出建议7条。

二、调研视察

全年形成调研报告9篇，提案委员会牵头调研报告3篇，经济委员会形成调研报告2篇。提案委员会组织委员视察提案办理情况4次，提案委员会主任吕春华带队。调研报告均报送县委县政府，提案委员会跟踪落实。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("songling.txt", _REPORT)], tmp_path_factory.mktemp("songling"))


def test_the_endorser_after_de_dao_answers(kb):
    assert "孔德文" in first_line(kb, "提案委的调研报告得到哪位领导肯定性批示")


def test_a_report_with_no_endorsement_told_is_declined(kb):
    assert not kb.answer("社区矫正调研报告得到哪位领导的批示").answered
