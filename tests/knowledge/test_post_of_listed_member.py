"""A named person's post asked (某委员是啥职务): when the report only lists them among others (界别委员甲、乙、丙等
5人参加), another member's post told beside them is no answer; the post of one the report does describe is.
On a report of our own."""

from __future__ import annotations

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协澧芷市委员会工商联界别2023年工作总结

2023年，澧芷市工商联界别委员围绕优化营商环境履职尽责。

界别委员褚砚秋（市工商联副主席、澧芷恒远机械有限公司总经理）牵头开展民营企业法律服务活动。

2023年9月，界别委员褚砚秋、贲立川、酆景岚等5人参加了市政协组织的民主评议活动，提出意见建议12条。
"""


def _kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("lizhi.txt", _REPORT)], tmp_path_factory.mktemp("lizhi"))


def test_a_member_only_listed_is_given_no_others_post(tmp_path_factory):
    kb = _kb(tmp_path_factory)
    assert not kb.answer("贲立川委员是啥职务").answered
    assert first_line(kb, "褚砚秋委员是啥职务").startswith("答：褚砚秋")
