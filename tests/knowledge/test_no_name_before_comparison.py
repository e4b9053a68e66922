"""A surname's character before 于 and a post (常委人均积分为97.3分，高于委员平均水平) is a comparison or a use
(高于, 用于), no person named 高于 (people._trim_name); a three-character name with 于 in it stays a name."""

from __future__ import annotations

from bot.knowledge.people import find_person_names


def test_a_comparison_names_no_one():
    assert find_person_names("常委人均积分为97.3分,高于委员平均水平13.7分。") == set()


def test_names_with_yu_stay():
    assert {"张于飞", "于立新"} <= find_person_names("副主席于立新带队调研,委员张于飞参加。")
