"""What a thing is called and which ones a list holds, told as a volunteer-service summary writes them (made-up report):
a town's district written right above it (在琤山区璩塘镇…), a day spoken with 号, a project named by the quote against the
words saying which ("甘露行"义诊, "琤溪讲堂"进校园) or by the paragraph's lead (三是实施"同心惠农"项目), a breakdown
by kind (婚姻家庭纠纷41件、邻里纠纷26件), a target quoted before 目标, units whose experts came, the kind of place
asked (在瑄河、瑆湖流域), projects named without the word 项目, and sites quoted in a locality."""

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.items import lists_asked_items
from bot.knowledge.normalize import normalize_text
from bot.knowledge.question import analyse
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协琤溪市委员会2024年委员志愿服务工作总结

一年来，政协琤溪市委员会围绕全市“科创兴市、绿色靓市、民生暖市”发展目标，组织委员开展志愿服务。

一、主要做法

（一）开展义诊服务

医疗服务队坚持服务下沉，全年组织开展“甘露行”义诊活动52场，服务群众1.6万人次。部分服务项目同质化，义诊、宣传类活动较多，深层次的服务项目相对较少。

（二）开展助学服务

二是深化“琤溪讲堂”进校园。组织教育界委员走进中小学，开展科普、法治等主题讲座40场，受益师生2.2万人次。

（三）开展法律服务

法律服务队委员律师参与调解矛盾纠纷96件，调解成功率90.5%。其中，婚姻家庭纠纷41件、邻里纠纷26件、劳动争议18件、其他纠纷11件。服务队在瑀津街道设立委员服务企业工作站，全年走访企业52家。服务队还在璘水区瑀津街道试点联动调解模式。

庹雨桐委员参与调解的一起欠薪纠纷，为工人追回工资60万元。

（四）开展培训

全年举办委员志愿者培训班2期；邀请市红十字会、市卫生健康委员会专家开展急救技能培训5场。

（五）开展生态服务

一是开展“碧水卫士”巡河行动。服务队联合市河长制办公室，在瑄河、瑆湖流域选定12个重点河段，全年开展巡河活动150次。

3月12日，在琤山区璩塘镇开展义务植树活动，栽植苗木2.1万株。

（六）开展帮扶服务

三是实施“同心惠农”项目。组织经济界委员开展消费帮扶和产销对接，在市区设立“同心惠农”展销专柜5个，帮助销售农产品金额960万元。

二、品牌建设

6月，市政协举办首届委员志愿服务项目大赛，共申报项目26个，有10个项目进入决赛。最终评出一等奖2个、二等奖3个，“银发关怀”行动和“琤溪法律驿站”获得一等奖。

5月，琫川市政协考察组来我市考察交流，实地察看了璟桥社区“邻里议事坊”和“暖心食堂”。

依托“琤溪政协”微信公众号推送委员志愿服务信息120条，开展宣传活动8场。

12月9日“国际志愿者日”，全市各委员志愿服务站同步开展“委员服务集中日”活动，服务群众4100余人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    return KnowledgeBase([document_from_text("琤溪市委员志愿服务工作总结.txt", _REPORT)], tmp_path_factory.mktemp("names-lists"))


@pytest.mark.parametrize("question, expected", [
    ("璩塘镇属于哪个区", ["琤山区"]),  # 琤山区璩塘镇: the district right above the town, though 山区 is a common noun
    ("瑀津街道是哪个区的", ["璘水区"]),  # the sentence writing the district above the street, not one naming the street alone
    ("义诊那个项目叫啥名", ["甘露行"]),  # "甘露行"义诊 names it, the word 项目 unwritten
    ("进校园讲座项目叫什么", ["琤溪讲堂"]),  # "琤溪讲堂"进校园
    ("消费帮扶项目叫啥名", ["同心惠农"]),  # the paragraph's lead names "同心惠农" a 项目
    ("市里的发展目标是哪三个", ["科创兴市", "绿色靓市", "民生暖市"]),  # a target quoted before 目标, no plan asked
    ("急救培训请的哪些单位的专家", ["市红十字会", "市卫生健康委员会"]),  # whose experts: the units, a 红十字会 is one
    ("碧水卫士在哪两个流域", ["瑄河", "瑆湖"]),  # 在瑄河、瑆湖流域: the places of the kind asked
    ("大赛一等奖是哪两个项目", ["银发关怀", "琤溪法律驿站"]),  # projects quoted, the word 项目 unwritten
    ("琫川市考察组看了哪两个地方", ["邻里议事坊", "暖心食堂"]),  # sites quoted in a community are places
])
def test_names_and_lists_told(kb, question, expected):
    answer = kb.answer(question)
    assert answer.answered, question
    first = answer.text.split("\n", 1)[0]
    assert all(item in first for item in expected), first


def test_day_spoken_with_hao_is_the_day_written():
    assert normalize_text("12月9号搞的是啥活动") == "12月9日搞的是啥活动"
    assert normalize_text("十二月九号") == "12月9日"
    assert normalize_text("3号楼") == "3号楼"  # no month before it: no day


def test_breakdown_by_kind_lists_the_kinds(kb):
    norm = normalize_text("调解的纠纷都有哪几类")
    q = analyse(norm, norm, kb.index.segmenter, kb.index)
    assert lists_asked_items(q, normalize_text("其中，婚姻家庭纠纷41件、邻里纠纷26件、劳动争议18件、其他纠纷11件。"))
    assert not lists_asked_items(q, normalize_text("法律服务队委员律师参与调解矛盾纠纷96件，调解成功率90.5%。"))
