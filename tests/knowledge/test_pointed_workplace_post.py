"""A post of a workplace pointed back at (该公司项目经理某某), after the workplace is named in full (由某地栎舟数字
科技有限公司中标承建), answers who holds that post of the workplace asked by its short name (栎舟公司项目经理是谁);
another company asked is not answered by it.  Who won the tender (哪家公司中标的, 谁中标的) is the body written before
中标 (中标 one word).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.post_words import body_held
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """澧岚县政协2023年信息化工作总结

一、平台建设

委员履职平台升级项目通过公开招标，由澧岚栎舟数字科技有限公司中标承建，合同金额96万元，该公司项目经理贝若楠带领6人团队驻场开发。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lilan-it.txt", _REPORT)], tmp_path_factory.mktemp("lilan-it"))


def test_the_pointed_workplace_is_the_one_named_before(kb):
    assert "贝若楠" in first_line(kb, "栎舟公司项目经理是谁")


def test_another_workplace_is_not_the_pointed_one():
    shown = "由澧岚栎舟数字科技有限公司中标承建,该公司项目经理贝若楠带领6人团队驻场开发"
    assert body_held("栎舟公司项目经理是谁", "该公司项目经理）", shown)
    assert not body_held("砚禾公司项目经理是谁", "该公司项目经理）", shown)
    assert not body_held("栎舟公司总经理是谁", "该公司项目经理）", shown)  # another post of it


@pytest.mark.parametrize("question", ["履职平台升级项目是哪家公司中标的", "履职平台升级项目谁中标的"])
def test_the_winner_of_the_tender_answers(kb, question):
    assert "澧岚栎舟数字科技有限公司" in first_line(kb, question)


def test_no_winner_named_is_no_answer():
    from bot.knowledge.doers import doer_of
    assert doer_of("平台项目谁中标的", (), "平台项目通过公开招标确定承建单位") is None
