"""A plan's items written as a numbered heading and labelled field lines, or as rows of a table (field_lines.py,
read by plan_items.py), on a made-up city plan:

- a field line answers the attribute its label tells, for the item whose heading (or 协商重点) names it: 领衔副主席,
  牵头单位, 配合单位, 时间 (a month or a quarter), 地点, 承办单位, and a body taking part after the lead;
- an item told only in a table row (编号.名称|形式|月|领衔:…) is answered from its cells; a row repeating an item told
  in full yields to the full item;
- a topic is the heading's words; a proposal's number is the one in its heading;
- the lines under a heading are its own (前期调研:… answers 某某调研分几个组);
- a committee's director written in brackets after it (经济委员会(主任某某)) holds that post;
- words of an item's quoted topic written before 界别 are the topic's, not a sector's name;
- a field the named item lacks, where other items write it, is declined; 几月 of a quarter is declined."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_PLAN = """政协沩浦市委员会2025年度协商工作计划

一、2025年协商议题安排

（一）专题议政性常委会议（1项）

1.推进冷链配送体系建设，助力城乡商贸流通。
协商重点：冷链仓储设施布局、冷链运输车辆标准化和农产品产地预冷。
协商形式：专题议政性常委会议。
时间：6月下旬。
领衔副主席：亓曼舒。
牵头单位：经济委员会（主任笪立衡），农业和农村委员会参与。
配合单位：市商务局、市交通运输局、市农业农村局。
前期调研：4月至5月，组成4个调研组，走访冷链物流企业不少于25家。

（二）专题协商会（1项）

2.加快社区食堂建设，提升老年助餐服务水平。
协商重点：社区食堂运营补贴、助餐服务网点布局。
协商形式：专题协商会。
时间：9月。
领衔副主席：缑若岚。
牵头单位：社会和法制委员会（主任隗思远）。
配合单位：市民政局、市市场监管局。

（三）双周协商座谈会（2次）

3.推进城镇老旧小区改造。重点围绕加装电梯和管网更新开展协商。时间：4月。牵头单位：人口资源环境委员会。配合单位：市住房和城乡建设局。

4.加强中小学校园足球发展。重点围绕场地开放和教练员队伍开展协商。时间：10月。地点：澧汀区。牵头单位：教科卫体委员会。配合单位：市教育局、市体育局。

（四）提案办理协商（1项）

5.“关于完善澧汀区公共自行车网点的提案”（五届二次会议第0231号）办理协商。时间：7月。承办单位：市城市管理局。

（五）对口协商（1项）

6.经济委员会与市商务局就“发展夜间消费”开展对口协商。时间：三季度。

（六）界别协商（1项）

7.农业界别围绕“发展苎萝特色种植”开展界别协商。时间：5月。牵头单位：农业和农村委员会。配合单位：市林业局。

附件：协商议题责任分工表

1.冷链配送体系建设｜专题议政性常委会议｜6月｜领衔：亓曼舒｜牵头：经济委员会
3.城镇老旧小区改造｜双周协商座谈会｜4月｜领衔：阙海澄｜牵头：人口资源环境委员会
4.中小学校园足球发展｜双周协商座谈会｜10月｜领衔：阙海澄｜牵头：教科卫体委员会
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("沩浦协商计划2025", _PLAN)], tmp_path_factory.mktemp("field_lines"))


@pytest.mark.parametrize("question, expected", [
    ("冷链配送谁领衔", "亓曼舒"),
    ("社区食堂专题协商会领衔副主席是谁", "缑若岚"),
    ("冷链配送那个常委会议谁牵头", "经济委员会"),
    ("冷链配送还有哪个委参与", "农业和农村委员会"),
    ("社区食堂协商会的配合单位有哪些", "市民政局、市市场监管局"),
    ("老旧小区改造座谈会谁牵头", "人口资源环境委员会"),
    ("老旧小区改造座谈会几月", "4月"),
    ("老旧小区改造哪位副主席领衔", "阙海澄"),  # only its table row tells it
    ("校园足球座谈会在哪个区搞", "澧汀区"),
    ("公共自行车网点提案承办单位是哪个", "市城市管理局"),
    ("公共自行车网点的提案编号多少", "第0231号"),
    ("夜间消费对口协商啥时候", "三季度"),
    ("今年9月的专题协商会是什么议题", "加快社区食堂建设"),
    ("冷链配送调研分几个调研组", "4个"),
    ("社会和法制委员会主任是谁", "隗思远"),
    ("苎萝特色种植界别协商几月", "5月"),  # the quoted topic's words before 界别, not a sector
])
def test_field_answers(kb, question, expected):
    assert expected in first_line(kb, question), question


@pytest.mark.parametrize("question", [
    "老旧小区改造座谈会承办单位是哪个",  # only the proposals have one
    "校园足球座谈会哪个单位协办",  # no body takes part beside its lead
    "夜间消费对口协商几月",  # a quarter, no month
])
def test_field_not_told_is_declined(kb, question):
    assert not kb.answer(question).answered, question


@pytest.fixture(scope="module")
def shelf(tmp_path_factory):
    """The plan beside the bundled report: answers there pass the shelf's checks of each report's own reading."""
    from pathlib import Path

    report = Path(__file__).resolve().parents[2] / "data" / "knowledge" / "qingdao-cppcc-2020-report.txt"
    documents = [document_from_text("沩浦协商计划2025", _PLAN), document_from_text(report.name, report.read_text("utf-8"))]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("field_lines_shelf"))


@pytest.mark.parametrize("question, expected", [
    ("今年9月的专题协商会是什么议题", "加快社区食堂建设"),  # the month stands in a field line below the heading
    ("今年六月那个常委会议谁牵头", "经济委员会"),  # the month in one field line, the lead in another
])
def test_a_month_named_is_told_by_the_items_other_lines_on_a_shelf(shelf, question, expected):
    assert expected in first_line(shelf, question), question


def test_a_month_no_item_has_is_declined_on_a_shelf(shelf):
    assert not shelf.answer("今年二月那个常委会议谁牵头").answered
