"""A democratic party's head asked by post (民盟某县总支主委是谁): a sentence naming only another post's holder
beside that body (由县委书记某某领衔督办) does not answer it; one naming the 主委 does."""

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """甘棠县政协2023年提案工作情况的报告
一、提案办理情况
民盟甘棠县总支提出的《关于加快产业园配套设施建设的提案》，由县委书记牟远舟领衔督办，已建成道路3.2公里。
九三学社甘棠县支社主委闵若川在会上作大会发言，提出建议5条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([SourceDocument("gantang-proposals.txt", _TEXT.split("\n", 1)[0], "2023", _TEXT)],
                         tmp_path_factory.mktemp("party-head"))


def test_another_posts_holder_is_no_party_head(kb):
    answer = kb.answer("民盟甘棠县总支主委是谁")
    assert not answer.answered or "牟远舟" not in answer.text


def test_the_party_head_named_is_told(kb):
    assert "闵若川" in first_line(kb, "九三学社甘棠县支社主委是谁")
