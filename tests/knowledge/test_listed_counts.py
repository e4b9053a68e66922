"""A list of counts clause after clause (召开常委会会议5次、主席会议13次，组织视察8次): each
item counts what it names; the short clause "组织视察8次" is one more item, not a carry of the
clause before it. A short clause without a name of its own (组建服务队，队员36人) still counts
what the clause before names, and so does one telling a total (总数达到25个). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协石桥县第七届委员会常务委员会工作报告

——2021年1月12日在政协石桥县第七届委员会第五次会议上

一、2020年主要工作

全年共召开常委会会议5次、主席会议13次、秘书长会议16次，组织视察8次，开展专题调研12项。

七届一次会议以来，县政协累计召开常委会会议19次、主席会议47次，组织视察29次，报送建议案4件。

组建农技服务队，队员36人，深入田间地头开展技术指导。

全年新建委员联络站7个，总数达到25个，覆盖全县各乡镇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("shiqiao.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shiqiao"))


def test_each_item_of_a_list_of_counts_counts_what_it_names(kb):
    assert first_line(kb, "2020年主席会议一共开了几次").startswith("答：主席会议13次")
    assert first_line(kb, "秘书长会议去年开了多少次").startswith("答：秘书长会议16次")
    assert first_line(kb, "本届以来主席会议累计开了几次").startswith("答：主席会议47次")


def test_the_short_item_itself_is_still_answered(kb):
    assert first_line(kb, "去年组织了几次视察").startswith("答：8次")
    assert first_line(kb, "本届以来累计组织视察多少次").startswith("答：组织视察29次")


def test_a_short_clause_naming_nothing_counts_the_clause_before(kb):
    assert first_line(kb, "农技服务队有多少人").startswith("答：36人")


def test_a_short_clause_telling_a_total_sums_up_the_clause_before(kb):
    assert first_line(kb, "委员联络站现在一共有多少个").startswith("答：25个")
