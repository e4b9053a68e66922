"""Declining by reason (issue 11, third round): the event, body or counted thing a
question is about must be the one the answering passage speaks of, and an outcome
of an event the document only plans is not answered."""

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

REPORT = """政协第九届南湖市委员会常务委员会工作报告

——2024年1月9日在政协第九届南湖市委员会第三次会议上

2023年工作回顾

8月24日，市政协召开“推进湖区生态保护”专题协商会，22位委员作交流发言，形成意见建议37条。

提案委员会主任王晓梅带领委员开展提案督办，全年督办重点提案15件。

全体委员中，提交提案的委员有218名，占委员总数的79%。新任委员提交提案的积极性较高。

2024年工作安排

计划召开专题协商会5场，拟于第二季度召开“数字乡村建设”专题协商会。计划于2025年1月召开九届四次会议。
"""


def _kb(tmp_path):
    return KnowledgeBase([document_from_text("nanhu.txt", REPORT)], tmp_path)


def _first_line(kb, question):
    answer = kb.answer(question)
    return answer.answered, answer.text.split("\n", 1)[0]


def test_the_event_asked_must_be_the_one_told(tmp_path):
    kb = _kb(tmp_path)
    answered, line = _first_line(kb, "推进湖区生态保护专题协商会形成了多少条意见建议")
    assert answered and "37条" in line
    # Another meeting of the same kind: its figures are not this one's.
    assert not kb.answer("乡村振兴专题协商会有多少位委员作交流发言").answered


def test_an_outcome_of_a_planned_event_is_declined_and_the_plan_is_answered(tmp_path):
    kb = _kb(tmp_path)
    assert not kb.answer("数字乡村建设专题协商会有多少位委员发言").answered
    assert not kb.answer("九届四次会议有多少名委员出席").answered
    assert not kb.answer("数字乡村建设专题协商会取得了什么成果").answered
    answered, line = _first_line(kb, "明年计划开几场专题协商会")
    assert answered and "5场" in line


def test_a_post_of_another_body_or_rank_is_declined(tmp_path):
    kb = _kb(tmp_path)
    answered, line = _first_line(kb, "提案委员会主任是谁")
    assert answered and "王晓梅" in line
    assert not kb.answer("南湖市政协社会法制委员会主任是谁").answered
    assert not kb.answer("提案委员会副主任是谁").answered
    # A 界别 is named together with its field: 教育 elsewhere in the text does not make this about 教育界.
    assert not kb.answer("教育界的召集人是谁").answered


def test_a_narrower_counted_thing_is_not_answered_by_the_wider_count(tmp_path):
    kb = _kb(tmp_path)
    answered, line = _first_line(kb, "提交提案的委员有多少名")
    assert answered and "218名" in line
    assert not kb.answer("新任委员有多少名").answered


def test_a_post_is_read_by_its_shape_before_by_or_after_serve_as():
    from bot.knowledge.people import find_people, find_person_names

    sentence = "界别活动组组长由孙建平担任，副组长由李梅、周强担任；界别委员赵立华担任市科协副主席。"
    names = find_person_names(sentence)
    assert {"孙建平", "李梅", "周强", "赵立华"} <= names
    roles = {p.name: p.role for p in find_people(sentence, names)}
    assert roles["孙建平"] == "界别活动组组长"
    assert roles["李梅"] == roles["周强"] == "界别活动组副组长"  # the body named once for both posts (body_names.py)
    assert roles["赵立华"] == "市科协副主席"


def test_a_month_keeps_its_part_and_a_verb_before_a_city_names_none():
    from bot.knowledge.facts import find_dates
    from bot.knowledge.frames import question_places

    assert [d.text for d in find_dates("计划于5月底前完成专题调研，10月下旬召开座谈会")] == ["5月底", "10月下旬"]
    assert question_places("社情民意被市政协采用了多少篇", set()) == set()
    assert question_places("东湖市政协主席是谁", set()) == {"东湖"}


COMPARED = """东湖市政协科技界别2022年工作总结

一、履职成效

界别委员所在企业研发投入占比由2021年的3.2%提高到2022年的4.6%，组建科技服务队，队员58人。
"""


def test_the_year_before_an_amount_is_its_year_and_a_short_clause_counts_the_one_before(tmp_path):
    kb = KnowledgeBase([document_from_text("donghu.txt", COMPARED)], tmp_path)
    assert _first_line(kb, "2022年研发投入占比是多少") == (True, "答：4.6%（2022年）")
    assert _first_line(kb, "2021年研发投入占比是多少") == (True, "答：3.2%（2021年）")
    answered, line = _first_line(kb, "研发投入占比提高到了多少")
    assert answered and "4.6%" in line
    answered, line = _first_line(kb, "科技服务队有多少人")
    assert answered and "58人" in line


ECONOMIC = """西湖市政协经济委员会2021年工作总结

一、调查研究

经济委员会在市政协主席会议的领导下，围绕全市经济工作开展调研。委员会主任马晓峰带领调研组走访企业46家，形成调研报告3篇。

二、协商议政

经济委员会全年召开对口协商会4次，提出意见建议52条。
"""


def test_another_documents_holder_of_another_bodys_post_is_not_shown_beside(tmp_path):
    docs = [document_from_text("nanhu.txt", REPORT), document_from_text("xihu.txt", ECONOMIC)]
    kb = KnowledgeBase(docs, tmp_path)
    answered, line = _first_line(kb, "经济委员会主任是谁")
    assert answered and "马晓峰" in line and "王晓梅" not in line


def test_a_plan_word_after_the_amount_does_not_make_it_a_plan(tmp_path):
    text = REPORT.replace("全体委员中", "其中，所提问题已经解决的431件，列入计划逐步解决的139件。全体委员中")
    kb = KnowledgeBase([document_from_text("nanhu.txt", text)], tmp_path)
    assert _first_line(kb, "已经解决的提案有多少件") == (True, "答：431件（2023年）")
