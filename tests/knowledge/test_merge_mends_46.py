"""The forty-sixth round's merge mends: where one helper's rule met reports none of them had run.

A list of places gone to (深入甲镇、乙乡等6个乡镇调研) and a kind (行政村, 产茶乡镇) scope no figure after them; a town's
post nobody holds there is not told from another body's (县委书记 for 某镇党委书记); 多少前 is 多少钱 typed by its
sound; a report counted and then named (形成考察报告1篇,即《…》) answers its name; a level before a body (省政协)
stays part of it; a post held in the community its paragraph names answers; 监委派驻 holds no 委派; 种粮大户 is what a person is; 县 of 咱县委员 is no kind summed with 委员;
跑 is a colloquial verb of any deed, not 深入.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.area_parts import smaller_area_told
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协籼塘县委员会2022年工作报告

一、协商议政

全县辖粳口镇、糯坪乡等9个乡镇，共有行政村126个。

4月，组织委员深入粳口镇、糯坪乡等5个产茶乡镇和8家茶叶企业调研，提出建议7条，县政府据此出台扶持意见，全年新增标准化茶园2.4万亩。

全年组织委员视察调研58次，形成调研报告14篇。

二、委员工作

全县163名县政协委员中，有141名委员提交了提案。

5月，组织委员赴外地考察学习，回来后形成考察报告1篇，即《关于粢溪发展家庭农场的经验与启示》，报送县委、县政府参阅。

全年报送社情民意信息31篇，被市政协采用6篇。

同心助学项目累计发放助学金86万元。

县委书记酆立言出席全体会议并讲话。县纪委监委派驻第三纪检监察组组长祁文海列席会议。

粑岭村“田野委员工作室”负责人、县政协委员郏春生是当地的种粮大户。

在粢溪社区议事室，居民代表围坐一起。县政协委员、社区党委书记邝文海说：“有事好商量。”
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xiantang.txt", _REPORT)], tmp_path_factory.mktemp("xiantang-mends"))


@pytest.mark.parametrize("before, smaller", [
    ("组织委员深入粳口镇、糯坪乡等5个产茶乡镇和8家茶叶企业调研,提出建议7条,全年新增标准化茶园", False),  # places gone to
    ("全县辖粳口镇、糯坪乡等9个乡镇,共有行政村", False),  # 行政村: the kind
    ("帮助粑岭村建成加工厂1座;茶园总面积达到", True),  # one village named alone: its figure
])
def test_a_list_of_places_gone_to_scopes_no_figure(before, smaller):
    assert smaller_area_told("全县一共多少", before) is smaller


@pytest.mark.parametrize("question, figure", [
    ("去年全县新增标准化茶园多少亩", "2.4万亩"),
    ("籼塘全县有多少个行政村", "126个"),
    ("同心助学累计发放助学金多少前", "86万元"),  # 多少钱 typed by its sound
    ("咱县委员一共多少个来着？", "163名"),
    ("籼塘政协一年下来视察调研跑了多少趟", "58次"),
    ("派驻纪检监察组组长是谁", "祁文海"),
    ("郏春生是做什么的", "种粮大户"),
    ("考察回来形成的考察报告叫什么", "经验与启示"),
    ("粢溪社区党委书记是谁", "邝文海"),  # the community named in the paragraph, the sentence naming no other
])
def test_answered(kb, question, figure):
    assert figure in first_line(kb, question)


@pytest.mark.parametrize("question", [
    "糯坪乡党委书记是谁",  # nobody told there: not the 县委书记
    "今年社情民意被省政协采用了几篇",  # 市政协 told, not 省政协
])
def test_declined(kb, question):
    assert not kb.answer(question).answered
