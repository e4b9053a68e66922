"""On a shelf, where the shared index's reading is of a report that answers nothing read alone (so it is left out),
the reports answering alone are measured by the surest of them: one not quite sure but reading its fact as near the
question's words is told too (a member's own report), one reading an amount far from them is not.
Reports of our own; the readings' confidence is set by hand to isolate the rule."""

from dataclasses import replace

from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.values import Result

_REPORTS = {
    "a.txt": "政协柳岸市2024年履职纪实\n\n一、大会\n\n2025年1月8日至11日，市政协九届四次会议在柳岸会议中心召开。\n",
    "b.txt": "石门市政协办公室关于2024年度委员履职情况的通报\n\n一、参加会议\n\n市政协九届四次会议于2025年1月13日至16日召开。\n",
    "c.txt": "枫原县政协2023年工作总结\n\n一、视察\n\n县政协组织委员视察乡村道路建设，走访乡镇12个。\n",
    "d.txt": "青湾县政协2020年工作总结\n\n一、会议\n\n县政协九届四次会议召开以后，各专委会于2020年3月2日起陆续开展调研。\n",
}


def test_reports_measured_by_the_surest_when_the_shared_reading_is_left_out(tmp_path):
    kb = KnowledgeBase([document_from_text(name, text) for name, text in _REPORTS.items()], tmp_path)
    each = kb.answerer.each_alone
    norm = normalize_text("九届四次会议是什么时候召开的")
    found = dict(each._own_answers(norm, [0, 1]))
    assert set(found) == {0, 1}
    sure, near = found[0], found[1]
    far = replace(near, closeness=sure.closeness - 0.8, fact="2020年3月2日",
                  passage=each.offsets[3], sentence=0)  # report d, its date far from the words
    readings = [(0, replace(sure, confidence=1.0)), (1, replace(near, confidence=0.95, closeness=sure.closeness)),
                (3, replace(far, confidence=0.95))]
    each._own_answers = lambda _norm, docs=None: [(d, r) for d, r in readings if docs is None or d in docs]
    shared = Result(True, 0.9, "when", "2023年", each.offsets[2], 0, question=norm)  # report c: nothing alone
    told = [link.fact for link in each.add_to(shared, norm).chain()]
    assert told == [sure.fact, near.fact]


def test_first_told_measures_by_its_own_reading_where_it_reads_the_same_fact(tmp_path):
    # The shared index reads report a's fact nearer the words (its words weighed over the shelf) than report a read
    # alone does; report b, read alone as near as report a alone, is told beside it.
    kb = KnowledgeBase([document_from_text(name, text) for name, text in _REPORTS.items()], tmp_path)
    each = kb.answerer.each_alone
    norm = normalize_text("九届四次会议是什么时候召开的")
    found = dict(each._own_answers(norm, [0, 1]))
    mine, near = replace(found[0], confidence=0.7, closeness=0.57), replace(found[1], confidence=0.69, closeness=0.54)
    each._own_answers = lambda _norm, docs=None: [(d, r) for d, r in ((0, mine), (1, near)) if docs is None or d in docs]
    shared = replace(mine, answered=True, confidence=0.9, closeness=0.97)
    told = [link.fact for link in each.add_to(shared, norm).chain()]
    assert told == [mine.fact, near.fact]
