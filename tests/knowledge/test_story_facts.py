"""Facts told inside a feature's stories: how many years someone has spent (任教十八年 for 教书教了多少年), a post
written after 是 (某委员是…合作社理事长), the town written before a village (松岗镇茶园村 for 茶园村是哪个镇的), a
count of those a deed was done to asked by the deed modifying the noun (获县领导批示的报告有几篇), a measure word
of incidents (几起纠纷), and a group that is the object of the deed counted (联系无党派委员走访多少人次). On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_FEATURE = """携手同行写担当
——梅岭县政协2022年工作纪实

今年，县政协开展专题调研9项，形成调研报告12篇，其中7篇获县领导批示。

讲台上的坚守。方雅琴委员在县实验中学任教十八年，今年她组织录制微课62节。

田野里的带头人。来自农业界的邵立群委员是松岗镇青峰茶叶专业合作社理事长，合作社带动农户320户。

松岗镇茶园村的委员帮助村里修通了机耕道。

由县律师协会会长何志远委员领办的调解工作室，全年接待群众咨询280人次，化解矛盾纠纷17起。

县政协建立领导联系无党派委员制度，全年开展走访交流55人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("meiling_story.txt", _FEATURE)], tmp_path_factory.mktemp("meiling_story"))


@pytest.mark.parametrize("question, fact", [
    ("方雅琴教书教了多少年？", "18年"),
    ("邵立群是哪个合作社的理事长？", "青峰茶叶专业合作社"),
    ("茶园村是哪个镇的？", "松岗镇"),
    ("获县领导批示的调研报告有几篇？", "7篇"),
    ("形成调研报告多少篇", "12篇"),
    ("何志远的工作室化解了几起纠纷？", "17起"),
    ("联系无党派委员走访交流多少人次？", "55人次"),
])
def test_answers(kb, question, fact):
    assert fact in first_line(kb, question)
