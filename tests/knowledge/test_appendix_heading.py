"""An appendix after a report (附件：2024年各委员会活动开展情况（部分）) is a section of its own: what it
lists was done in the report's year, not planned under the report's last heading (七、2025年工作打算),
though its own sub-headings, written in brackets, are no headings of the document."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import split_passages
from bot.knowledge.public import KnowledgeBase, SourceDocument

_REPORT = """政协蕖汀县委员会2024年“委员茶叙”活动工作总结

（2025年1月10日政协蕖汀县第八届委员会常务委员会第九次会议通过）

一、全年工作情况

全年共举办“委员茶叙”活动58场，比2023年的41场增加17场，参与委员632人次。

二、2025年工作打算

2025年，力争全年举办“委员茶叙”活动70场以上，每名委员全年参加茶叙活动不少于2场。

各位常委，做好“委员茶叙”工作，是人民政协践行全过程人民民主的生动实践，我们要把茶叙办得更实、更活。

附件：2024年各专门委员会茶叙活动开展情况（部分）

为便于常委会了解全年茶叙活动的总体情况，现将部分茶叙活动情况简要列示如下。

（一）专门委员会主办的茶叙活动

全年各专门委员会共主办茶叙活动23场。其中，提案委员会5场，经济委员会6场，文化文史委员会4场，社会和法制委员会8场。
"""


@pytest.fixture(scope="module")
def document():
    return SourceDocument("quting-tea.txt", _REPORT.split("\n", 1)[0], "2024", _REPORT)


@pytest.fixture(scope="module")
def kb(document, tmp_path_factory):
    return KnowledgeBase([document], tmp_path_factory.mktemp("quting-tea"))


def test_the_appendix_is_a_section_of_its_own(document):
    passages = split_passages(document)

    def section(opening: str) -> str:
        return next(p.section for p in passages if p.paragraph.startswith(opening))

    assert section("全年各专门委员会").startswith("附件")
    assert section("2025年，力争") == "二、2025年工作打算"


def test_the_appendix_tells_what_was_done(kb):
    answer = kb.answer("提案委员会主办了多少场茶叙")
    assert answer.answered and "5场" in answer.text
    answer = kb.answer("社会和法制委员会主办了几场茶叙活动")
    assert answer.answered and "8场" in answer.text
