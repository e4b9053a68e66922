"""Two committees' reports answer one question differently and the question names neither: the line naming the
other report says 最新 only of the newest; where the report answered from is the older one (the better match), the
other is named as the newer.  On reports of our own, with made-up names."""

from __future__ import annotations

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase, load_document

from .conftest import ROOT

REPORTS = ROOT / "data" / "knowledge"

_OLDER = """澐岙市政协2020年履职纪实

一年来，澐岙市政协开展协商议政活动40次，编辑报送社情民意信息512篇，提案立案并办理430件。
"""

# The newer report writes the figure plainly (it matches best) or as one channel's (it matches less well).
_PLAIN = "全年编辑报送社情民意信息288篇，其中被省政协采用15篇。"
_CHANNEL = "开通社情民意线上报送通道，全年经该通道报送信息288条，占收到总数的46.2%。"

_NEWER = """政协滢川市委员会2024年工作要点

一、2023年工作回顾

{told}

二、2024年主要工作

全年计划报送社情民意信息300条以上。
"""


def _note(kb) -> tuple[str, str]:
    answer = kb.answer("去年社情民意编报了多少篇")
    assert answer.answered
    lines = answer.text.split("\n")
    return lines[0], next(line for line in lines if "中记为" in line)


def test_the_newest_report_answered_is_said_to_be_the_newest(tmp_path):
    newer = document_from_text("newer.txt", _NEWER.format(told=_PLAIN))
    kb = KnowledgeBase([document_from_text("older.txt", _OLDER), newer], tmp_path)
    first, note = _note(kb)
    assert first.index("288篇") < first.index("512篇")
    assert note.startswith("以上按最新的《政协滢川市委员会2024年工作要点》")


def test_an_older_report_answered_names_the_other_as_newer(tmp_path):
    bundled = [load_document(path) for path in sorted(REPORTS.glob("*.txt"))]
    kb = KnowledgeBase(bundled + [document_from_text("newer.txt", _NEWER.format(told=_CHANNEL))], tmp_path)
    first, note = _note(kb)
    assert "926篇" in first and "288条" in first
    assert first.index("926篇") < first.index("288条")  # the bundled report matched best (编辑报送…篇)
    assert "较新的《政协滢川市委员会2024年工作要点》" in note and "最新" not in note
