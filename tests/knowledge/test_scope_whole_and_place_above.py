"""A report's own frame, read from its own words, on made-up reports:

- a scope opening its sentence with its own figure, then one part (8名不合格委员中，有3名连续两年考核不合格): the
  whole's figure answers a question asking it by the words both share, the part's one naming the part's own words;
- which session this report was delivered at (这是第几届第几次会议), from its dateline;
- who entrusted the report (报告受谁委托作的) and to whom a deed was entrusted (问卷调查委托谁搞的);
- which city and province its place lies in (某区属于哪个市, 某区在哪个省);
- a count of the report's own committee, not a county's whose clause writes the year asked;
- 领导 asked: all levels' leaders (各级领导), not only the city's (市领导 is a kind of 领导)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.entrusted import entrusted_party
from bot.knowledge.facts import find_quantities
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.scope_whole import scope_figure_score

from .conftest import first_line

_ASSESSMENT = """政协檀泾县委员会关于2023年度委员履职考核情况的报告

——2024年1月12日在政协檀泾县第七届委员会第三次会议上

县政协副主席　柯晓川

各位委员：

我受政协苕浦市檀泾县第七届委员会常务委员会委托，向大会报告2023年度委员履职考核情况，请予审议。

一、考核基本情况

一年来，在中共檀泾县委的坚强领导下，认真贯彻荇州省委和苕浦市委的部署要求，组织开展委员履职考核。在参加考核的186名委员中，评定为优秀等次的24名，合格等次的140名，基本合格等次的14名，不合格等次的8名。

8名不合格委员中，有3名连续两年考核不合格。县政协已书面函告其推荐单位。

为广泛听取意见，考核组委托县统计局调查队开展问卷调查，共发放问卷900份。

二、成果转化

全年委员履职成果共获各级领导批示58件次，其中获市领导批示21件次（2022年为15件次）；获县委、县政府主要领导批示37件次。

全年向市政协报送信息164条，比上年的150条增加14条。其中，枫陂县政协报送量由2022年的19篇下降到16篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tanjing-assessment.txt", _ASSESSMENT)], tmp_path_factory.mktemp("tanjing"))


@pytest.mark.parametrize("question, answer", [
    ("考核不合格的委员几个", "8名"), ("2023年度考核不合格的有几名", "8名"),
    ("连续两年不合格的委员几个", "3名"), ("连续两年考核不合格的有几名", "3名"),
])
def test_the_scope_or_its_part_as_asked(kb, question, answer):
    assert first_line(kb, question).startswith("答：" + answer)


def test_the_scope_figure_weighs_the_words_only_the_part_tells():
    sentence = "8名不合格委员中,有3名连续2年考核不合格。"
    whole, part = find_quantities(sentence)[:2]
    asked = [(("考核",), 0.8), (("不合格",), 3.8), (("委员", "政协委员"), 0.5)]
    assert scope_figure_score(asked, sentence, whole) > 0 > scope_figure_score(asked, sentence, part)
    narrowed = asked + [(("连续",), 3.5)]
    assert scope_figure_score(narrowed, sentence, whole) == scope_figure_score(narrowed, sentence, part) == 0


@pytest.mark.parametrize("question", ["这是政协檀泾县第几届第几次会议", "这是第几届第几次会议"])
def test_this_reports_session_is_its_datelines(kb, question):
    assert "第七届委员会第三次会议" in first_line(kb, question)


def test_who_entrusted_and_who_was_entrusted(kb):
    assert "常务委员会" in first_line(kb, "报告受谁委托作的")
    assert first_line(kb, "问卷调查委托谁搞的").startswith("答：县统计局调查队")
    assert entrusted_party("谁委托的", [], "我受县政协主席会议委托,向大会报告工作。") == "县政协主席会议"
    assert entrusted_party("报告是谁写的", [], "我受县政协主席会议委托,向大会报告工作。") is None


@pytest.mark.parametrize("question, answer", [("檀泾县属于哪个市", "苕浦市"), ("檀泾在哪个省", "荇州省"),
                                              ("檀泾县是哪个省的", "荇州省")])
def test_the_city_and_province_of_its_place(kb, question, answer):
    assert first_line(kb, question).startswith("答：" + answer)


def test_a_place_no_report_is_of_is_not_placed(kb):
    assert not kb.answer("枫陂县属于哪个市").text.startswith("答：苕浦市")


def test_its_own_count_not_a_countys_dated_one(kb):
    assert first_line(kb, "2022年报给市政协的有多少条").startswith("答：150条")
    assert first_line(kb, "枫陂县政协2022年报了多少篇").startswith("答：19篇")


def test_leaders_of_every_level_and_the_citys(kb):
    assert first_line(kb, "领导批示了多少件次").startswith("答：58件次")
    assert first_line(kb, "市领导批示了多少件次").startswith("答：21件次")
