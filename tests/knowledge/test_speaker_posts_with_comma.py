"""A speaker's line under a title gives all their posts, however parted by commas (市政协党组成员、秘书长，
机关党组书记 某某): each is theirs (people._speaker_posts), so asked by two of them together the speaker
answers.  A comma in a sentence still ends the posts of a name after it.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.people import find_people, find_person_names
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """苍梧市政协机关2022年工作总结
——在市政协机关2023年工作会议上的报告
市政协党组成员、秘书长，机关党组书记　温景澄
（2023年1月12日）

一、2022年工作回顾

全年机关承担各类会议服务142场次，处理各类公文980件。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-speaker.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("speaker-posts"))


def test_posts_parted_by_a_comma_are_all_the_speakers():
    line = "市政协党组成员、秘书长,机关党组书记温景澄"
    (person,) = find_people(line, find_person_names(line))
    assert person.role == "市政协党组成员、秘书长、机关党组书记"
    sentence = "会议由秘书长主持,机关党组书记温景澄作报告"
    (person,) = find_people(sentence, find_person_names(sentence))
    assert person.role == "机关党组书记"


def test_asked_by_two_of_the_posts_the_speaker_answers(kb):
    assert "温景澄" in first_line(kb, "机关党组书记、秘书长是哪位")
