"""A report read alone on a shelf (each_alone.py) whose sentences hold every word of a count asked but no amount of it
reads closely only the sentences that could reach the threshold, the surest first, and declines once none can with its
fit weighed (reach.py): fewer close readings than the bound without fits, and the same answers.  On reports of our own."""

from __future__ import annotations

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.reading import FactReader

_LOTUS = """政协荷塘县委员会2023年工作报告

一、调研视察

县政协组织委员赴青岗镇茶园开展调研，了解到全县茶园面积不断扩大。
委员们还察看了茶园管护情况。
委员们走进茶园，与茶农座谈，听取茶园发展意见。
围绕茶园品牌建设，县政协向县政府提出建议。
"""

_PINE = """政协松坪区委员会2022年工作报告

一、协商议政

区政协围绕茶园提质开展专题协商，全区茶园面积达到3200亩。
全年共立案提案97件，办结率100%。
"""

_QUESTIONS = ["茶园面积有多少亩？", "茶园调研提了几条建议？", "提案立案了多少件？"]


def _answers(tmp_path, name):
    documents = [document_from_text("lotus.txt", _LOTUS), document_from_text("pine.txt", _PINE)]
    shelf = KnowledgeBase(documents, tmp_path / name)
    return [shelf.answer(q).text for q in _QUESTIONS]


def test_fit_weighed_bound_reads_fewer_sentences_and_answers_alike(tmp_path, monkeypatch):
    import bot.knowledge.answer as answer_module

    calls = []
    original_fit = FactReader.fit
    monkeypatch.setattr(FactReader, "fit", lambda self, *a: (calls.append(1), original_fit(self, *a))[1])
    fast = _answers(tmp_path, "fast")
    fast_calls = len(calls)
    original_reach = answer_module.reachable
    # The bound without fits, as before: every sentence that could reach the threshold read in the answerer's order.
    monkeypatch.setattr(answer_module, "reachable", lambda *a: original_reach(*a[:7]))
    calls.clear()
    assert _answers(tmp_path, "slow") == fast
    assert fast_calls < len(calls)
