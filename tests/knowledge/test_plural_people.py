"""A plural noun of people with 们 (老人们, 家长们) asked where the documents write the noun alone: the 们 is
dropped, so 老人们 finds the sentence telling of 老人 (read as written it is cut 老 + 人们). Pronouns stay.
On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.plural_people import plural_dropped
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协苎溪区委员会2024年委员议事室工作总结

一、重点议事活动

5月8日，区政协在蓼汀社区委员议事室举办“家门口的养老服务”主题议事活动，参加活动的有区政协委员12名、社区老年居民代表26名。
蓼汀社区是典型的老龄化社区，60周岁以上人口占常住人口的34%。居民代表在发言中说，社区里独居老人多，“买菜难、就医远、没人聊”是大家最发愁的事。
委员们围绕社区食堂运营、上门医疗服务等提出了11条意见建议。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zhuxi-district.txt", _REPORT)], tmp_path_factory.mktemp("zhuxi_district"))


def test_the_plural_of_a_noun_written_alone_is_dropped(kb):
    index = kb.answerer.index
    assert plural_dropped("老人们最发愁哪3件事", index) == "老人最发愁哪3件事"
    assert plural_dropped("委员们提了几条建议", index) == "委员们提了几条建议"  # written with 们 there
    assert plural_dropped("他们最发愁什么", index) == "他们最发愁什么"  # a pronoun


def test_what_the_old_people_worry_about_is_answered(kb):
    assert "买菜难" in first_line(kb, "老人们最发愁哪三件事")
