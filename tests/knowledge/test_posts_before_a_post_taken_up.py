"""Posts written before a name stay the person's when the sentence goes on with a post they take up
(某设计院总工程师孟某担任调研组技术顾问): asked what they do, both are told (people.py)."""

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.people import find_people

_REPORT = """石渠县政协关于农村电商发展情况的调研报告

一、调研组织

县政协成立调研组，由县政协副主席冯立军任组长。县电商产业园总经理袁可馨担任调研组业务顾问，县政协办公室主任邓成负责联络工作。
"""


def test_posts_before_the_name_and_the_post_taken_up():
    person = next(p for p in find_people(_REPORT.split("\n")[4], ["袁可馨"]) if p.name == "袁可馨")
    assert person.role == "县电商产业园总经理、调研组业务顾问"


def test_what_one_does_tells_the_posts_before_the_name(tmp_path):
    kb = KnowledgeBase([SourceDocument("石渠", _REPORT.split("\n", 1)[0], "2023", _REPORT)], tmp_path)
    answer = kb.answer("袁可馨是干啥的")
    assert answer.answered
    assert "总经理" in answer.text.split("\n", 1)[0]


def test_a_post_given_by_the_you_phrase_is_no_post_taken_up():
    sentence = "副组长由县实验中学校长郑海涛担任,联络员由县政协办公室主任邓成担任。"
    person = next(p for p in find_people(sentence, ["郑海涛"]) if p.name == "郑海涛")
    assert person.role == "副组长"  # 由…担任: the post given, not 县实验中学校长、副组长
