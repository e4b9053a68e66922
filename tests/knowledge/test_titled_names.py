"""A thing's name or title asked (形成的建议叫什么, 第二十辑叫什么名字, 读书品牌叫啥, 那条信息的题目是啥) is answered by
the sentence writing that very name: a quoted title ending with the noun asked ("关于…的建议"), the name quoted right
after the volume asked (第20辑"…"), a brand as what is built (打造"…"), the meeting asked referred back to by a bare
会议, the person asked referred back to by 她 (titles.py, wording.py, pronoun_person.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.name_untold import name_untold
from bot.knowledge.question import analyse
from bot.knowledge.titles import _titled, named_thing_untold

from .conftest import first_line

_REPORT = """政协漪湄县委员会2022年工作报告

（2022年12月28日）

一、协商议政

全年围绕产业发展、城乡供水、养老服务3个主题，先后召开3次专题协商会，县政府有关负责人全程到会听取意见，现场回应关切。

此次养老协商由副主席滕佩瑶牵头组织，委员们前期走访了全县21个村级养老服务站，撰写的《关于补齐我县农村互助养老短板的建议》得到县委主要领导批示肯定。

2022年5月12日召开第5次常委会议，围绕“加快槲山竹产业转型升级”开展专题议政性协商。会前，调研组走访竹企和合作社23家，召开座谈会4场。会议形成的《关于延伸竹产业链条的建议》，提出建议7条，其中5条被纳入县政府工作安排。

二、文史和读书

编辑出版《漪湄文史》第19辑《槲山旧事》，征集稿件64篇。

围绕县政协成立40周年，编写出版《漪湄文史》第20辑《雁栖书声》。

明年10月底前，完成《漪湄文史》第20辑编辑出版工作。

与此同时，县政协持续打造“竹影读书会”，建立线上读书群6个，全年组织委员读书交流活动18场，参与委员累计600余人次，委员撰写读书心得120余篇。

三、社情民意

去年秋天，委员鄢可嘉在走访中发现，不少留守老人就医不便。她随即撰写了题为《关于开通乡村就医专线公交的建议》的社情民意信息。信息报送后，县交通运输局开通专线3条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("yimei-county-2022.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("yimei-titles"))


def test_title_ending_with_the_noun_asked(kb):
    assert "补齐我县农村互助养老短板" in first_line(kb, "养老协商形成的建议叫什么")


def test_bare_meeting_goes_on_about_the_numbered_one(kb):
    assert "延伸竹产业链条" in first_line(kb, "第五次常委会议形成的建议叫啥")


def test_name_quoted_after_the_volume_asked(kb):
    assert "雁栖书声" in first_line(kb, "漪湄文史第二十辑叫什么名字")


def test_brand_built_is_named_without_the_word(kb):
    answerer = kb.answerer
    norm = normalize_text("委员读书品牌叫啥")
    q = analyse(norm, norm, answerer.segmenter, answerer.index)
    built = normalize_text("与此同时，县政协持续打造“竹影书香”，建立线上读书群6个。")
    held = normalize_text("与此同时，县政协在“竹影书屋”举办读书交流活动，建立线上读书群6个。")
    assert not named_thing_untold(q, built) and not name_untold(q, built, answerer.segmenter.general_frequency)
    assert named_thing_untold(q, held) or name_untold(q, held, answerer.segmenter.general_frequency)


def test_pronoun_read_as_the_person_asked(kb):
    assert "乡村就医专线公交" in first_line(kb, "鄢可嘉那条信息的题目是啥")


def test_volumes_written_in_words_as_figures():
    assert normalize_text("第二十辑") == "第20辑"
    assert normalize_text("第十二集") == "第12集"
    assert normalize_text("统一集中") == "统一集中"


def test_a_modifier_and_noun_is_no_title():
    assert _titled("关于延伸竹产业链条的建议", ["建议"])
    assert _titled("槲山竹产业总体规划", ["规划"])
    assert not _titled("主打品牌", ["品牌"])
    assert _titled("关于开通乡村就医专线公交的建议", ["信息"])
    assert not _titled("漪湄政协信息", ["信息"])  # a periodical's name, not a piece's title
