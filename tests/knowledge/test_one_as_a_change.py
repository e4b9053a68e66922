"""One is an amount when it is a change (比上年增加1项, 比上年少1次): asked how many more, the
difference of one answers, not the year's own level."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协松川县第九届委员会文化文史委员会2022年工作总结

政协松川县文化文史委员会
（二〇二二年十二月十六日）

一、2022年工作回顾

今年，委员会围绕县委中心工作，共开展专题调研4项，比上年增加1项。
全年组织委员视察6次，比上年少1次；编辑出版文史资料2辑。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("songchuan-wenshi.txt", _REPORT.split("\n", 1)[0], "2022", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("songchuan-wenshi"))


def test_a_change_of_one_is_the_difference_asked(kb):
    assert first_line(kb, "专题调研比上年增加了几项？").startswith("答：增加1项")
    assert first_line(kb, "视察比上年少了几次？").startswith("答：1次")


def test_the_level_is_still_the_years_own(kb):
    assert first_line(kb, "今年开展了几项专题调研？").startswith("答：4项")
    assert first_line(kb, "全年组织委员视察几次？").startswith("答：全年组织委员视察6次")
