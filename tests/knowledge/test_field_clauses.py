"""A plan's items whose labelled fields stand as clauses of one sentence (field_lines.py, read by plan_items.py),
on a made-up city plan:

- 1.某某研究。牵头领导:某某,承办单位:某委员会,完成时间:7月。 : each clause opening with a label is a field;
- 1.3月,视察某某情况,牵头领导:某某。 : the heading's month is the item's time, its labelled clauses its fields;
- (1)4月,召开第3次常委会议,…,牵头领导:某某,责任单位:某委员会。 : a bracket-numbered line with labelled clauses
  is an item too;
- an item's own line telling it whole (1.10月,某某,对口部门:…) answers before a running sentence of many items
  (分别围绕"甲""乙"开展对口协商,时间安排在4月至10月);
- a year asked that the heading over an item does not name (2024年9月常委会议 under 2025年主要工作) is not that item's;
- 谁带队 asks the lead, 哪个委负责 the 责任单位, 对口哪个部门 the 对口部门;
- a person written with the post after the name (某某秘书长协助) holds that post, and a committee written as
  责任单位为某委员会（主任某某） has that director (posts.py, people.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_PLAN = """政协渟澜市委员会2025年工作要点

一、2024年工作回顾

全年召开常委会议2次，分别于5月围绕“推进智慧菜场改造”、9月围绕“发展银发旅游”开展议政性协商。

二、2025年主要工作

1.常委会议协商（2项）：协商议题由主席会议审定。
（1）4月，召开第三次常委会议，围绕“发展冰雪运动产业”开展协商，牵头领导：滑立恒副主席，责任单位：经济委员会。
（2）9月，召开第四次常委会议，围绕“建设无障碍城市”开展协商，牵头领导：鄂望山副主席，责任单位：社会和法制委员会。
2.对口协商（2项）：分别围绕“石拱桥修缮保护”“农村电商物流”开展对口协商，时间安排在4月至10月。

三、主要工作责任分工

1.全面工作：訾昌远主席负总责，蒯静秋秘书长协助，责任单位为市政协办公室。
2.经济工作：滑立恒副主席分管，责任单位为经济委员会（主任钮嘉澍）、农业农村委员会（主任酆晴川）。

附件1：2025年重点调研课题安排

1.菰米深加工产业链研究。牵头领导：滑立恒副主席，承办单位：经济委员会，完成时间：7月。
2.湿地候鸟栖息地保护。承办单位：人口资源环境委员会，完成时间：9月。

附件2：2025年视察计划安排

1.3月，视察全市码头岸电设施建设情况，牵头领导：訾昌远主席。
2.5月，视察乡村药房运行情况，牵头领导：鄂望山副主席。

附件3：2025年对口协商安排

1.4月，石拱桥修缮保护，对口部门：市园林局，责任单位：人口资源环境委员会。
2.10月，农村电商物流，对口部门：市商务局、市邮政管理局，责任单位：经济委员会。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("渟澜市政协2025年工作要点", _PLAN)], tmp_path_factory.mktemp("clauses"))


@pytest.mark.parametrize("question, expected", [
    ("第三次常委会议谁牵头", "滑立恒"),
    ("第四次常委会议牵头领导是谁", "鄂望山"),
    ("码头岸电视察谁带队", "訾昌远"),
    ("乡村药房视察谁带队", "鄂望山"),
    ("石拱桥修缮对口协商对口哪个部门", "市园林局"),
    ("农村电商物流对口协商哪个委负责", "经济委员会"),
    ("湿地候鸟栖息地保护课题谁承办", "人口资源环境委员会"),
    ("菰米深加工课题谁牵头", "滑立恒"),
    ("市政协秘书长是谁", "蒯静秋"),
    ("农业农村委员会主任是谁", "酆晴川"),
    ("经济委员会主任是谁", "钮嘉澍"),
])
def test_clause_fields_answer(kb, question, expected):
    assert expected in first_line(kb, question), question


def test_an_items_own_line_answers_before_a_sentence_of_many(kb):
    assert "10月" in first_line(kb, "农村电商物流对口协商几月")


def test_an_item_under_another_years_heading_is_passed_over(kb):
    assert "无障碍" not in kb.answer("2024年9月常委会议协商主题").text.split("\n")[0]
