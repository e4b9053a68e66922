"""Readings mended where this round's rules met. A working group's post, its group named (课题组副组长, as
body_names now completes a bare 副组长), tells less of a person asked 是什么职务 than a post of one's own, as a bare
副组长 did; the post of one's own is still what is told.  On made-up names."""

from __future__ import annotations

from bot.knowledge.people import Person
from bot.knowledge.person_posts import post_doubt


def _doubt(role: str) -> float:
    return post_doubt("滕春洲是什么职务", ["滕春洲"], Person("滕春洲", role, 0, 3))


def test_a_working_groups_post_tells_less_whether_its_group_is_named_or_not():
    assert _doubt("课题组副组长") == _doubt("副组长") < 1.0
    assert _doubt("调研组组长") < 1.0


def test_a_post_of_ones_own_tells_all():
    assert _doubt("沩泠镇人大主席") == 1.0
    assert _doubt("区政协副主席") == 1.0
