"""The figure of a many-figure sentence a question asks: the measure word or measure asked (多少袋, 值多少, 卖了多少,
多长), the thing counted against each figure's own noun phrase (a table's column laid out by spaces), a total
against its parts (调研视察一共几次 → 组织调研视察13次, not 视察8次 of 调研5项、视察8次; 茶园总面积 before 新扩种…),
a kind asked against a sum of listed kinds (对口协商几次 → not 专题协商、…和对口协商活动共9次), a part told within a
scope (22个联系点中有5个…), and a share asked by 占 (not another rate). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协湍溪县委员会2023年助力乡村振兴工作总结

2023年，县政协围绕乡村振兴开展专题协商、“请你来协商”和对口协商活动共9次，组织调研视察13次，开展委员下乡服务活动96场次，参与委员八百余人次；提交乡村振兴类提案47件，报送社情民意信息29篇；委员捐资捐物折合212.4万元。现将有关情况总结如下。

一、突出协商主业

全年开展对口协商4次。与县交通运输局围绕农村公路管护协商，推动新建村级物流站31个。

二、深化调研视察

全年组织乡村振兴领域调研5项、视察8次，由县政协领导分别带队，形成调研报告5篇、视察报告8篇。

1．3月，调研特色产业发展，主席带队；
2．5月，视察高标准农田建设，副主席带队；
3．9月，视察农村饮水安全工程，副主席带队。

三、深化委员联系点建设

截至2023年底，全县共设立委员联系点22个。委员全年到联系点开展活动121次。

一是开展“杏林湍行”义诊。医卫界委员深入9个乡镇开展义诊18场。县政协将推动履职平台及时发布联系点活动和义诊安排等信息。

四、定点帮扶苒村

2023年县政协协调帮扶资金98万元，帮助苒村新扩种茶园260亩，茶园总面积达到1380亩。全村集体经济收入由2022年的15.2万元增至21.7万元，增长42.8%；农民人均可支配收入达到16320元，比上年增长8.1%。县政协还组织消费帮扶，购买农产品金额31.5万元，比上年增长12.6%；协调县内企业与苒村签订茶叶长期收购协议3份，年收购量不少于25吨。

五、聚力产业帮扶

芪岭村发展香菇产业，委员帮助引进自动化装袋生产线1条，2023年全村种植栎口香菇180万袋，比上年增加40万袋，带动农户96户。

县政协联合县商务局开展委员带货直播季活动，组织委员和乡村主播开展直播48场，线上销售农产品930万元，比上年增长21.4%；举办直播带货培训班5期，培训本土带货主播160人次。主要产品直播销售情况如下：

2023年委员助农直播主要产品销售情况
产品　　　　　直播场次　　销售额
岷坳冬笋　　　11场　　　　205万元
乙溪红茶　　　8场　　　　 133万元
合计　　　　　19场　　　　338万元

六、提案工作

全年委员围绕乡村振兴提交提案47件，比上年增加6件，占全年立案提案176件的26.7%。乡村振兴类提案办复率100%，委员对办理结果满意和基本满意率达97.2%。

七、积极捐资捐物

1．县政协委员郜立群捐资40万元，为芪岭村修建产业路1.8公里；
2．农业界委员捐赠小型农机具35台（套），价值19万元。

八、存在的问题

委员联系点作用发挥不平衡，22个联系点中有5个活动开展不经常。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tuanxi.txt", _REPORT)], tmp_path_factory.mktemp("tuanxi-figures"))


@pytest.mark.parametrize("question, figure", [
    ("芪岭村去年种了多少袋香菇", "180万袋"),  # bags are a measure word
    ("去年芪岭香菇种了多少", "180万袋"),  # …the planting's own, not the 96户 it brought along
    ("捐赠的农机具值多少", "19万元"),  # worth is told in money
    ("直播带货去年卖了多少", "930万元"),  # so are sales, told 销售
    ("郜立群捐钱修的产业路多长", "1.8公里"),  # a road's length, whatever money the question names
    ("乙溪红茶直播销售额多少", "133万元"),  # a table laid out in columns: the 销售额 column's
    ("岷坳冬笋直播卖了多少", "205万元"),
    ("苒村茶园现在总共多少亩", "1380亩"),  # the whole (总面积), not the newly planted part
    ("茶叶协议年收购量不少于多少", "25吨"),  # the measure noun 收购量 names the amount's clause
    ("有几个联系点活动开展不经常", "5个"),  # the part the question names by its deed, not the scope
    ("苒村集体收入增长了多少", "42.8%"),  # 集体经济收入, named without a word
    ("2023年调研视察一共几次", "13次"),  # the total told in the opening summary
])
def test_the_asked_figure_of_the_sentence(kb, question, figure):
    line = first_line(kb, question)
    assert figure in line and not line.split(figure)[0][-1:].isdigit(), line


def test_a_name_asked_of_a_kind_of_activity_is_quoted_before_the_kind(kb):
    assert "杏林湍行" in first_line(kb, "义诊活动叫什么")  # 活动 is every activity's head: the name stands before 义诊


def _question(kb, text):
    from bot.knowledge.normalize import normalize_text
    from bot.knowledge.question import analyse

    norm = normalize_text(text)
    return analyse(norm, norm, kb.answerer.segmenter, kb.answerer.index)


def _amount(sentence, text):
    from bot.knowledge.facts import find_quantities

    return next(x for x in find_quantities(sentence) if x.text == text)


def test_a_kind_named_with_a_word_left_out_is_the_one_asked(kb):
    from bot.knowledge.change_kind import narrower_change
    from bot.knowledge.facts import find_quantities

    sentence = "全村集体经济收入由2022年的15.2万元增至21.7万元,增长42.8%"
    text = sentence + "。农民人均可支配收入达到16320元,比上年增长8.1%。旅游综合收入比上年增长1.3倍。"
    q = _question(kb, "苒村集体收入增长了多少")
    assert not narrower_change(q, sentence, _amount(sentence, "42.8%"), find_quantities(sentence),
                               kb.answerer.segmenter.words, text)


def test_a_date_in_chinese_numerals_after_a_list_number_is_shown_as_written():
    from bot.knowledge.surface import written_form

    assert written_form("2023年7月上旬", ["6．二〇二三年七月上旬，某乡遭受强降雨袭击"]) == "二〇二三年七月上旬"
    assert written_form("5次", ["人均2.5次"]) is None  # a decimal's end is no figure of its own
