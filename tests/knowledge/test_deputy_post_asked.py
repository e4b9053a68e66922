"""哪位副秘书长 asked: the segmenter leaves 副 apart from 秘书长, so the question's role word is 秘书长; a
副秘书长 told holds the post asked (checks.holds_asked_post), and one who is not a deputy asked of does
not.  Asked which 部门 someone 分管, the list written after it (办公室、信息中心和后勤服务中心, closed by 和)
answers (items.items_untold).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """苍梧市政协机关2022年工作总结

一、工作回顾

视察形成的意见建议由机关统一汇总，分类转交有关部门。

全年处理各类公文980件，起草各类文稿156篇。

全年举办委员学习培训班5期，培训委员600余人次。

二、几点要求

强化责任落实。副秘书长尤明哲同志分管办公室、信息中心和后勤服务中心，副秘书长邹明恒同志分管研究室和文史资料室。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-deputies.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("deputy-post"))


def test_the_deputy_asked_is_answered(kb):
    assert "邹明恒" in first_line(kb, "哪位副秘书长分管研究室")


def test_the_post_without_deputy_is_still_not_a_deputy(kb):
    assert not kb.answer("哪位秘书长分管研究室").answered


def test_the_offices_in_charge_listed_with_and_answer(kb):
    assert "后勤服务中心" in first_line(kb, "尤明哲分管哪些部门")
