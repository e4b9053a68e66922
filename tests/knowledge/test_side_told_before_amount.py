"""Town or country asked (农村学生), the sentence telling only the other side in a clause before the amount
(城区28所小学全面开展课后服务，惠及学生2.3万名): the amount is the other side's, so the question is declined;
the side told is answered.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.contrast_asked import contrast_untold
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协荻川市委员会关于十一届二次会议以来提案工作情况的报告

一、提案办理成效

委员许立华提出的《关于做好中小学课后服务的提案》被市教育局采纳，城区28所小学全面开展课后服务，惠及学生2.3万名。委员围绕农村学校建设、农村学生营养餐等提出提案12件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("dichuan.txt", _REPORT)], tmp_path_factory.mktemp("dichuan-side"))


def test_the_other_side_is_declined(kb):
    assert not kb.answer("课后服务惠及多少农村学生").answered


def test_the_side_told_is_answered(kb):
    assert "2.3万名" in first_line(kb, "课后服务惠及多少学生")


@pytest.mark.parametrize("shown, untold", [
    ("城区28所小学全面开展课后服务,惠及学生2.3万名", True),
    ("城区和农村小学全面开展课后服务,惠及学生2.3万名", False),  # both sides: the whole
    ("全市小学全面开展课后服务,惠及学生2.3万名", False),  # no side told
])
def test_side_told_in_the_sentence(shown, untold):
    assert contrast_untold("课后服务惠及多少农村学生", shown, "惠及学生2.3万名") is untold
