"""Minutes give the chair's speech under a heading naming them (四、某某主席讲话要点): its paragraphs are the
speaker's words though they do not name them, so a question naming the speaker or their post is answered there
(speech_section.py); a paragraph of someone else speaking under that heading is not the speaker's."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.speech_section import section_speaker

from .conftest import first_line

_MINUTES = """政协浠沅市委员会"加快发展社区养老服务"专题协商会纪要

会议时间：二〇二四年九月十二日上午
主 持 人：市政协副主席　晁北辰
出　　席：市政协主席　郗望舒

9月12日上午，市政协召开"加快发展社区养老服务"专题协商会。

一、委员发言

市政协委员庹明川说，社区食堂覆盖面不够，建议扩大助餐点布局。

二、郗望舒主席讲话要点

郗望舒在讲话中充分肯定了调研组的工作。他强调：

一是统一思想，深刻认识社区养老的重要意义。

二是突出重点，着力扩大养老服务供给。要坚持"就近便利、医养结合"，让老人"吃得好、住得安、看得上病"。

三是改进作风，持续提升协商实效。今后要继续坚持"会前走访、会中议事、会后跟踪"的工作机制。

晁北辰在主持会议时指出，这次专题协商会是市政协今年安排的第三场专题协商会，达到了凝聚共识的目的。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    minutes = SourceDocument("xiyuan.txt", _MINUTES.split("\n", 1)[0], "2024", _MINUTES)
    return KnowledgeBase([minutes], tmp_path_factory.mktemp("xiyuan"))


def test_the_speaker_named_is_answered_from_the_unnamed_points(kb):
    assert "就近便利、医养结合" in first_line(kb, "郗望舒讲话强调扩大养老服务供给要坚持什么")
    assert "会前走访、会中议事、会后跟踪" in first_line(kb, "郗望舒讲的工作机制是啥")


def test_the_speakers_post_is_answered_from_the_points(kb):
    assert "吃得好、住得安、看得上病" in first_line(kb, "主席说要让老人怎么样")


def test_a_speech_heading_names_its_speaker():
    assert section_speaker("二、郗望舒主席讲话要点", "一是统一思想。") == "郗望舒主席"
    assert section_speaker("三、郗望舒同志在全会上的讲话", "要坚持…") == "郗望舒"


def test_another_person_speaking_under_the_heading_is_not_the_speaker():
    assert section_speaker("二、郗望舒主席讲话要点", "晁北辰在主持会议时指出,这次会议准备充分。") == ""


def test_a_heading_naming_no_speech_has_no_speaker():
    assert section_speaker("一、委员发言情况", "市政协委员庹明川说…") == ""
    assert section_speaker("一、会议背景和前期准备", "…") == ""
    assert section_speaker("三、委员和专家发言", "会上,11位委员作了发言。") == ""


def test_a_speech_heading_is_no_plan_heading(kb):
    """讲话要点 are a speech's points: the count of this year's meetings under it is a result, not a plan."""
    assert "第3场" in first_line(kb, "这次会是今年第几场专题协商会").replace("第三场", "第3场")



# The speech's points, each a paragraph of its own that never names the speaker.
_SPEECH_POINTS = _MINUTES.replace("郗望舒在讲话中充分肯定了调研组的工作。他强调：\n\n", "").replace(
    "专题协商会。", "专题协商会。会议由市政协副主席晁北辰主持，市政协主席郗望舒出席并讲话。")


def test_the_speaker_is_named_on_a_shelf_too(tmp_path):
    """Beside another report (a committee adds its minutes to the bundled report), the shelf tells a report's
    answer only from a passage naming the person asked: the speaker's section names them by its heading."""
    from pathlib import Path

    from bot.knowledge.public import load_document

    bundled = [load_document(p) for p in sorted(Path("data/knowledge").glob("*.txt"))]
    minutes = SourceDocument("xiyuan.txt", _SPEECH_POINTS.split("\n", 1)[0], "2024", _SPEECH_POINTS)
    shelf = KnowledgeBase([*bundled, minutes], tmp_path / "shelf")
    assert "就近便利、医养结合" in first_line(shelf, "郗望舒讲话强调扩大养老服务供给要坚持什么")
