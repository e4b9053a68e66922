"""Several reports answering a question that names none (every one told, the newest first), the
outcome after a plan in one sentence (计划…，实际完成…), and a total whose clause names what is
asked beside a part of it narrowed otherwise (被区政协采用…，其中被市政协采用…).
Documents of our own, not the bench's."""

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from .conftest import first_line


def _kb(tmp_path, *texts):
    docs = [document_from_text(f"doc{n}.txt", text) for n, text in enumerate(texts)]
    return KnowledgeBase(docs, tmp_path)


def _report(place: str, year: int, count: int) -> str:
    return f"""{place}市政协{year}年履职纪实

一年来，{place}市政协全年编报社情民意信息{count}篇，组织委员视察调研{count // 10}次。

春季，委员们走访了沿江的茶园和渔港，听取农户对冷链物流的意见。

夏季，文史委员会整理了老街的碑刻拓片，编成图册一本。

秋季，委员会举办书画展览，展出作品一百余幅。

冬季，机关开展结对帮扶，为困难家庭送去棉被和米面。
"""


def test_every_report_that_answers_is_told_newest_first(tmp_path):
    reports = [_report("松岭", 2017, 101), _report("梅湾", 2019, 202), _report("竹溪", 2021, 303),
               _report("杏坛", 2020, 404), _report("枫渡", 2022, 505), _report("柳塘", 2018, 606)]
    line = first_line(_kb(tmp_path, *reports), "社情民意信息编报了多少篇")
    figures = ["505篇", "303篇", "404篇", "202篇", "606篇", "101篇"]
    assert all(f in line for f in figures)  # more than four reports: none cut
    positions = [line.find(f) for f in figures]
    assert positions == sorted(positions)  # the newest report first: 2022, 2021, 2020, 2019, 2018, 2017


_BRIDGES = """澄江市政协2023年履职纪实

一、民生协商

6月，市政协就古桥保护召开对口协商会。据市文旅局通报，2023年全市计划修缮古桥12座，实际完成14座，惠及沿河居民900余户。

二、社情民意

全年共报送社情民意信息64条，被市政协采用31条，其中被省政协采用6条，3条获市领导批示。
"""


def test_an_outcome_after_a_plan_answers_what_was_done(tmp_path):
    kb = _kb(tmp_path, _BRIDGES)
    assert "14座" in first_line(kb, "古桥实际完成修缮多少座")
    assert "14座" in first_line(kb, "去年修缮了多少座古桥")
    assert "12座" in first_line(kb, "古桥原计划修缮多少座")


def test_a_total_naming_the_asked_body_beats_a_part_narrowed_to_another(tmp_path):
    kb = _kb(tmp_path, _BRIDGES)
    assert "31条" in first_line(kb, "社情民意被市政协采用了几条")
    assert "6条" in first_line(kb, "被省政协采用了几条")
