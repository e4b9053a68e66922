"""A verb of taking up a post written right before a body (当选市政协主席, 担任县政协副主席, 调任市政协)
names no place: the two characters before 市 / 县 are no town's name, so an answer is not doubted as
another committee's."""

from __future__ import annotations

from bot.knowledge.frames import question_places


def test_a_post_verb_before_the_body_is_no_place():
    for question in ("2020年1月当选市政协主席的是谁", "谁担任县政协副主席", "他调任市政协做什么", "哪年出任区政协秘书长"):
        assert question_places(question, set()) == set()
    assert question_places("谁当选柘川县政协主席", set()) == {"柘川"}  # a place named after the verb stays one
