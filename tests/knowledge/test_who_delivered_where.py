"""Who delivered a report, asked with where between 谁 and the verb (这个提案工作报告是谁在大会上作的), is the
reporter under its title, as 谁作的 is; 谁在提案上作出批示 asks no such thing.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协溪桥市委员会常务委员会关于三届二次会议以来提案工作情况的报告
（二〇二一年一月十二日在政协溪桥市第三届委员会第三次会议上）
市政协副主席　岑立衡

各位委员：

我受政协溪桥市第三届委员会常务委员会委托，向大会报告三届二次会议以来的提案工作情况，请予审议。

一年来，共收到提案286件，经审查立案251件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("xiqiao-report.txt", _REPORT)], tmp_path_factory.mktemp("xiqiao-report"))


@pytest.mark.parametrize("question", ["这个提案工作报告是谁在大会上作的？", "提案工作报告是谁在会上做的"])
def test_who_delivered_it_where(kb, question):
    assert first_line(kb, question).startswith("答：岑立衡")


def test_an_instruction_made_is_no_delivery(kb):
    assert not kb.answer("谁在提案上作出批示").answered
