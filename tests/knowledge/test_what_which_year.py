"""What / when / which-year / list questions, and declining when the kind of
answer asked is missing: a month asked counts nothing (几月份), a theme is told
by the topic quoted after 围绕, 哪一年 by a year, a list by its items (never by
their count), a subsidy by money.  Sentences of our own, not the bench's."""

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.vocabulary import learn_quoted

_QINGSHAN = """青杉县政协常务委员会工作报告

——2025年1月9日在政协青杉县第三届委员会第四次会议上

各位委员：

一、2024年工作回顾

开展茶园基地建设监督性视察。6月，农业组组织委员深入东坡、西林2个乡镇，察看茶园基地点位9个，提出建议11条。

围绕“山区道路养护”开展专项民主监督，组建3个监督小组，形成监督报告1份。

对2023年办理的26件提案开展“回头看”，发现落实不到位的问题5个。

表彰优秀提案12件、提案工作先进个人18人。

县政府出台农村危房改造补贴政策，每户补贴3万元，全年改造危房120户。

市长何明远等3位副县长各督办重点提案1件，其中何明远督办民盟青杉县委会提出的“关于推进“茶旅融合”的提案”。深入开展主题教育。

二、2025年工作安排

计划围绕“乡村寄宿制学校建设”开展专项民主监督。配合县政府推动今年提高卫生室建设补贴，新建村级卫生室20个、完成危房改造150户。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("qingshan.txt", "青杉县政协常务委员会工作报告", "2024", _QINGSHAN)], tmp_path)


def _first(kb: KnowledgeBase, question: str) -> str:
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n", 1)[0]


def test_a_month_asked_counts_nothing(tmp_path):
    # 几月份 asks a date: 月份 is no thing counted that the documents never mention.
    assert "6月" in _first(_kb(tmp_path), "茶园基地监督性视察是几月份搞的")


def test_a_theme_is_told_by_the_quoted_topic(tmp_path):
    kb = _kb(tmp_path)
    assert "山区道路养护" in _first(kb, "去年专项民主监督围绕什么主题")
    assert "乡村寄宿制学校建设" in _first(kb, "今年计划的专项民主监督是什么主题")


def test_which_year_is_answered_by_a_year(tmp_path):
    assert "2023年" in _first(_kb(tmp_path), "对哪一年办理的提案开展了回头看")


def test_a_list_is_not_answered_by_its_count(tmp_path):
    kb = _kb(tmp_path)
    assert not kb.answer("评出了哪些提案工作先进个人").answered  # 先进个人18人: how many, not who
    assert "18人" in _first(kb, "提案工作先进个人表彰了多少人")


def test_items_asked_after_a_count_are_not_answered_by_it(tmp_path):
    # 几位副县长 only says who is meant; 哪个提案 asks the items, and 3位 is none.
    assert not _kb(tmp_path).answer("其他几位副县长分别督办的是哪个提案").answered


def test_a_subsidy_is_money(tmp_path):
    kb = _kb(tmp_path)
    assert "3万元" in _first(kb, "危房改造每户补贴多少")
    assert not kb.answer("卫生室建设补贴今年提高到多少").answered  # 20个, 150户: no sum of money


def test_a_title_tail_around_a_nested_quote_is_no_name():
    found = learn_quoted(['提出的"关于推广"稻渔共生"的提案"和"山海协作"'], lambda word: False)
    assert "的提案" not in found and "山海协作" in found
