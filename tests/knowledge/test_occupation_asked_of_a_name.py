"""A named person asked 是干什么的 / 是干啥的 / 是做什么的 (as members ask on a phone) is asked their post, as
是做什么工作的 asks it: the post the report gives them leads, not a whole sentence that merely names them (a
person named in several sentences, one of them telling nothing of what they do).  A thing asked so is not a
person.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """苇塘县政协2031年工作纪实

一、社情民意

委员葛望川反映的《关于乡村学校校车接送的建议》被市政协采用，推动县交通局新增校车12辆。

葛望川是县实验小学副校长，也是一名连任两届的委员。

二、界别活动

县政协委员、苇塘县果蔬协会会长乔穗云带领会员开展技术培训9场。

县政协开设“委员夜校”，全年举办7期，听众累计500余人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("weitang.txt", _REPORT)], tmp_path_factory.mktemp("weitang"))


@pytest.mark.parametrize("question, post", [
    ("葛望川是干什么的", "县实验小学副校长"),
    ("葛望川是干啥的", "县实验小学副校长"),
    ("乔穗云是做什么的", "苇塘县果蔬协会会长"),
])
def test_the_post_of_the_person_asked_leads(kb, question, post):
    line = first_line(kb, question)
    assert line.startswith("答：") and post in line
    assert "校车" not in line


def test_a_thing_asked_so_is_not_a_person(kb):
    assert "委员夜校" in first_line(kb, "委员夜校是干什么的")
