"""A shelf of reports (each_alone.py), a question naming none: a report the shared index read an answer
in is told as it reads alone whenever its own reading is another fact it is at least as sure of (the
year's 视察9次, not the 累计17次 the shared index doubted), not only when it is sure; and the other reports
still have to read as well as the shared index's own reading of the first report told.  With stand-in
answers of our own."""

from __future__ import annotations

from types import SimpleNamespace

from bot.knowledge.each_alone import EachAlone
from bot.knowledge.values import Result


def _shelf(own: list[tuple[int, Result]]) -> EachAlone:
    shelf = EachAlone.__new__(EachAlone)
    shelf.index = SimpleNamespace(home_places=set(), passage_doc=[0, 1, 2], correct=lambda norm: (norm, 0),
                                  frames=[SimpleNamespace(year=2020 - n) for n in range(3)],
                                  segmenter=SimpleNamespace(words=lambda norm: []), names=[], contains=lambda text: False,
                                  in_vocabulary=lambda word: False)
    shelf.answerers, shelf.offsets = [object()] * 3, [0, 1, 2]
    shelf._own_answers = lambda norm, docs=None: own
    return shelf


def _answer(doc: int, fact: str, confidence: float, closeness: float = 1.0, answered: bool = True) -> Result:
    return Result(answered, confidence, "number", fact, passage=doc, sentence=0, closeness=closeness)


def test_a_report_as_sure_alone_of_another_fact_is_told_as_it_reads_alone():
    head = _answer(0, "71次", 0.87)
    head.also = _answer(1, "17次", 0.5, answered=False)
    shelf = _shelf([(0, _answer(0, "71次", 0.91)), (1, _answer(1, "9次", 0.92))])
    assert [link.fact for link in shelf.add_to(head, "去年一共开展了几次视察").chain()] == ["71次", "9次"]


def test_a_report_less_sure_alone_than_the_shared_reading_keeps_the_shared_one():
    head = _answer(0, "71次", 0.87)
    head.also = _answer(1, "17次", 0.8, answered=False)
    shelf = _shelf([(0, _answer(0, "71次", 0.91)), (1, _answer(1, "9次", 0.6))])
    assert [link.fact for link in shelf.add_to(head, "去年一共开展了几次视察").chain()] == ["71次", "17次"]


def test_others_must_read_as_well_as_the_shared_reading_of_the_first_report():
    """Report 0 read alone (72%, as sure as the shared 75%, its words farther from it) is told; report 2's
    13条, as far from the words as report 0's own reading but not as near as the shared one, is not."""
    head = _answer(0, "75%", 0.97, closeness=1.0)
    shelf = _shelf([(0, _answer(0, "72%", 0.97, closeness=0.8)), (2, _answer(2, "13条", 0.7, closeness=0.5))])
    assert [link.fact for link in shelf.add_to(head, "协商建议采纳率是多少").chain()] == ["72%"]


def test_a_report_read_alone_with_the_sentence_after_it_is_told_so():
    """Read alone, report 1's heading (围绕…开展调研) is told with the sentence after it that holds the days;
    the shared index read the heading alone."""
    head = Result(True, 0.7, "what", "", passage=0, sentence=0)
    head.also = Result(False, 0.7, "what", "", passage=1, sentence=0)
    own = Result(True, 0.74, "what", "", passage=1, sentence=0, extra=(1, 1))
    shelf = _shelf([(0, Result(True, 0.7, "what", "", passage=0, sentence=0)), (1, own)])
    assert shelf.add_to(head, "那次调研是哪两天").chain()[1].extra == (1, 1)
