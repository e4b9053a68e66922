"""People named right after a trade or post the role list lacked: at the end of a chain of posts (县政协委员、
县妇幼保健院主任医师某某, 县消防救援大队政治教导员某某, 某公司负责人某某), an old hand (90岁的老党员某某, 老艺人某某,
老中医某某) or a leader named by the word itself (界别联系领导某某同志, 检察长某某).  Such a name is learned, so
a question asking who (or asking of the person) is answered; a post nobody in the report holds is still declined.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """汀屿县政协2022年履职纪实

汀屿县政协围绕汀屿县民生实事履职尽责。

“孩子们的视力问题要早发现。”县政协委员、县妇幼保健院主任医师祁望川在会上建议，每所小学配备视力筛查设备。

去年7月，县政协委员、县消防救援大队政治教导员温嵩岳在调研中发现，城区老旧小区消防通道普遍堵塞。

1995年出生的县政协委员、汀屿县竹编文化公司负责人祁晓禾，是本届最年轻的委员之一。

口述史采访了汀屿县老人31名，年龄最大的是93岁的老党员柯望舟，年龄最小的受访者是62岁的老艺人柯晓岚。

县政协副主席、农业界别联系领导祁远帆同志出席汀屿县界别座谈会并讲话。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tingyu.txt", _REPORT)], tmp_path_factory.mktemp("tingyu"))


@pytest.mark.parametrize("sentence, name", [
    ("县政协委员、县妇幼保健院主任医师祁望川在会上建议", "祁望川"),
    ("县消防救援大队政治教导员温嵩岳在调研中发现", "温嵩岳"),
    ("汀屿县竹编文化公司负责人祁晓禾，是本届最年轻的委员之一", "祁晓禾"),
    ("年龄最大的是93岁的老党员柯望舟，", "柯望舟"),
    ("界别联系领导祁远帆同志出席", "祁远帆"),
    ("区检察院检察长柯雪岚先后两次到", "柯雪岚"),
])
def test_the_name_after_the_trade_is_learned(sentence, name):
    assert name in find_person_names(sentence)


def test_no_name_is_read_where_none_follows_the_word():
    assert not find_person_names("获县委、县政府主要领导批示23次，党员干部带头参加。")


@pytest.mark.parametrize("question, answer", [
    ("妇幼保健院那个委员叫啥", "祁望川"),
    ("最年轻的委员之一是谁", "祁晓禾"),
    ("年龄最小的受访者是谁", "柯晓岚"),
    ("农业界别的联系领导是哪位副主席", "祁远帆"),
])
def test_who_is_answered_with_the_name(kb, question, answer):
    assert first_line(kb, question).startswith(f"答：{answer}")


def test_a_post_of_the_person_is_answered(kb):
    assert "政治教导员" in first_line(kb, "温嵩岳是啥职务")


@pytest.mark.parametrize("question", ["县政协主席是谁", "县消防救援大队大队长是谁"])
def test_a_post_nobody_holds_is_still_declined(kb, question):
    assert not kb.answer(question).answered


def test_a_deputy_asked_is_not_the_head_told(tmp_path):
    report = document_from_text("tingyu2.txt", "汀屿区政协社会和法制委员会2024年工作总结\n\n汀屿区检察院检察长柯雪岚先后两次到"
                                               "汀屿区政协委员会通报公益诉讼工作。\n")
    kb = KnowledgeBase([report], tmp_path)
    assert first_line(kb, "区检察院检察长是谁").startswith("答：柯雪岚")
    assert not kb.answer("区检察院副检察长是谁").answered
