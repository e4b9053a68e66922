"""A noun asked bare before 多少 / 多大 (茶园多大, 存栏量多少, 客流量多少) or after 多少 with no measure word (有多少农户)
is the thing asked: a sentence that names the place asked but never writes the noun counts something else and
declines; one writing it (or its stem: 客流 for 客流量) answers.  (多少人口: 人 starts the noun, it is no measure word.)  A measure word asked (多少人, 多少场, 多少钱) or a
word naming only the dimension (面积, 比例) is left to the amount's unit.  On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.asked_noun import asked_noun
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import analyse

from .conftest import first_line

_REPORT = """鸮岭县政协2023年工作总结

一、履职成效

全年围绕乡村振兴开展协商活动46场，其中芷岚镇12场。

五月中旬，组织委员赴蒹葭湾景区视察文旅融合发展情况，参加委员18名。

国庆假期，蒹葭湾景区客流达8.6万人次。

"苕溪渡"文化驿站全年接待游客3.2万人次。

芷岚镇茶叶合作社现有社员120户。

"鸮岭政协"门户网站全年访问量12.4万次，"鸮声"视频号作品获赞2.7万次。

二、存在不足

部分茶园管护粗放，生猪存栏量波动较大，农户增收渠道不宽，景区停车位紧张。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xiaoling.txt", _REPORT)], tmp_path_factory.mktemp("xiaoling"))


@pytest.mark.parametrize("question", [
    "芷岚镇的茶园多大",  # 芷岚镇12场 counts meetings
    "芷岚镇生猪存栏量有多少",  # nothing of 存栏 told
    "芷岚镇有多少农户",  # 社员120户 are a cooperative's members, not all the town's households
    "蒹葭湾景区停车位一共多少",  # 客流达8.6万人次
    "苕溪渡文化驿站藏书多少",  # 接待游客3.2万人次
    "苕溪渡文化驿站展品多少",
])
def test_noun_asked_bare_and_untold_declines(kb, question):
    assert not kb.answer(question).answered, question


def test_noun_asked_bare_and_told_answers(kb):
    assert "8.6万人次" in first_line(kb, "蒹葭湾景区国庆客流量多少")  # told by its stem, 客流
    assert "3.2万人次" in first_line(kb, "苕溪渡文化驿站接待游客多少")
    assert "120户" in first_line(kb, "芷岚镇茶叶合作社社员有多少")
    assert "12.4万次" in first_line(kb, "鸮岭政协网站全年浏览量多少")  # told by the lexicon's equivalent
    assert "2.7万次" in first_line(kb, "鸮声视频号点赞多少")
    assert "18名" in first_line(kb, "去蒹葭湾景区视察参加委员多少名")  # a measure word asked: 名 tells it


@pytest.mark.parametrize("question, noun", [
    ("芷岚镇的茶园多大", "茶园"),
    ("景区客流量是多少", "客流量"),
    ("芷岚镇有多少农户", "农户"),
    ("芷岚镇有多少人口", "人口"),  # 人 starts the noun: no measure word
    ("芷岚镇有多少万人口", "人口"),
    ("视察参加委员多少人", None),  # a measure word: 名 tells it
    ("协商活动开了多少场", None),
    ("驿站建设花了多少钱", None),
    ("驿站占地面积多大", None),  # a dimension, told by 平方米 or 亩
    ("客流比上年增长多少", None),  # a change
    ("今年客流目标是多少", None),  # a target
])
def test_the_noun_asked_bare(kb, question, noun):
    q = analyse(question, question, kb.answerer.segmenter, kb.answerer.index)
    asked = asked_noun(q)
    assert (asked[0] if asked else None) == noun, question
