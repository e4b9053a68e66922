"""The verb inviting someone (邀请, 特邀, 聘请) written right before their post and name (邀请市农业科学院研究员
祁文远作专题辅导) is no part of the post: 祁文远 is a 市农业科学院研究员.  On a report of our own."""

from __future__ import annotations

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_people
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """岚岫市政协农业农村委员会2021年工作总结

（二〇二二年一月二十日）

一、学习培训

8月30日，委员会召开“数字乡村建设”专题研讨会，邀请市农业科学院研究员祁文远作专题辅导，委员38人参加。
"""


def test_the_invited_persons_post(tmp_path):
    kb = KnowledgeBase([document_from_text("lanxiu.txt", _REPORT)], tmp_path)
    line = first_line(kb, "祁文远是干什么的")
    assert "市农业科学院研究员" in line and "邀请" not in line


def test_the_inviting_verb_is_cut_from_the_role():
    sentence = "委员会召开专题研讨会,邀请市农业科学院研究员祁文远作专题辅导"
    assert [p.role for p in find_people(sentence, {"祁文远"})] == ["市农业科学院研究员"]
