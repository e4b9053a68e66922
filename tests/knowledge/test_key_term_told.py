"""Questions whose answer stands in a sentence holding their key words are answered, not declined by a
check that misread them: a post or an honour counted as people (几个副组长 → 副组长3名, 几个悦学之星 → 15名),
a district named like a common noun (某山区), a town before 委员工作站, a bare 街道 after a verb (促成街道…),
a meeting of a higher level's body someone spoke at, 参与率 read as a baseline 与…比, 获 before 市委 read as
a place, a homophone slip across a word (带委员 is no 代委员 of 新时代委员), 报道 as a verb, a habit asked
(一般啥时候) and told by a weekday (每周三晚上), 模拟 read as the plan word 拟. The near questions the report does not answer stay declined.
On a report of our own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.neighbour_parts import neighbour_part_doubt
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协琅汀市委员会2023年委员工作情况报告

（2024年1月10日）

一、工作回顾

全市政协坚持把新时代委员工作摆在突出位置。全年组织委员参加各类履职活动1500余人次，委员履职参与率达到95.1%，较2022年提高5.3个百分点。

2023年4月12日，全市委员工作站建设推进会在栾山区召开，市政协主席出席会议并讲话。栾山区政协主席阚书遥、琪洲区政协主席郜立川在全省政协基层协商工作交流会上作了经验介绍。

各区政协打造工作品牌。栾山区青枫街道委员工作站推出“青枫夜谈”，每周三晚上由委员与居民围坐座谈，全年开展38期；琪洲区蓼源镇委员工作站创办“蓼水议事坊”，组织委员与群众协商议事12次。

青枫街道委员工作站围绕社区助学开展协商，促成街道新建社区助学点5个。

二、界别活动

将24个界别组建为12个界别活动组，每组设组长1名、副组长3名，组长由市政协常委担任。界别活动组组长濮秋岚常委带领委员深入蓼源镇调研茶产业发展，推动成立栾山茶叶产业联盟，带动茶园面积约2.4万亩。

三、学习与信息

年底评选出“悦学之星”15名。举办新任委员培训班2期。培训采取专题讲座、模拟协商等方式，设置课程12门。全年委员报送社情民意信息860条，获市委、市政府领导批示27条次。其中“青枫夜谈”的做法被《人民政协报》专题报道。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    return KnowledgeBase([document_from_text("琅汀市委员工作情况报告.txt", _REPORT)], tmp_path_factory.mktemp("key-term-told"))


@pytest.mark.parametrize("question, expected", [
    ("每个界别活动组设几个副组长", "3名"),  # a post counted with 个, told with 名
    ("年底评了几个悦学之星", "15名"),  # an honour given to people
    ("2023年4月12日那个推进会在哪个区开的", "栾山区"),  # 栾山区 is a district, though 山区 is a common noun
    ("“蓼水议事坊”是哪个镇的工作站办的", "蓼源镇"),  # 蓼源镇委员工作站: a named town
    ("青枫街道工作站促成新建社区助学点几个", "5个"),  # 促成街道 names the same street again
    ("在全省政协基层协商交流会上介绍经验的是哪两位", "区政协主席"),  # the province's meeting, our districts' chairs
    ("履职参与率比2022年提高了几个百分点", "5.3个百分点"),  # 参与率比: no baseline 与…比
    ("社情民意获市委市政府领导批示多少条次", "27条次"),  # 意获 is no place
    ("濮秋岚带委员调研后推动成立了什么", "栾山茶叶产业联盟"),  # 带委员 is no slip for 代委员
    ("哪家报纸专题报道了青枫夜谈", "人民政协报"),  # 报道了: the paper reported it, no masthead asked
    ("青枫夜谈一般啥时候搞", "每周三晚上"),  # a habit, told by its weekday
    ("培训班设置了几门课程", "12门"),  # 模拟协商 plans nothing: its 拟 is no 拟于
])
def test_answered(kb: KnowledgeBase, question: str, expected: str) -> None:
    assert expected in first_line(kb, question)


@pytest.mark.parametrize("question", [
    "去年社情民意信息获市委书记批示的有几条",  # the leaders at large are told, no 书记's own
    "委员工作站的场所面积一般多大",  # a habit of size asked: 一般 still counts where no sentence tells one
])
def test_declined(kb: KnowledgeBase, question: str) -> None:
    assert not kb.answer(question).answered, question


def test_first_few_of_a_group_asked() -> None:
    """The first 3 of 8 asked (8个示范站里排前3的是哪几个): a sentence naming 3 of them names all asked."""
    shown = "全市评出示范站8个,其中甲街道委员工作站、乙街道委员工作站、丙镇委员工作站位列前3。"
    q = SimpleNamespace(norm="8个示范站里排前3的是哪几个", names=[], unit=None, counted=None)
    assert neighbour_part_doubt(q, "what", "", shown) == 1.0
    q = SimpleNamespace(norm="8个示范站分别是哪几个", names=[], unit=None, counted=None)
    assert neighbour_part_doubt(q, "what", "", shown) == 0.4
