"""Who did the deed the question picks its people by (发言的委员有谁): a sentence naming someone out of that
deed's clause (作协商发言,区长某某作出批示) or telling no such deed (某某主持, 某某出席) reads after the one
naming the doers (会上,甲、乙等6位委员作了发言) when the sentences are weighed (reading.py, doer_named.py).
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """琅湾区政协社会和法制委员会2023年工作总结

一、调查研究

6月12日，委员会在区政协常委会议上作协商发言，区长邝明远作出批示，要求有关部门认真研究。
二、协商议政

10月9日，区政协召开“建设平安琅湾”专题协商会，区政协主席甄若川主持，区长邝明远出席。会上，贺云帆、罗景行等6位委员作了发言，提出建议15条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("bay.txt", _REPORT)], tmp_path_factory.mktemp("deed-doers"))


def test_the_speakers_answer(kb):
    line = first_line(kb, "专题协商会上发言的委员有谁")
    assert "贺云帆" in line and "罗景行" in line
    assert "邝明远" not in line and "甄若川" not in line


def test_surname_or_rank_is_no_deed():
    from bot.knowledge.doer_named import deed_unseen
    assert deed_unseen("发言的委员有谁", "区政协主席甄若川主持。")
    assert not deed_unseen("姓贺的委员叫啥", "委员贺云帆作了发言。")
    assert not deed_unseen("报送信息最多的委员是谁", "委员贺云帆报送信息12条,居全市首位。")
