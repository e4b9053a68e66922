"""How many members a committee has is told by the sentence declaring them (共有委员352名，其中常务委员60名), not by
one counting those who did something (共有市政协委员240名到委员联络站参加活动，占委员总数的68.2%), and so when the
question names the committee's own city (蘅溪市政协委员有多少人). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.members import tells_membership
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """蘅溪市政协办公室关于2023年度市政协委员履职情况的通报

一、总体情况

截至2023年12月31日，市政协八届委员会共有委员352名，其中常务委员60名。

二、联系群众情况

全年共有市政协委员240名到所在地委员联络站参加活动，占委员总数的68.2%；其中接待群众5次以上的委员64名。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("hengxi.txt", _REPORT)], tmp_path_factory.mktemp("hengxi"))


@pytest.mark.parametrize("question", ["委员一共多少名", "市政协委员共有多少名", "蘅溪市政协委员有多少人"])
def test_the_membership_is_the_declared_count(kb, question):
    assert "352名" in first_line(kb, question)


@pytest.mark.parametrize("sentence, told", [
    ("市政协八届委员会共有委员352名，其中常务委员60名。", True),
    ("现有委员216名，其中女委员60名，占委员总数的27.8%。", True),
    ("全年共有市政协委员240名到所在地委员联络站参加活动，占委员总数的68.2%。", False),
    ("参加活动的委员占委员总数的68.2%。", False),
])
def test_tells_membership(sentence, told):
    assert tells_membership(normalize_text(sentence)) is told
