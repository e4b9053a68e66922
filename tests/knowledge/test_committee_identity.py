"""Issue 11, part A: a document's identity, its people and posts, and its head, learned at
kb add — on reports of our own (not the bench's documents or questions).

Classes: a district's or county's committee is its document's committee (松溪区政协, named
after its city); a committee's short name (declared, or made as Chinese shortens a
委员会's name) meets its full name; a post's holder and a duty are read from the shape of
the sentence; who delivered a report and when are facts of the document itself.
"""

from __future__ import annotations

import pytest

from bot.knowledge.heads import learn_head
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.vocabulary import abbreviates, learn_short_names

_DISTRICT = """政协云岭市松溪区第三届委员会常务委员会工作报告

——二〇二五年一月十日在政协云岭市松溪区第三届委员会第四次会议上

区政协主席　邱明远

各位委员：

现在，我代表政协云岭市松溪区第三届委员会常务委员会，向大会报告工作，请予审议。

一、2024年工作回顾

一年来，区政协常委会共召开常委会会议5次、主席会议12次，组织协商活动27场。

人口资源环境委员会（以下简称人资环委）围绕“溪流生态修复”开展调研，人资环委主任孔德明带队走访沿岸村庄14个，提出建议9条。

社会和法制委员会全年组织委员视察8次，推动解决群众反映的问题36个。

副主席聂晓峰牵头联系工商联和民营企业工作，组织民营企业家座谈会4场。

9月，区政协召开“茶旅融合发展”专题协商会，区长俞文斌出席并讲话，8位委员作交流发言。
"""

_CITY = """政协第七届白河市委员会常务委员会工作报告

——2024年1月8日在政协第七届白河市委员会第二次会议上

白河市政协主席　柯振东

各位委员：

一、2023年工作回顾

一年来，市政协共召开常委会会议6次，组织协商活动31场，市政协主席柯振东主持召开专题协商会3场。

提案委员会全年督办重点提案12件，提案委员会主任詹丽华带队走访承办单位20家。
"""


def _kb(tmp_path, *texts):
    documents = [SourceDocument(f"doc{n}.txt", text.split("\n", 1)[0], None, text) for n, text in enumerate(texts)]
    return KnowledgeBase(documents, tmp_path)


def _first_line(kb, question):
    answer = kb.answer(question)
    return answer.answered, answer.text.split("\n", 1)[0]


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    return _kb(tmp_path_factory.mktemp("identity"), _DISTRICT, _CITY)


def test_a_district_committee_named_after_its_city_is_its_documents_committee(both):
    frames = both.index.frames
    assert frames[0].places == ("松溪",) and frames[0].level == "区"  # not 云岭, the city it lies in
    assert frames[1].places == ("白河",) and frames[1].level == "市"
    answered, line = _first_line(both, "松溪区政协主席是谁")
    assert answered and "邱明远" in line


def test_the_title_block_lines_stay_apart_and_the_title_is_whole():
    from bot.knowledge.documents import document_from_text, split_passages

    document = document_from_text("songxi.txt", _DISTRICT)
    assert document.title.startswith("政协云岭市松溪区") and document.title.endswith("会议上")
    assert "邱明远" not in document.title
    assert split_passages(document)[0].paragraph == "区政协主席 邱明远"  # the speaker's line is its own


def test_a_loaded_committees_place_is_no_slip_for_another(both):
    corrected, fixes = both.index.correct("松溪区政协常委会开了几次会")
    assert corrected.startswith("松溪区") and fixes == 0
    answered, line = _first_line(both, "白河市政协主席是谁")
    assert answered and "柯振东" in line and "邱明远" not in line


def test_a_declared_short_name_meets_its_full_name(both):
    assert ("人资环委", "人口资源环境委员会") in both.index.short_names
    answered, line = _first_line(both, "人口资源环境委员会主任是谁")
    assert answered and "孔德明" in line


def test_a_committee_shortened_as_chinese_does_meets_its_full_name(both):
    assert both.index.expand_short_forms("社法委视察了几次") == "社会和法制委员会视察了几次"
    # A form general Chinese uses as a word of its own is left alone (常委, 区委).
    assert both.index.expand_short_forms("区政协常委有几名") == "区政协常委有几名"
    answered, line = _first_line(both, "社法委组织委员视察了多少次")
    assert answered and "8次" in line


@pytest.mark.parametrize("stem, words, dropped", [
    ("社法", ["社会", "和", "法制"], 0), ("经", ["经济"], 0), ("文史学习", ["文化", "文史", "和", "学习"], 1),
    ("教", ["教科", "卫体"], None),  # one character for a name of two words: 教委 is another body
    ("文", ["文化", "文史", "和", "学习"], None), ("提案", ["提案"], 0)])
def test_how_a_committee_name_is_shortened(stem, words, dropped):
    assert abbreviates(stem, words) == dropped


def test_learn_short_names_finds_the_full_name_the_short_one_stands_for():
    sentences = ["全年由农业和农村委员会(以下简称农业农村委)牵头开展调研。"]
    assert learn_short_names(sentences) == [("农业农村委", "农业和农村委员会")]


def test_a_duty_and_a_post_are_read_from_the_sentence(both):
    answered, line = _first_line(both, "哪位副主席联系工商联工作")
    assert answered and "聂晓峰" in line
    answered, line = _first_line(both, "哪位区领导出席了茶旅融合发展专题协商会")
    assert answered and "俞文斌" in line


def test_a_post_word_inside_a_longer_word_is_no_name():
    from bot.knowledge.people import find_person_names
    from bot.knowledge.segment import Segmenter
    import tempfile

    segmenter = Segmenter(tempfile.mkdtemp())
    names = find_person_names("区政协副主席聂晓峰代表常务委员会作工作报告。", segmenter.word_frequency)
    assert names == {"聂晓峰"}


def test_the_head_of_a_report_is_learned():
    head = learn_head("政协第7届白河市委员会常务委员会工作报告--2024年1月8日在政协第7届白河市委员会第2次会议上",
                      [(0, 0, "白河市政协主席柯振东"), (1, 0, "各位委员:")])
    assert head.delivered == "2024年1月8日" and head.meeting == "政协第7届白河市委员会第2次会议"
    assert head.reporter == "柯振东" and head.post == "白河市政协主席"


def test_who_delivered_a_report_and_when_are_facts_of_the_document(both):
    answered, line = _first_line(both, "白河的常委会工作报告是哪天作的")
    assert answered and "2024年1月8日" in line
    # Naming no committee, the newest report whose title holds the words asked answers.
    answered, line = _first_line(both, "这份常委会工作报告是谁作的")
    assert answered and "邱明远" in line
    answered, line = _first_line(both, "这份报告是在哪次会议上作的")
    assert answered and "松溪区第三届委员会第四次会议" in line


def test_a_speech_the_text_tells_of_is_not_the_reports_delivery(tmp_path):
    text = _CITY + "\n4月，市政协召开“数字乡村”专题协商会，副市长严立群作主旨发言，6位委员作交流发言。\n"
    kb = _kb(tmp_path, text)
    answered, line = _first_line(kb, "数字乡村协商会上谁作的主旨发言")
    assert answered and "严立群" in line


def test_a_time_before_a_committee_is_no_place():
    from bot.knowledge.frames import question_places

    assert question_places("去年区政协开了几次常委会会议", {"松溪"}) == set()
    assert question_places("今年松溪区政协开了几次常委会会议", {"松溪"}) == {"松溪"}


def test_naming_the_committee_makes_a_question_of_common_words_its_own(tmp_path):
    text = _DISTRICT + "\n全区现有区政协委员186名，其中常委33名。组织新任委员开展培训，新任委员52名全部参加。\n"
    kb = _kb(tmp_path, text)
    answered, line = _first_line(kb, "松溪区政协委员有多少名")
    assert answered and "186名" in line
    # The committee is not named where the narrower count stands: no answer of 新任委员52名 for all members.
    answered, line = _first_line(kb, "松溪区政协一共有多少名新任的常务委员会成员")
    assert not answered or "52名" not in line


def test_the_body_asked_for_narrows_nothing(both):
    answered, line = _first_line(both, "溪流生态修复是哪个专委会调研的")
    assert answered and "人口资源环境委员会" in line


def test_a_body_reports_own_word_for_itself_is_its_name(tmp_path):
    from bot.knowledge.documents import document_from_text

    text = ("云岭市政协农业和农村委员会2024年工作总结\n\n（2024年12月20日）\n\n一、2024年主要工作\n\n"
            "一年来，委员会共组织开展各类履职活动46次，参加委员980人次，提出意见建议210余条。\n\n"
            "围绕乡村振兴开展调研。委员会组织委员深入12个乡镇，形成调研报告4篇，其中2篇获市领导批示。\n\n"
            "撰写大会发言和提案。委员会在市政协全会上以委员会名义作大会发言1篇，题为《推动山区特色农业提质增效》；"
            "以委员会名义提交提案2件。\n\n二、2025年工作打算\n\n计划组织视察调研10次以上。\n")
    kb = KnowledgeBase([document_from_text("nongwei.txt", text)], tmp_path)
    assert kb.index.frames[0].body == "农业和农村委员会"
    answered, line = _first_line(kb, "农业和农村委员会大会发言的题目是什么")
    assert answered and "推动山区特色农业提质增效" in line


def test_a_duty_told_of_someone_else_is_not_the_named_persons(tmp_path):
    text = _DISTRICT + ("\n每次视察前，区政协都组成由分管副主席任组长的视察组。其中，溪流治理视察组由副主席聂晓峰任组长，"
                        "走访村庄12个。\n")
    kb = _kb(tmp_path, text)
    answered, _ = _first_line(kb, "聂晓峰副主席分管哪些工作")
    assert not answered


def test_who_did_it_is_the_one_the_sentence_says_did_it(tmp_path):
    text = _CITY + ("\n市政协把“河湖长制落实”列为年度重点协商议题。\n\n4月至6月，副主席倪文杰带领调研组走访沿河乡镇8个，召开座谈会5场。\n\n"
                    "9月，市政协召开“河湖长制落实”专题协商会，市委书记霍建平出席会议。\n")
    kb = _kb(tmp_path, text)
    answered, line = _first_line(kb, "河湖长制落实调研是谁带队的")
    assert answered and "倪文杰" in line
