"""A pronoun before a body (咱们区政协, 你们县政协) names the report's own body, no other
district's or county's; another place's committee (桃源区政协) still tells another body.
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协石桥区第七届委员会常务委员会工作报告

——2021年1月12日在政协石桥区第七届委员会第五次会议上

一、2020年主要工作

区政协坚持把民主监督寓于视察、调研之中，全年组织视察8次，参加视察委员210余人次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("shiqiao-qu.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("shiqiao-qu"))


def test_our_own_body_after_a_pronoun_is_the_reports(kb):
    assert first_line(kb, "咱们区政协去年一共搞了几次视察？").startswith("答：8次")
    assert first_line(kb, "你们区政协去年组织了几次视察").startswith("答：8次")


def test_another_districts_body_is_still_declined(kb):
    assert not kb.answer("桃源区政协去年组织了几次视察？").answered
