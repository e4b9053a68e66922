"""A committee's short form names the field it is named for too (社法委 → 社会和法制委员会; 社法领域 →
社会和法制领域): a question about the field by that short form reads the sentences writing it in full."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协柏林市第八届委员会社会和法制委员会2020年工作总结

一、2020年工作回顾

市政协8届4次会议以来，委员围绕社会和法制领域共提交提案54件，比上年增加6件，经审查立案47件。
市政协社会和法制委员会全年开展重点调研3项，组织委员视察5次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("bolin-2020.txt", _REPORT.split("\n", 1)[0], "2020", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("bolin"))


def test_the_field_by_the_committees_short_form(kb):
    assert first_line(kb, "社法领域共提交提案多少件？").startswith("答：54件")
    assert first_line(kb, "社法领域的提案比上年增加了多少件？").startswith("答：增加6件")


def test_a_field_in_words_of_its_own_is_not_rewritten(kb):
    assert kb.index.expand_short_forms("交通领域提案立案多少件") == "交通领域提案立案多少件"
    assert kb.index.expand_short_forms("社法领域提案立案多少件") == "社会和法制领域提案立案多少件"
