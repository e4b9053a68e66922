"""The one a sentence names, then says is the most so or the first (“甲群”最为活跃; “乙群”提交心得最多，达…; 某组
人均…，在5个组中排名第一): asked which one, the name answers when of the kind asked and ranked by what is asked.
On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.named_top import asks_named_top, named_top
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协荇湾县委员会2023年委员学习群工作总结

一、学习群运行情况

各学习群中，“蒹葭诗社群”最为活跃，全年发言6420条；“苜川史话群”提交笔记最多，达188篇。从联络组情况看，茴岭镇委员联络组人均提交笔记6.4篇，在4个委员联络组中排名第一。
"""

_TOLD = '各学习群中,"蒹葭诗社群"最为活跃,全年发言6420条;"苜川史话群"提交笔记最多,达188篇。'


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xinghu5.txt", _REPORT)], tmp_path_factory.mktemp("xinghu5"))


def test_the_name_before_the_superlative():
    assert named_top("哪个学习群最活跃", _TOLD) == "蒹葭诗社群"
    assert named_top("哪个学习群提交笔记最多", _TOLD) == "苜川史话群"
    assert named_top("哪个学习群发言最多", _TOLD) == ""  # 发言 is not what 最多 ranks there
    first = "从联络组情况看,茴岭镇委员联络组人均提交笔记6.4篇,在4个委员联络组中排名第一。"
    assert named_top("人均笔记排第一的是哪个联络组", first) == "茴岭镇委员联络组"
    assert asks_named_top("哪个学习群最活跃") and not asks_named_top("哪些学习群最活跃")


def test_which_one_asked(kb):
    assert first_line(kb, "哪个学习群最活跃").startswith("答：蒹葭诗社群")
    assert first_line(kb, "哪个学习群提交笔记最多").startswith("答：苜川史话群")
