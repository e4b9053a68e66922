"""A shelf of reports (each_alone.py), a question counting persons (有多少委员, 老战士有几个): a report whose
answer is an amount of another measure (8场 of an activity, 15万字 of transcripts, 420人次 trained) counts
another thing and is not told (persons_measured.py).  On made-up reports and figures."""

from __future__ import annotations

from types import SimpleNamespace

from bot.knowledge.each_alone import EachAlone
from bot.knowledge.persons_measured import counts_persons_asked
from bot.knowledge.values import Result


def test_an_amount_of_events_or_words_counts_no_persons():
    assert not counts_persons_asked("青年委员有多少", "6场")
    assert not counts_persons_asked("采访的老艺人有几个", "约12万字")
    assert not counts_persons_asked("文史委有多少委员", "315人次")


def test_persons_counted_are_kept_however_written():
    assert counts_persons_asked("青年委员有多少", "青年委员21名")
    assert counts_persons_asked("采访的老艺人有几个", "41人")
    assert counts_persons_asked("帮助多少人脱贫", "52户173人")
    assert counts_persons_asked("每人联系几名", "2至4名")
    assert counts_persons_asked("培训委员多少人", "315人次")  # those taking part, counted at each session
    assert counts_persons_asked("副主任有哪几位", "钱某（副主任、九三学社主委）")  # names asked, no count


def test_a_question_counting_no_persons_is_left_alone():
    assert counts_persons_asked("今年新建几个委员工作室", "3至5个")
    assert counts_persons_asked("解决了多少个群众反映的问题", "130余件")
    assert counts_persons_asked("开展活动多少场", "6场")


def _link(doc: int, fact: str, answered: bool = False) -> Result:
    return Result(answered, 1.0, "number", fact, passage=doc, sentence=0)


def test_a_report_answering_persons_in_another_measure_is_not_told():
    """The shared index read report 0 (青年委员 held 6场 of an activity) first and chained report 1 (青年委员21名);
    read alone, both answer as surely."""
    shelf = EachAlone.__new__(EachAlone)
    shelf.index = SimpleNamespace(home_places=set(), passage_doc=[0, 1], correct=lambda norm: (norm, 0),
                                  frames=[SimpleNamespace(year=2010 + n) for n in range(2)],
                                  segmenter=SimpleNamespace(words=lambda norm: []), names=[], contains=lambda text: False,
                                  in_vocabulary=lambda word: False, sentence_norm=[["青年委员开展活动6场"], ["青年委员21名"]])
    shelf.answerers, shelf.offsets = [object()] * 2, [0, 1]
    shelf._own_answers = lambda norm, docs=None: [(0, _link(0, "6场", True)), (1, _link(1, "21名", True))]
    head = _link(0, "6场", True)
    head.also = _link(1, "21名")
    told = shelf.add_to(head, "青年委员有多少")
    assert told.answered
    assert [link.fact for link in told.chain()] == ["21名"]
