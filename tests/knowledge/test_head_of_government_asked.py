"""The name asked of a head of a government (区长叫什么名字, 乡长, 处长) asks a person: a deputy (副区长)
does not answer it, while the deputy asked is answered. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协石湖区委员会2022年工作报告

一、协商议政

9月，召开"推进背街小巷整治"专题协商会，分管副区长韩立新到会听取意见。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("shihu.txt", _REPORT)], tmp_path_factory.mktemp("shihu"))


def test_the_head_is_not_the_deputy(kb):
    assert not kb.answer("石湖区区长叫什么名字？").answered


def test_the_deputy_is_answered(kb):
    assert first_line(kb, "分管背街小巷整治的副区长叫什么名字").startswith("答：韩立新")
