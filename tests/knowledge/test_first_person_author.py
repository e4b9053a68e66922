"""A member's own duty report (个人履职报告) writes 本人 / 我 for its writer, whom members name or call 她 / 这位委员:
at ``kb add`` the writer is found from the title and the 本人 sentences name them (first_person.py)."""

from __future__ import annotations

import pytest

from bot.knowledge.first_person import about_author, as_author, report_author
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """芷湾县政协委员骆知远2023年度个人履职报告

骆知远

各位委员：

我是骆知远，芷湾县政协委员、县政协文史委员会副主任，现任县第一中学副校长。现将本人2023年度履职情况报告如下。

一、参加会议情况

2023年，本人应参加各类会议18次，实际参加17次，出勤率为94.4%。

二、提交提案情况

2023年，本人共提交提案5件，比2022年的3件增加2件。经县政协提案委员会审查，立案4件。其中《关于改善乡村学校供暖的提案》被评为优秀提案。

三、反映社情民意

本人全年报送社情民意信息9条，被县政协采用6条。

2023年，本人受聘担任县生态环境局特约监督员，参加执法检查3次。

四、2024年履职打算

（一）计划围绕“乡村学校心理健康”开展专题调研，形成调研报告1篇。
"""

_COMMITTEE = """芷湾县政协2023年工作报告

全年共立案提案120件，报送社情民意信息80条。有关部门按程序向委员本人反馈办理情况。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    report = SourceDocument("zhiwan.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    return KnowledgeBase([report], tmp_path_factory.mktemp("zhiwan"))


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    report = SourceDocument("zhiwan.txt", _REPORT.split("\n", 1)[0], "2023", _REPORT)
    committee = SourceDocument("zhiwan-work.txt", _COMMITTEE.split("\n", 1)[0], "2023", _COMMITTEE)
    return KnowledgeBase([committee, report], tmp_path_factory.mktemp("zhiwan-pair"))


def test_beside_another_report_a_pointer_still_finds_the_writers_unnamed_sentence(pair):
    assert "乡村学校心理健康" in first_line(pair, "她明年计划围绕什么开展专题调研")


def test_the_writer_is_found_from_the_title(pair):
    sentences = ["我是骆知远,县政协委员。", "本人应参加会议18次。", "本人共提交提案5件。", "本人报送信息9条。"]
    assert report_author("芷湾县政协委员骆知远2023年度个人履职报告", ["骆知远"], sentences, pair.segmenter.word_frequency) == "骆知远"


def test_a_committee_report_has_no_writer(pair):
    sentences = ["全年共立案提案120件。", "有关部门按程序向委员本人反馈办理情况。"]
    assert report_author("芷湾县政协2023年工作报告", sentences, sentences, pair.segmenter.word_frequency) is None


def test_self_and_lone_i_name_the_writer_not_our_body():
    assert as_author("本人共提交提案5件。", "骆知远") == "骆知远共提交提案5件。"
    assert as_author("我是骆知远,我代表我县委员发言。", "骆知远") == "我是骆知远,骆知远代表我县委员发言。"
    assert as_author("我们要总结经验。", "骆知远") == "我们要总结经验。"
    assert as_author("我是骆知远,县政协委员,现任县一中副校长。", "骆知远") == "县政协委员、县一中副校长骆知远。"


def test_a_pointer_at_the_one_writer_names_them():
    assert about_author("她去年交了几件提案", ["骆知远"]) == "骆知远去年交了几件提案"
    assert about_author("骆委员出勤率多少", ["骆知远"]) == "骆知远出勤率多少"
    assert about_author("其他委员交了几件提案", ["骆知远"]) == "其他委员交了几件提案"
    assert about_author("她去年交了几件提案", ["骆知远", "柯文彬"]) == "她去年交了几件提案"
    assert about_author("骆委员去年交了几件提案", ["骆知远", "柯文彬"]) == "骆知远去年交了几件提案"
    assert about_author("骆委员去年交了几件提案", ["骆知远", "骆文彬"]) == "骆委员去年交了几件提案"
    assert about_author("她和骆明去年交了几件提案", ["骆知远"], ["骆明"]) == "她和骆明去年交了几件提案"
    assert about_author("我去年交了几件提案", ["骆知远"]) == "我去年交了几件提案"  # the member's own: the bot's


@pytest.mark.parametrize("question, expected", [
    ("骆知远去年一共交了几件提案", "5件"),
    ("她2022年提了几件提案", "3件"),
    ("骆委员报送了多少条社情民意信息", "9条"),
    ("骆知远的出勤率是多少", "94.4%"),
    ("她的提案立案了几件", "4件"),  # a sentence of the report not naming her is hers too
    ("骆知远的提案立案了几件", "4件"),
    ("她在县政协文史委员会担任什么职务", "副主任"),  # 我是骆知远，…副主任，现任…: her posts, as written of others
    ("骆委员在县第一中学是啥职务", "副校长"),
    ("她是哪个单位的特约监督员", "生态环境局"),  # the body of the post asked, not the school she works at
])
def test_questions_naming_the_writer_find_the_self_sentences(kb, question, expected):
    assert expected in first_line(kb, question)


def test_suggestions_name_the_writer_not_self(kb):
    pool = kb.index.question_pool
    assert any("骆知远" in q for q in pool) and not any("本人" in q for q in pool)
