"""Who holds a post now, when a later sentence of the report tells the holder written earlier left it
(吕某同志调离…，孟某同志接任秘书长; 柯某同志不再担任提案委员会主任): the successor answers, or, none named,
a question asking the holder now is declined (left_posts.py, post_holders._answer_post_holder); a
successor written 由某同志任… or 某同志接任… is read as holding the post (people._NAME_THEN_POSTED).
On reports of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.left_posts import has_left
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_SUCCEEDED = """青屿县政协2022年工作报告

一年来，县政协秘书长吕文轩带领机关干部深入基层开展调研，形成调研报告6篇。

县政协组织委员围绕乡村振兴开展视察3次，提出意见建议42条。

9月，吕文轩同志调离青屿县，经县政协常委会议决定，由孟晓川同志任县政协秘书长。
"""

_VACANT = """苍梧县政协2022年提案工作情况报告

一年来，提案委员会主任柯明远带领委员深入基层开展调研，形成调研报告6篇。

县政协组织委员围绕乡村振兴开展视察3次，提出意见建议42条。

柯明远同志于2022年9月因工作调动不再担任提案委员会主任。
"""


def _kb(tmp_path_factory, name: str, text: str) -> KnowledgeBase:
    document = SourceDocument(f"{name}.txt", text.split("\n", 1)[0], "2022", text)
    return KnowledgeBase([document], tmp_path_factory.mktemp(name))


@pytest.fixture(scope="module")
def succeeded(tmp_path_factory):
    return _kb(tmp_path_factory, "succeeded", _SUCCEEDED)


@pytest.fixture(scope="module")
def vacant(tmp_path_factory):
    return _kb(tmp_path_factory, "vacant", _VACANT)


def test_the_successor_holds_the_post_now(succeeded):
    assert "孟晓川" in first_line(succeeded, "现任县政协秘书长是谁")
    assert "孟晓川" in first_line(succeeded, "县政协秘书长是谁")


def test_a_holder_who_left_is_not_the_holder_now(vacant):
    assert not vacant.answer("现任提案委员会主任是谁").answered
    assert not vacant.answer("现在的提案委员会主任是哪位").answered
    assert "柯明远" in first_line(vacant, "提案委员会主任是谁")  # asked plainly: the year's holder


def test_leaving_one_post_leaves_only_the_post_it_names():
    said = ["柯明远同志因工作调动不再担任提案委员会主任"]
    assert has_left("柯明远", "主任", said)
    assert not has_left("柯明远", "秘书长", said)
    assert has_left("晏伯钧", "主任", ["原提案委员会主任晏伯钧同志因年龄原因不再担任该职务"])


def test_a_post_taken_up_is_not_left():
    assert not has_left("孟晓川", "秘书长", ["孟晓川同志调任县政协秘书长"])
    assert not has_left("谭立新", "秘书长", ["谭立新同志调离县发展改革局，任县政协秘书长"])
    assert has_left("吕文轩", "秘书长", ["9月，吕文轩同志调离青屿县"])
