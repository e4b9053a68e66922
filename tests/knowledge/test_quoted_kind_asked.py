"""A kind of members the document names in quotes ("优秀政协委员"20名) is a part of the members when the
question asks them all, but the very thing counted when the question names that kind (body_size.py)."""

from bot.knowledge.public import KnowledgeBase, SourceDocument

_REPORT = """石渠县政协2025年工作总结

一、加强自身建设

全县现有县政协委员186名。健全委员履职档案，开展年度履职考评，评选“优秀政协委员”24名、“履职之星”6名。
"""


def _first(tmp_path, question: str) -> str:
    kb = KnowledgeBase([SourceDocument("石渠", _REPORT.split("\n", 1)[0], "2025", _REPORT)], tmp_path)
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n", 1)[0]


def test_the_quoted_kind_asked_is_counted(tmp_path):
    assert "24名" in _first(tmp_path, "评了多少名优秀政协委员")


def test_the_quoted_kind_is_a_part_when_all_members_are_asked(tmp_path):
    assert "186名" in _first(tmp_path, "县政协委员有多少名")
