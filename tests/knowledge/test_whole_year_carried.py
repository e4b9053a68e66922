"""A sentence opening with 全年 after one opening with its year (2023年，全县新增…。全年新建…15个) tells that
year's figures, in a document of the year after (minutes of 2024 reporting 2023): asked 去年 there, its figure
answers as that year's own (carried_year.py, read by reading.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """芷陂县政协“发展农村互助养老”专题协商会纪要

一、会议情况

2024年5月16日，芷陂县政协召开“发展农村互助养老”专题协商会，县政协委员、有关部门负责同志共41人参加。

二、部门情况通报

县民政局通报了全县农村养老服务情况。2023年，全县新增养老床位860张，完成年度目标任务。全年新建村级互助养老点15个，累计建成48个；新建乡镇敬老院2所，累计达到9所。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("zhipi-rural.txt", _REPORT.split("\n", 1)[0], "2024", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("zhipi-rural"))


def test_the_whole_year_is_the_year_before(kb):
    assert first_line(kb, "去年新建了几所乡镇敬老院").startswith("答：2所")
