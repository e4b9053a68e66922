"""A report read alone (each_alone.py) answers where the shared index declined in the very sentence that report
answers from: the two agree where the answer stands; a report answering from another sentence still needs to be
sure (beside another city's report, 致公党交了几件提案 was declined by the shared index and answered 6件 alone)."""

from __future__ import annotations

from bot.knowledge.each_alone import read_where_declined
from bot.knowledge.values import Result


def _result(answered: bool, passage: int | None, sentence: int | None, confidence: float = 0.6) -> Result:
    return Result(answered, confidence, "number", fact="6件", passage=passage, sentence=sentence)


def test_declined_in_the_same_sentence_lets_the_report_answer():
    assert read_where_declined(_result(False, 12, 3, 0.19), _result(True, 12, 3))


def test_declined_in_another_sentence_or_answered_does_not():
    assert not read_where_declined(_result(False, 12, 2, 0.19), _result(True, 12, 3))
    assert not read_where_declined(_result(False, 40, 3, 0.19), _result(True, 12, 3))
    assert not read_where_declined(_result(True, 12, 3), _result(True, 12, 3))
    assert not read_where_declined(_result(False, None, None, 0.0), _result(True, 12, 3))
