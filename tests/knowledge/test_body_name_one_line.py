"""A committee's name is written on one line: a heading ending in words of another body's name (提升涉侨提案质量) and
the paragraph under it opening with 委员会 do not make 提案委员会 (told.body_named, read on a passage with its heading
and neighbours a line each). On made-up text of our own."""

from __future__ import annotations

from bot.knowledge.told import body_named

_CONTEXT = ("全年委员会组成人员共提交提案19件,经审查立案17件。\n"
            "(二)提升涉侨提案质量\n"
            "委员会坚持把提案作为反映侨界诉求的重要载体。全年委员会组成人员共提交提案19件。")


def test_a_name_does_not_run_across_a_line():
    assert not body_named("提案委", _CONTEXT)


def test_a_full_name_on_one_line_still_names_the_body():
    assert body_named("提案委", _CONTEXT + "\n会后,县政协提案委员会将建议梳理汇总。")
    assert body_named("法制委", "区政协社会和法制委员会召开全体会议")
