"""Questions answered by a neighbouring fact are declined, the fact itself still answered (on a
report of our own): a rate asked and a count of people told; a level of government or a side of
town and country asked and another's figure told; a town asked by 哪些乡镇 and a count of town
centres told; people picked by a deed and someone named a clause away; a place in a ranking not
told; a volume's own title asked and only the series quoted; a named farm asked and the whole
district's figure told."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """青石市白沙区政协经济和农业委员会
2020年工作总结

（二〇二〇年十二月十五日在区政协经济和农业委员会全体会议上）

一、全区农业概况

据区统计局通报，全区农村居民人均可支配收入达到21460元，增幅高于城镇居民0.8个百分点。全区现有专业合作社350家。

二、调研视察

5月，委员会组织委员走访了松岭生态农庄、玉泉茶场等经营主体19家。调研显示，全区乡村旅游全年接待游客95万人次。

委员会在调研基础上提出建议，区政府据此在全区新建乡镇农技服务站7个。目前全区农村垃圾治理主要依靠区级财政补助，区财政安排治理资金3800万元，比上年增加500万元。

8月，委员会组织15名委员参加区政协对区林业局的民主评议，收集意见建议21条。

三、自身建设

年内，委员会增补委员3名，因工作调动调出委员2名。副主席王建新多次参加委员会活动，对委员会工作给予了有力支持。

秘书长李国华表示，区政协将对连续2年履职积分排名靠后的委员进行约谈提醒。

四、明年打算

在自身建设方面，计划举办委员履职能力培训班2期，出版《白沙文史资料》第五辑。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("baisha.txt", _REPORT)], tmp_path_factory.mktemp("baisha"))


@pytest.mark.parametrize("question", [
    "对区林业局的民主评议满意度是多少？",
    "全区城镇居民人均可支配收入是多少",
    "垃圾治理资金中省级补助多少万元？",
    "7个乡镇农技服务站分别在哪些乡镇",
    "今年调出的那名委员是谁",
    "履职积分排名第一的委员是谁？",
    "《白沙文史资料》第五辑叫什么名字？",
    "白沙文史资料第五辑书名是什么",
    "松岭生态农庄一年接待游客多少人次",
])
def test_a_neighbouring_fact_is_no_answer(kb, question):
    assert not kb.answer(question).answered, question


@pytest.mark.parametrize("question, expected", [
    ("有多少名委员参加了对区林业局的民主评议", "15名"),
    ("全区农村居民人均可支配收入是多少", "21460元"),
    ("区财政安排农村垃圾治理资金多少万元", "3800万元"),
    ("全区新建了多少个乡镇农技服务站", "7个"),
    ("全区乡村旅游接待游客多少人次", "95万人次"),
])
def test_the_facts_told_are_answered(kb, question, expected):
    line = first_line(kb, question)
    assert line.startswith("答：") and expected in line, (question, line)


def test_the_reports_short_name_is_its_district(tmp_path):
    kb = KnowledgeBase([document_from_text("baisha.txt", _REPORT)], tmp_path)
    assert kb.index.frames[0].places == ("白沙",)
