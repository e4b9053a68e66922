"""Figures a report states outright, asked in a member's plain words, on a report of our own: levels run
together (市区县两级, level_list.py), a noun's count (项目数, 义诊场次, count_nouns.py and question.py), a body's
size told after it (…服务队由…组成，现有委员志愿者41名, reading.py) or as its 总数 (使服务队总数达到11支,
body_size.py), figures told after a paragraph's lead (paragraph_topic.py), a kind of village no locality
(结对帮扶村, named_things.py), a deed's count asked with 一共 (一共申报了多少个, asked_untold.py) and a measure given
its value (服务时长80小时以上的委员, measure_asked.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.count_nouns import noun_of_count
from bot.knowledge.documents import document_from_text
from bot.knowledge.facts import find_quantities
from bot.knowledge.level_list import levels_listed
from bot.knowledge.measure_asked import measure_named
from bot.knowledge.named_things import named_localities
from bot.knowledge.paragraph_topic import carried_share
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.question import Term, analyse

from .conftest import first_line

_REPORT = """政协簟州市委员会2024年委员志愿服务工作总结

一、总体情况

全市5个区县政协均组建了委员志愿服务队伍，市、区县两级政协委员志愿者总数达到九百余名。全年共实施委员志愿服务项目31项，比上年增加7项。

笱溪区服务队由在笱溪区工作和居住的市政协委员组成，现有委员志愿者41名，是人数最多的一支区域服务队。罨山县服务队现有委员志愿者19名。

医卫服务队全年开展"暖心行"义诊活动38场，比上年的29场增加9场，服务群众1.2万人次。

二、重点工作

一是结对帮扶村发展。组织委员、委员所在企业与18个村开展村企结对，帮助引进项目11个，落实资金960万元。

二是深化"委员课堂"进社区。组织法律、医卫等界别委员走进社区，开展普法、健康等主题讲座57场，覆盖社区24个。

三是举办项目大赛。全市各服务队、各区县政协共申报项目26个，有10个项目进入决赛。

全年服务时长在80小时以上的委员有96名，服务时长在200小时以上的委员有14名。

三、2025年工作打算

"委员课堂"进社区力争达到80场。在现有9支服务队基础上，计划新组建2支专业服务队，使服务队总数达到11支。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("dianzhou.txt", _REPORT)], tmp_path_factory.mktemp("dianzhou-figures"))


def test_levels_run_together(kb):
    assert levels_listed("市区县2级委员志愿者加起来多少") == "市、区县2级委员志愿者加起来多少"
    assert levels_listed("省市县3级") == "省市县3级"  # single levels cut rightly as they are
    assert levels_listed("市县区2级") == "市县区2级"  # 市、县区 or 市县、区: read two ways, left alone
    assert "九百余名" in first_line(kb, "市区县两级委员志愿者加起来多少")


def test_a_nouns_count(kb):
    idf = {"项目": 1.5}.get
    assert noun_of_count("项目数", idf) == "项目"
    assert noun_of_count("总数", idf) == "总数"
    assert noun_of_count("会员数", idf) == "会员数"  # the noun is no word of the documents
    assert "7项" in first_line(kb, "项目数比上年多了几项")
    assert "9场" in first_line(kb, "义诊场次比上年多了多少")


def test_a_bodys_size_told_after_it_or_as_its_total(kb):
    assert "41名" in first_line(kb, "笱溪区服务队多少人")
    assert "11支" in first_line(kb, "明年服务队总数要到几支")
    reader = kb.answerer.reader
    q = analyse("明年服务队总数要到几支", "明年服务队总数要到几支", reader.segmenter, reader.index)
    sentence = "计划新组建2支专业服务队,使服务队总数达到11支。"
    amount = next(x for x in find_quantities(sentence) if x.text == "11支")
    assert reader._body_size(q, sentence, amount) == 1  # the whole, whatever made it so (使)


def test_figures_after_a_paragraphs_lead(kb):
    assert "57场" in first_line(kb, "委员课堂进社区搞了几场")
    lead = ['二是深化"委员课堂"进社区。', "组织委员走进社区，开展讲座57场。"]
    assert carried_share(lead, 1, [Term("委员课堂", 1.0, ("委员课堂",), False, True)], 2.0) == pytest.approx(0.3)


def test_a_kind_of_village_is_no_locality(kb):
    assert named_localities("结对帮扶村引进项目几个") == []
    assert named_localities("与18个村开展村企结对") == []
    assert "11个" in first_line(kb, "结对帮扶村引进项目几个")
    assert "960万元" in first_line(kb, "结对帮扶村落实资金多少")


def test_a_deeds_count_asked_with_all(kb):
    assert "26个" in first_line(kb, "大赛一共申报了多少个项目")


def test_a_measure_given_its_value(kb):
    import re
    duration = re.compile(r"时长")
    assert not measure_named(duration, "服务时长80小时以上的委员有多少")
    assert measure_named(duration, "服务时长一共多少小时")
    assert measure_named(duration, "有多少委员服务时长不足20小时")  # no modifier: left as asked
    assert "96名" in first_line(kb, "服务时长80小时以上的委员有多少")
