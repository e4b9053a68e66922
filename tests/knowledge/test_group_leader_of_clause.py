"""Leaders of parallel groups listed in one sentence (甲局评议组由某甲任组长，乙局评议组由某乙任组长): a question naming
one group gets its own leader (clause_asked.py), the writer's 我本人 is the writer named under the title
(first_person.py), 任组长 is no person named 任 (post_around_name.py), and which scored highest among a list of
scores is read from the scores, not from a list of counts (top_asked.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """芦汀市政协关于2025年度民主评议工作情况的报告

——2026年1月15日在市政协常委会第九次会议上

市政协副主席　柴望秋

各位常委：

一、民主评议工作开展情况

2025年，市政协对3个市直部门开展民主评议，比2024年评议的2个部门增加1个。每个部门组建1个评议组，由1名市政协副主席任组长。其中，市文化旅游局评议组由市政协副主席晏宗霖任组长，市人力资源和社会保障局评议组由市政协副主席蒲雁声任组长，市自然资源局评议组由我本人任组长。

在12月2日召开的民主评议测评会上，委员对3个部门进行了满意度测评。测评结果为：市自然资源局93.1分，市文化旅游局89.7分，市人力资源和社会保障局85.2分。

二、其他监督工作

全年编报社情民意信息312条，提出意见建议205条，被有关部门采纳的有166条。

三、2026年工作安排

2026年，市政协将继续开展民主评议，计划评议市直部门4个。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("luting-city-2025.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("luting"))


def test_the_leader_of_the_group_asked(kb):
    line = first_line(kb, "人社局评议组组长是哪位")
    assert "蒲雁声" in line and "晏宗霖" not in line
    line = first_line(kb, "文化旅游局评议组组长是谁")
    assert "晏宗霖" in line and "蒲雁声" not in line


def test_every_leader_when_no_group_is_named(kb):
    line = first_line(kb, "各评议组组长是谁")
    assert "晏宗霖" in line and "蒲雁声" in line


def test_i_myself_is_the_writer(kb):
    assert "柴望秋" in first_line(kb, "自然资源局评议组组长是谁")


def test_a_post_taken_is_no_name():
    assert "任组长" not in find_person_names("由1名市政协副主席任组长，每组委员8人。")


def test_highest_and_lowest_score(kb):
    assert "市自然资源局" in first_line(kb, "民主评议哪个部门得分最高")
    assert "人力资源和社会保障局" in first_line(kb, "哪个部门分最低")
