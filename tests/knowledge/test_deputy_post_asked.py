"""哪位副秘书长 asked: the segmenter leaves 副 apart from 秘书长, so the question's role word is 秘书长; a
副秘书长 told holds the post asked (checks.holds_asked_post), and one who is not a deputy asked of does
not.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """苍梧市政协机关2022年工作总结

强化责任落实。副秘书长尤明哲同志分管办公室和信息中心，副秘书长邹明恒同志分管研究室和文史资料室。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-deputies.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("deputy-post"))


def test_the_deputy_asked_is_answered(kb):
    assert "邹明恒" in first_line(kb, "哪位副秘书长分管研究室")


def test_the_post_without_deputy_is_still_not_a_deputy(kb):
    assert not kb.answer("哪位秘书长分管研究室").answered
