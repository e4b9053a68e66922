"""When, where or how many asked of what a person named did (邵某某哪天去督办调研的), the sentence answering
neither naming them nor going on about them (他, 该委员) nor following one that names them: declined; a
sentence naming them, or going on about them by a pronoun, answers. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """政协梧桥市委员会提案工作情况报告

一、提案办理

4月12日，市政协主席会议遴选出重点提案18件，报请市委、市政府领导领衔督办。其中，市政协副主席邵景和领衔督办“老旧小区改造”提案，多次带队调研，推动提案落实。

二、委员风采

委员蒋文涛是梧桥中学校长。去年，他带领学校开展课后服务，惠及学生1200余名。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("wuqiao-proposals.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("wuqiao-proposals"))


def test_when_asked_of_a_person_the_sentence_does_not_tell_of(kb):
    assert not kb.answer("邵景和哪天去督办调研的").answered


def test_the_person_told_by_a_pronoun_answers(kb):
    assert "1200余名" in kb.answer("蒋文涛带领学校开展课后服务惠及多少学生").text
