"""A member's own duty report (个人履职报告) gives the writer's counts (本人报送社情民意信息12条): a question
suggested from one names the writer, not the committee the report was given to (writer_asked.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.writer_asked import writer_clause

_REPORT = """筠溪区政协委员邬若岚2024年度个人履职报告

邬若岚

2024年是本人担任区政协委员的第二年。现将本人履职情况报告如下。

一、反映社情民意

2024年，本人撰写并报送社情民意信息12条，其中被区政协采用7条。

二、参加视察调研

2024年，本人参加区政协组织的视察调研活动共8次，执笔撰写调研报告2篇。

三、提案办理成效

本人提交的停车管理提案由区城市管理局主办。区城市管理局新划设停车泊位340个。
"""

_COMMITTEE = """筠溪区政协2024年工作报告

全年共立案提案152件，报送社情民意信息96条，组织视察调研活动21次。
"""


def _documents():
    report = SourceDocument("yunxi-member.txt", _REPORT.split("\n", 1)[0], "2024", _REPORT)
    committee = SourceDocument("yunxi-work.txt", _COMMITTEE.split("\n", 1)[0], "2024", _COMMITTEE)
    return report, committee


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    report, committee = _documents()
    return KnowledgeBase([committee, report], tmp_path_factory.mktemp("yunxi-pair"))


@pytest.fixture(scope="module")
def alone(tmp_path_factory):
    report, _ = _documents()
    return KnowledgeBase([report], tmp_path_factory.mktemp("yunxi-alone"))


def _made_from(kb, fact: str) -> list[str]:
    index = kb.answerer.index
    return [q for q, origin in zip(index.question_pool, index.question_origins) if origin.fact == fact]


def test_beside_the_committees_report_the_writers_count_names_the_writer(pair):
    made = _made_from(pair, "12条")
    assert made and all(q.startswith("邬若岚2024年") for q in made), made
    assert not any("筠溪区政协2024年报送" in q for q in made), made
    assert any(q.startswith("邬若岚2024年") for q in _made_from(pair, "8次"))


def test_a_clause_of_another_doer_keeps_the_committees_label(pair):
    made = _made_from(pair, "340个")
    assert made and not any("邬若岚" in q for q in made), made


def test_alone_the_writers_count_names_the_writer_without_a_year(alone):
    made = _made_from(alone, "12条")
    assert made and all(q.startswith("邬若岚") and "2024年" not in q[:7] for q in made), made


def test_a_declined_question_offers_the_writers_own_counts(pair):
    answer = pair.answer("邬若岚去年种了几棵树")
    assert not answer.answered
    assert any(s.startswith("邬若岚") for s in answer.suggestions), answer.suggestions


def test_writer_clause_reads_who_does_the_deed():
    sentence = "2024年,邬若岚参加视察调研活动共8次,执笔撰写调研报告2篇。"
    assert writer_clause(sentence, sentence.index("执笔"), "执笔撰写调研报告", "邬若岚")
    other = "邬若岚与区卫健委沟通后,该站新增药品20种。"
    assert not writer_clause(other, other.index("该站"), "该站新增药品", "邬若岚")
    later = "邬若岚反映后,区城管局随即开展整治,查处案件9起。"
    assert not writer_clause(later, later.index("查处"), "查处案件", "邬若岚")
    assert not writer_clause("全年开展活动5次。", 0, "全年开展活动", "")
