"""An office's phone printed on a notice's contact line ((联系人：某办公室某科　某某，电话：…)) is the office's
public number: asked of the office (某科联系电话多少) it answers, as written; a person's phone stays declined.
On a notice of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_NOTICE = """政协柘源县委员会办公室关于报送2024年度履职情况的通知

柘政协办发〔2025〕2号

各位县政协委员：

请于2025年1月20日前将本人2024年度履职情况报送县政协提案委员会。

（联系人：县政协办公室综合科　沈明澜，电话：5571 2093）

政协柘源县委员会办公室
2025年1月6日
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zheyuan.txt", _NOTICE)], tmp_path_factory.mktemp("phone"))


@pytest.mark.parametrize("question", ["综合科联系电话多少", "县政协办公室的电话是多少"])
def test_the_offices_phone_is_given(kb, question):
    answer = kb.answer(question)
    assert answer.answered and answer.text.startswith("答：5571 2093")


@pytest.mark.parametrize("question", ["沈明澜的电话是多少", "沈明澜手机号多少"])
def test_a_persons_phone_is_not(kb, question):
    assert not kb.answer(question).answered
