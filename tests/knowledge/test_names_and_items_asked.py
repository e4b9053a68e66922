"""A thing's name asked (读书活动叫啥名, 要编纂的是什么书, 大会发言的题目是什么) is the name quoted
against the question's words, not a person or a neighbour sentence; items asked (提了哪些建议)
are answered by the sentence enumerating them before their count; places of a kind asked
(建在哪些村) are declined when the document names none.  A document of our own, not the bench's."""

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_WULING = """梧岭县政协2024年履职纪实

来源：梧岭县政协办公室　　发布时间：二〇二五年一月十日

一、学习履职

县政协主席程望川在年初的党组会上强调，要把学习放在首位。县政协持续推进“墨香梧岭·委员共读”活动，组建读书小组6个，举办读书沙龙20场，参与委员四百余人次。

县实验小学校长、教育界委员林若兰是“教师读书群”的群主。

调研题目由委员自主申报，经主席会议审定。

二、协商议政

茶旅融合是县政协2024年关注的重点。五月，县政协副主席韦一鸣带队，围绕“推进茶旅融合发展”开展专题调研，走访3个乡镇。九月八日，县政协召开专题协商会，提出建设茶旅驿站、打造采茶体验线路、培育茶叶区域品牌等建议7条。

县政协在县政协十届三次会议上以县政协名义作大会发言1篇，题为《以科技创新赋能茶产业升级》。

全年新建协商议事室12个，累计建成40个，村（社区）覆盖率达到70%。

县政府表示，将于2025年启动茶园道路改造工程。

三、新的一年再出发

根据县政协2025年工作安排，今年县政协计划组织专题协商会4场。

在基层协商方面，今年计划新建协商议事室10个，村（社区）覆盖率力争达到85%。

在提案工作方面，继续保持办复率100%，力争全年报送社情民意信息120篇以上。

文化文史方面，今年计划举办茶文化讲座8期，并启动编纂《梧岭茶俗志》，力争年内付印。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("wuling.txt", "梧岭县政协2024年履职纪实", "2024", _WULING)], tmp_path)


def test_an_activity_name_asked_is_the_quoted_name_not_a_person(tmp_path):
    # 委员 only says whose the activity is: 活动 is what is named (叫啥名), not a person.
    assert "墨香梧岭" in first_line(_kb(tmp_path), "委员读书活动叫啥名")


def test_a_person_name_asked_is_still_a_person(tmp_path):
    assert "程望川" in first_line(_kb(tmp_path), "县政协主席叫什么")


def test_the_book_planned_this_year_is_the_one_quoted_after_the_verb(tmp_path):
    # 今年要… asks the plan; 编纂《…》 quotes the book the question's verb makes.
    assert "梧岭茶俗志" in first_line(_kb(tmp_path), "今年要启动编纂的是什么书")


def test_a_speech_title_is_told_after_titled(tmp_path):
    # 题目 is the name asked, not a word the sentence must hold: 题为《…》 gives it.
    assert "以科技创新赋能茶产业升级" in first_line(_kb(tmp_path), "县政协大会发言的题目是什么")


def test_suggestions_enumerated_before_their_count_answer_which_ones(tmp_path):
    assert "茶旅驿站" in first_line(_kb(tmp_path), "茶旅融合协商会提了哪些建议？")


def test_villages_asked_where_none_is_named_is_declined(tmp_path):
    # 村（社区）覆盖率 speaks of villages in general: it names none where the rooms were built.
    assert not _kb(tmp_path).answer("今年新建的协商议事室建在哪些村？").answered


def test_a_name_asked_of_a_thing_never_spoken_of_is_declined(tmp_path):
    # 企业 is what is named: a sentence about the person that names no 企业 tells no name of it.
    assert not _kb(tmp_path).answer("韦一鸣副主席的企业叫什么名字").answered
