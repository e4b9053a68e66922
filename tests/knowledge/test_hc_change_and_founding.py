"""Figures, dates and names declined or mistaken (round hc), each class on a fictitious
document of our own: a change asked in percentage points; a founding year asked where the
document's own year tells only an anniversary; an event named in one sentence and dated by the
next."""

from bot.knowledge.public import KnowledgeBase, SourceDocument
from .conftest import first_line

_FENGCHUAN = """枫川县政协2023年工作纪实

2023年是枫川县政协成立35周年。一年来，县政协团结带领全县委员履职尽责。

民生监督。据县卫健局介绍，2023年全县家庭医生签约率达到71.4%，比上年提高3.6个百分点。

纪念活动。十月九日，县政协召开庆祝枫川县政协成立35周年座谈会。

委员培训。面向新任委员，县政协开展了“履职起步课”活动。二〇二三年四月二十日，县政协为新任的9名委员集中授课。

文史工作。据统计，自1988年枫川县政协成立以来，三十五年间共收到提案五千二百余件。同年，县图书馆新馆建成开放。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("fengchuan-2023", "枫川县政协2023年工作纪实", "2023", _FENGCHUAN)], tmp_path)


def test_change_asked_in_points_answers_the_points_not_the_rate(tmp_path):
    kb = _kb(tmp_path)
    assert "3.6个百分点" in first_line(kb, "家庭医生签约率比上年提高了多少？")
    # The rate itself is still its level, not the change.
    assert "71.4%" in first_line(kb, "家庭医生签约率是多少")


def test_founding_year_is_not_the_year_of_an_anniversary(tmp_path):
    kb = _kb(tmp_path)
    assert "1988年" in first_line(kb, "枫川县政协是哪一年成立的")
    assert "1988年" in first_line(kb, "县政协哪年成立")


def test_a_meeting_for_an_anniversary_is_dated_by_its_own_day(tmp_path):
    kb = _kb(tmp_path)
    assert "10月9日" in first_line(kb, "县政协成立35周年座谈会是哪天开的")


def test_an_event_named_then_dated_by_the_next_sentence(tmp_path):
    kb = _kb(tmp_path)
    assert "4月20日" in first_line(kb, "履职起步课是哪天上的")
