"""A breakdown whose items share one word, all but one qualified (表示满意的196件、基本满意的38件、不满意的6件):
the question naming the word alone (满意的有多少件) asks the bare item.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.bare_items import bare_items
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协澄岭县委员会关于提案办理情况的报告

一、办理成效

截至11月底，240件立案提案全部办复。提案者对办理结果表示满意的196件、基本满意的38件、不满意的6件，满意和基本满意率97.5%。对不满意的6件提案，提案委员会督促承办单位重新办理，其中4件经再次办理后提案者表示满意。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("chengling.txt", _REPORT)], tmp_path_factory.mktemp("chengling-bare"))


def test_the_bare_item_answers(kb):
    assert "196件" in first_line(kb, "提案者满意的有多少件")


def test_a_qualified_item_asked_keeps_its_own(kb):
    assert "38件" in first_line(kb, "基本满意的有多少件")


@pytest.mark.parametrize("kind, names, asked, bare", [
    (("满意",), ["表示满意的", "基本满意的", "不满意的"], [("满意",)], [True, False, False]),
    (("解决",), ["已解决的", "基本解决的", "未解决的"], [("解决",)], [True, False, False]),
    (("满意",), ["表示满意的", "基本满意的", "不满意的"], [("不满意",), ("满意",)], []),  # the question qualifies it
    (("满意",), ["表示满意的", "基本满意的", "不满意的"], [("基本",), ("满意",)], []),  # …in a word of its own
    (("提案",), ["党派提案", "界别提案", "委员提案"], [("提案",)], []),  # none qualified: no item singled out
])
def test_bare_items(kind, names, asked, bare):
    assert bare_items(kind, names, asked) == bare
