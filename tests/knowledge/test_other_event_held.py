"""An event asked by words the report names only in its title or masthead (常务理事会议这次出席了多少人: the meeting
the report was given at), the sentence telling another kind of event held (承办…片区研讨会，…56人参加): declined
(checks.Checks.other_event_held).  The event told, asked by its own kind, answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协湄汀市委员会理论研究会2021年工作总结

——二〇二二年一月十日在市政协理论研究会第二届理事会第三次常务理事会议上

一、研讨交流

6月18日，研究会承办全省政协理论研究片区研讨会，来自兄弟市的政协理论工作者56人参加，交流论文17篇。省政协理论研究会秘书长出席会议并讲话。

二、刊物建设

会刊全年出版4期，刊发文章88篇。

三、自身建设

全年召开会长办公会5次、常务理事会议2次，研究会议事决策进一步规范。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("meiting.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("meiting"))


def test_the_report_s_own_meeting_asked_another_event_told_declined(kb):
    assert not kb.answer("常务理事会议这次出席了多少人").answered


def test_the_event_told_answers(kb):
    assert "56人" in first_line(kb, "片区研讨会有多少人参加")


def test_the_rule_itself(kb):
    """The check on the sentences of the report: the meeting of the masthead against the 研讨会 held, and a
    meeting the paragraph itself names."""
    checks = kb.answerer.checks
    index = checks.index
    held = next(p for p in range(index.size) if "研讨会" in index.passage_norm[p])
    shown = index.sentence_norm[held][0]
    assert checks.other_event_held("会议", ["常务理事"], held, shown)
    assert not checks.other_event_held("研讨会", ["片区"], held, shown)
    own = next(p for p in range(index.size) if "常务理事会议2次" in index.passage_norm[p])
    assert not checks.other_event_held("会议", ["常务理事"], own, index.sentence_norm[own][0])
