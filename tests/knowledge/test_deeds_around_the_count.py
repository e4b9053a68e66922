"""A count asked with a deed of its own (有多少名委员参加) asks those who did it, not how many there are,
so the members a visit was organised with answer it (组织委员12名赴…视察); and a body a verb takes as its
object (市文旅局邀请界别委员参加…会议) is no event or body narrowed by the words before the verb. On a
report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """云渡市政协文化艺术界别2022年工作总结

一、视察监督

4月中旬，界别组织委员12名赴北川县、南屏县视察文物保护工作，实地察看文保单位7处。

二、联系协作

年初，界别与市文化广电旅游局建立了工作联系制度，市文化广电旅游局全年向界别通报重点工作情况3次，邀请界别委员参加全市文化旅游发展大会等重要会议4次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yundu.txt", _REPORT)], tmp_path_factory.mktemp("yundu"))


def test_those_who_took_part_are_counted_by_the_visit(kb):
    assert first_line(kb, "文物保护视察有多少名委员参加？").startswith("答：12名")


def test_a_body_taken_by_a_verb_is_not_narrowed_by_its_subject(kb):
    assert first_line(kb, "市文化广电旅游局邀请界别委员参加重要会议几次？").startswith("答：4次")
