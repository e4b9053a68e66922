"""A city's report telling of its districts and counties one sentence each, the place opening the sentence:
a district asked is answered with its own figure or chairman (区政协主席某某 in 松岭区's sentence is 松岭区's),
never with another district's figure, the sum over districts listed together, or the whole city's figure;
and 多少委员联络站 counts the 联络站, not the members. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协青峦市委员会常务委员会工作报告

——2024年1月9日在政协第九届青峦市委员会第三次会议上

各位委员：

现在，我代表政协第九届青峦市委员会常务委员会，向大会报告工作，请予审议。

2023年，在中共青峦市委的坚强领导下，市政协常委会坚持以习近平新时代中国特色社会主义思想为指导，紧扣团结和民主两大主题，认真履行政治协商、民主监督、参政议政职能，各项工作取得新的进展，为全市经济社会发展作出了积极贡献。全年共召开常委会会议4次、主席会议10次，组织各类协商活动38场，开展视察、考察、调研活动45次，形成各类调研报告和协商建议29份，其中17份得到市委、市政府主要领导批示。一年来，我们坚持把党的领导贯穿政协工作全过程，坚持围绕中心、服务大局，坚持履职为民，在服务全市高质量发展中展现了政协担当。

一、提案工作

全年立案提案402件，办复率100%，提案者对办理工作满意率达97.5%。

二、区县政协工作

市政协与5个区县政协建立联动机制。松岭区政协立案提案88件，"松岭议事会"开展协商活动17场，区政协主席贺长青带队调研老旧小区改造工作。梅川区政协报送社情民意信息136篇，被市政协采用41篇。柏溪县政协建立委员联络站15个，组织委员开展消费帮扶活动，帮助销售农产品920万元。石门县政协开展"委员进企业"活动，联系服务企业64家，实现全县9个乡镇全覆盖。

三、民主监督

在梅川区、柏溪县试点设立"委员议事窗口"，全年受理群众反映问题120件，办结111件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("qingluan.txt", _REPORT)], tmp_path_factory.mktemp("qingluan"))


@pytest.mark.parametrize("question, fact", [
    ("松岭区政协主席是谁", "贺长青"),
    ("柏溪县建了多少委员联络站", "15个"),
    ("梅川区社情民意报了多少篇", "136篇"),
    ("石门县委员进企业联系服务企业几家", "64家"),
    ("石门县一共几个乡镇", "9个"),
    ("委员议事窗口受理了多少件", "120件"),
    ("提案满意率多少", "97.5%"),
])
def test_own_figures(kb, question, fact):
    assert fact in first_line(kb, question)


@pytest.mark.parametrize("question", [
    "梅川区政协主席是谁",          # only 松岭区's chairman is named
    "石门县建了几个委员联络站",      # 柏溪县's 15个
    "柏溪县社情民意报了多少篇",      # 梅川区's 136篇
    "松岭区提案满意率多少",          # the whole city's 97.5%
    "梅川区委员议事窗口受理了多少件",  # the sum over 梅川区 and 柏溪县
])
def test_another_place_declined(kb, question):
    assert not kb.answer(question).answered, question
