"""A plan asked for a year is told under a heading planning that year: a report's "2018年工作打算"
does not tell the plans of 2017, though it names 2017 in passing, and the report of 2016 planning
2017 does.  Several reports of our own loaded together."""

from __future__ import annotations

import pytest

from bot.knowledge.frames import planned_year
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.question import analyse

from .conftest import first_line

_EARLIER = """政协北岑市委员会2016年提案工作情况报告

一、2016年提案工作回顾

全年共收到提案312件，立案286件，提案人满意率为96.5%。

市政协主席会议成员领衔督办重点提案12件，参加督办的委员达到40人次。

二、2017年提案工作打算

认真做好提案的审查立案和交办工作，力争提案满意率达到97%以上。
"""

_LATER = """政协南溪县委员会2017年提案工作情况报告

一、2017年提案工作回顾

全年共收到提案208件，立案186件，全部办结，提案人满意率为95%。

县政协领导领衔督办重点提案8件，参加视察的委员达到60人次。

二、2018年提案工作的主要打算

继续开展提案办理回头看。力争提案满意率达到98%以上。同时，将对2017年答复为b类的97件提案开展专项回访。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    documents = [SourceDocument(name, text.split("\n", 1)[0], year, text)
                 for name, year, text in (("beicen.txt", "2016", _EARLIER), ("nanxi.txt", "2017", _LATER))]
    return KnowledgeBase(documents, tmp_path_factory.mktemp("plan_years"))


def test_a_plan_heading_names_the_year_it_plans():
    assert planned_year("七、2018年提案工作的主要打算") == 2018
    assert planned_year("二、2017年工作回顾和2018年工作打算") == 2018
    assert planned_year("一、2017年提案工作回顾") is None


def test_the_plan_of_a_year_comes_from_the_heading_planning_it(kb):
    assert "97%" in first_line(kb, "2017年提案满意率要达到多少？")
    assert "98%" in first_line(kb, "2018年提案满意率要达到多少？")


def test_a_heading_planning_another_year_tells_no_plan_of_the_year_asked(kb):
    answerer = kb.answerer
    index = answerer.index
    later = next(p for p, text in enumerate(index.passage_norm) if "98%" in text)  # names 2017 in passing
    earlier = next(p for p, text in enumerate(index.passage_norm) if "97%" in text)
    asked = analyse("2017年提案满意率要达到多少?", "2017年提案满意率要达到多少?", answerer.segmenter, index)
    assert not answerer.checks.years_ok(asked, later, index.passage_norm[later])
    assert answerer.checks.years_ok(asked, earlier, index.passage_norm[earlier])
    asked = analyse("2018年提案满意率要达到多少?", "2018年提案满意率要达到多少?", answerer.segmenter, index)
    assert answerer.checks.years_ok(asked, later, index.passage_norm[later])
