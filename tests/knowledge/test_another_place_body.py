"""A body of another place asked (青石区政协组织了几次视察): the sentence must name that body, not only
the place the report's own committee went to (组织委员赴青石区学习考察3次). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协梅岭区委员会2021年工作报告

一、自身建设

组织委员赴邻近的青石区、白鹭县学习考察3次。全年组织视察7次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("meiling.txt", _REPORT)], tmp_path_factory.mktemp("meiling"))


def test_another_places_committee_is_not_the_place_visited(kb):
    assert not kb.answer("青石区政协去年组织了几次视察？").answered


def test_the_trip_to_the_place_is_still_counted(kb):
    assert first_line(kb, "组织委员去青石区学习考察了几次").startswith("答：3次")
