"""The right figure or sentence of a paragraph telling several: a magnitude asked bare (签了多少亿) is answered by
the amount written in it, not the count nearer the question's words (measures.py, titles.py); a span of months
(5月至6月) is one time (plan_items.py); the present asked (现在一共) is the stock the report ends on, not a closed
term's total (periods.py); 分布在哪些产业 asks the trades, no place, and 在哪些国家 needs no sentence writing
国家 (question.py); a lead-in's items are the answer to 有哪些, not a runner-up from another paragraph
(rendering.py); one theme asked (主题是什么) is told by the topic quoted after 围绕 (items.py).  On a report of our
own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协蔺泷市委员会2024年侨务和外事工作总结

一、主要工作

（一）深入开展视察调研。组织委员交流学习体会，撰写心得体会文章36篇。围绕"山区侨房修缮与利用"，组织委员赴蘅岭县开展专题视察，先后视察侨房12处，召开座谈会4场，提出建议9条。

（二）扎实开展主题联谊活动。围绕迎接新春佳节，开展"侨心暖冬"系列主题活动，组织委员走访慰问归侨家庭88户，发放慰问金及物资折合12.6万元。

（三）深化海外联谊。5月至6月，组织开展"海外侨胞蔺泷行"活动，邀请海外侨胞代表42人回乡考察。把建设海外联络处作为凝聚侨心的重要抓手，2024年新设立海外联络处2个，分别是新加坡联络处和泰国曼谷联络处，全市海外联络处总数达到9个。

（四）以侨引资成效明显。委员会充分发挥委员的桥梁作用，全年共引荐招商项目14个，促成签约项目10个，协议投资额27.4亿元，其中侨资项目6个。从产业分布看，10个签约项目中，先进制造业项目4个、现代服务业项目3个和现代农业项目3个，项目主要落户在蓼汀区和蘅岭县。

（五）与上届相比工作持续提升。十二届市政协期间（2018—2022年），委员会累计提交提案190件、报送社情民意信息204篇、引荐招商项目51个，累计推动建成"侨胞之家"20个、海外联络处6个。

（六）配合开展外事工作。委员会支持和配合市外办做好对外交往工作，协助接待来访外宾团组4批。蔺泷市现已与国外5个城市缔结国际友好城市关系，5个国际友好城市分别位于日本、韩国、法国、巴西和意大利。受疫情影响，友城之间的互访暂时中断，委员会协助市外办以线上方式举办"蔺泷国际友城合作论坛"，来自7个国家的友城代表在线参加。

二、主要体会

一年来的工作实践，使我们深刻体会到：

一是必须坚持党的领导。只有始终坚持党的全面领导，才能确保侨务工作沿着正确方向前进。

二是必须坚持服务中心大局。只有紧紧围绕中心工作，才能更好地体现政协作为。

三是必须坚持大团结大联合。只有加强与各方面的协作配合，才能凝聚起侨界的智慧和力量。
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    return KnowledgeBase([document_from_text("linlong-report.txt", _REPORT)], tmp_path_factory.mktemp("linlong"))


@pytest.mark.parametrize("question, expected", [
    ("招商签了多少亿", "27.4亿元"),
    ("海外侨胞蔺泷行是几月搞的", "5月至6月"),
    ("海外联络处现在一共有多少个", "9个"),
    ("签约项目分布在哪些产业", "先进制造业"),
    ("主要体会有哪些", "坚持党的领导"),
    ("去年视察调研的主题是什么", "山区侨房修缮与利用"),
    ("国际友城在哪些国家", "法国"),
])
def test_figure_or_sentence_asked(report, question, expected):
    assert expected in first_line(report, question)
