"""哪个社团 / 哪个团体 asks which society a named person belongs to, as 哪个单位 asks a workplace: the
society their post names, told by its 会, 社 or 团 (某同乡总会主席 → 某同乡总会).  哪里的领导 asks where one leads:
the post held in a place (某市政协副主席).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """澜江县政协港澳台侨委员会2024年工作总结

一、基本情况

委员会聘请海外侨胞特邀委员3名，分别是泰国澜江同乡会会长邬振邦、新加坡澜江诗社社长钱雅琳和马来西亚澜江青年艺术团团长葛承宇。

二、主要工作

全年开展侨情调研4次，走访归侨侨眷家庭126户，协助引进侨资项目7个，协议投资4.6亿元。

组织海外侨胞回乡考察2批次，举办侨商座谈会3场，收集意见建议28条。

11月8日，召开县政协成立40周年座谈会，澜州市政协副主席贺文涛出席并讲话，老委员代表50余人参加。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lanjiang.txt", _REPORT)], tmp_path_factory.mktemp("society"))


@pytest.mark.parametrize("question, answer", [
    ("邬振邦是哪个社团的", "泰国澜江同乡会"),
    ("钱雅琳是哪个社团的", "新加坡澜江诗社"),
    ("葛承宇是哪个团体的", "马来西亚澜江青年艺术团"),
])
def test_the_society_a_post_names(kb, question, answer):
    assert answer in first_line(kb, question)


def test_where_one_leads(kb):
    assert "澜州市政协副主席" in first_line(kb, "贺文涛是哪里的领导")
