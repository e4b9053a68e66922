"""Holders of one post given respectively (3个小组，即"甲""乙""丙"，分别由委员A、B、C担任组长): asked the post of
one of the things (乙小组组长是谁, …叫啥), the person at its place answers; a post they were not given is not.
On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.post_words import post_apart
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.respective_doers import respective_doer

from .conftest import first_line

_REPORT = """政协筠堰县委员会2023年委员学习小组工作总结

一、小组设置

全年设立学习小组3个，即“农业科技学习小组”“非遗传承学习小组”“城乡规划学习小组”，分别由委员乜云舟、亢晓棠、仝柏川担任组长。各小组每季度集中学习1次。
"""

_TOLD = '设立学习小组3个,即"农业科技学习小组""非遗传承学习小组""城乡规划学习小组",分别由委员乜云舟、亢晓棠、仝柏川担任组长。'


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("junyan4.txt", _REPORT)], tmp_path_factory.mktemp("junyan4"))


def test_the_holder_at_the_things_place():
    assert respective_doer(["非遗", "传承", "组长"], _TOLD, "非遗传承学习小组组长是谁") == "亢晓棠"
    assert respective_doer(["农业", "科技", "组长"], _TOLD, "农业科技学习小组组长是谁") == "乜云舟"  # not 委员乜云舟
    assert respective_doer(["非遗", "传承"], _TOLD, "非遗传承学习小组联络员是谁") is None  # another post


def test_the_post_is_each_listed_ones():
    assert not post_apart("亢晓棠", "组长", _TOLD)


def test_one_things_holder_asked(kb):
    assert first_line(kb, "城乡规划学习小组组长是谁").startswith("答：仝柏川")
    assert first_line(kb, "非遗传承学习小组的组长叫啥").startswith("答：亢晓棠")
