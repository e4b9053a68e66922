"""全称 / 全名 asked (读书班全称叫什么) name no thing of their own: the thing named is the word before
them, and the sentence quoting its full name answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协雁门市委员会2021年工作报告

一、学习培训

5月10日至12日，在市委党校举办"市政协委员履职能力提升读书班"，参训委员72名。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yanmen.txt", _REPORT)], tmp_path_factory.mktemp("yanmen"))


def test_the_full_name_is_the_quoted_one(kb):
    assert "履职能力提升读书班" in first_line(kb, "去年那个读书班全称叫什么")
