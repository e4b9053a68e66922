"""A size bound asked (千人以上工程水样合格率多少) where the amount's clause tells the other bound of that size
(千人以下工程水样合格率为84.5%): the figure is of the other side, so the question is declined; the side told
is answered.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.contrast_asked import contrast_untold
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """岚岫县政协农业农村委员会2021年工作总结

（二〇二二年一月二十日）

一、专题调研

委员会围绕农村饮水安全开展调研。全县2021年抽检农村水样620份，其中万人工程水样合格率98.1%，千人以下工程水样合格率为84.5%。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanxiu.txt", _REPORT)], tmp_path_factory.mktemp("lanxiu-bound-side"))


def test_the_other_bound_is_declined(kb):
    assert not kb.answer("千人以上工程水样合格率多少").answered


def test_the_bound_told_is_answered(kb):
    assert first_line(kb, "千人以下工程水样合格率多少").startswith("答：84.5%")


@pytest.mark.parametrize("clause, untold", [
    ("千人以下工程水样合格率为84.5%", True),
    ("千人以上工程水样合格率为92.5%", False),
    ("工程水样合格率为90.5%", False),  # no bound told: the whole, not the other side
])
def test_contrast_of_bounds(clause, untold):
    assert contrast_untold("千人以上工程水样合格率多少", clause, clause) is untold
