"""Several documents loaded together, the question naming none: each document that answers
nearly as well is told in the first line — on reports of our own (not the bench's).

Class: a what-question answered by a whole sentence (围绕什么开展, no figure to compare) tells
the newest report's sentence and each other report's too, not the newest one's alone (the
question may be meant for any of them), and not an empty place for theirs.
"""

from __future__ import annotations

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_CITIES = ["柳岸", "青峦", "石湾", "白河", "云岭"]
_TOPICS = ["河道保洁", "菜市场改造", "夜间公交", "山区供水", "小微企业融资"]


def _report(n: int) -> str:
    city, year = _CITIES[n], 2019 + n
    return f"""政协{city}市委员会常务委员会工作报告

——{year + 1}年1月9日在政协{city}市委员会全体会议上

一、{year}年工作回顾

一年来，{city}市政协共召开常委会会议{4 + n}次。

民主监督方面，市政协围绕“{_TOPICS[n]}”开展专项民主监督，走访群众{30 + n}户。
"""


def _kb(tmp_path) -> KnowledgeBase:
    documents = [document_from_text(f"doc{n}.txt", _report(n)) for n in range(5)]
    return KnowledgeBase(documents, tmp_path)


def test_a_sentence_answer_tells_each_other_reports_sentence(tmp_path):
    first = _kb(tmp_path).answer("去年专项民主监督是围绕什么开展的？").text.split("\n", 1)[0]
    assert "小微企业融资" in first and "山区供水" in first
    assert "：（" not in first  # no other report told without its sentence


def test_one_sentence_is_told_once(tmp_path):
    text = _report(4)
    kb = KnowledgeBase([document_from_text("a.txt", text), document_from_text("b.txt", text.replace("2023", "2022"))],
                       tmp_path)
    first = kb.answer("去年专项民主监督是围绕什么开展的？").text.split("\n", 1)[0]
    assert first.count("小微企业融资") == 1
