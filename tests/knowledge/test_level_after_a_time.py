"""A question opening with a time and another level's committee (今年省政协采用率…, 2026年省政协…) asked of a city's
report: the sentence naming that committee (省政协采用率保持在18%以上) still answers it; the time before the
committee's name is no part of the name the sentence must write.  On a notice of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_NOTICE = """政协澜江市委员会办公室关于2025年度社情民意信息工作的通报

一、总体情况

全年共收到信息稿件760篇。全年被全国政协采用信息6条，被省政协采用信息45条，获市领导批示58件次。

二、2026年工作安排

力争全年收到信息稿件800篇以上；被全国政协采用力争达到8条以上，被省政协采用力争突破60条，省政协采用率保持在18%以上。
"""


@pytest.fixture(scope="module")
def notice(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanjiang-notice.txt", _NOTICE)], tmp_path_factory.mktemp("lanjiang"))


@pytest.mark.parametrize("question", ["今年省政协采用率要保持在多少", "2026年省政协采用率要保持在多少"])
def test_other_level_after_a_time(notice, question):
    assert "18%以上" in first_line(notice, question)
