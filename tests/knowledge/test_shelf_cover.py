"""On a shelf, a sentence told whole beside the first told must hold about as much of the question as it does,
the question's words weighed over the shelf (shelf_cover.py): a report that never writes 一等奖 reads 优秀提案里获一等奖
的是哪件 alone as a question about its 优秀提案, and its sentence is not told.  Reports of our own."""

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.shelf_cover import ShelfCover

_PRIZES = """石门区政协民族宗教界别2022年度履职工作总结

一、获得荣誉

2022年，界别委员获得多项荣誉：委员提交的"关于发展民族特色产业的提案"获评区政协优秀提案一等奖；界别被区政协评为优秀界别。
"""

_PROPOSAL = """枫原县政协农业界别2017年工作总结

一、提案工作

本界别委员刘春明提出的"关于建立农产品追溯体系的提案"被评为县政协2017年度优秀提案，这也是本界别委员连续第3年获得优秀提案。

二、调研视察

委员会组织委员赴3个乡镇开展农村土地流转专题调研，形成调研报告2篇，提出建议15条。

三、学习培训

委员会举办委员学习讲座4场，参加委员86人次。

四、社情民意

全年报送社情民意信息23条，被市政协采用9条。
"""

_OTHER = """青湾市政协2019年履职纪实

一、视察

市政协组织委员视察乡村道路建设，走访乡镇12个。
"""


def test_sentence_without_a_word_the_shelf_knows_is_not_told(tmp_path):
    documents = [document_from_text(name, text) for name, text in
                 (("prizes.txt", _PRIZES), ("proposal.txt", _PROPOSAL), ("other.txt", _OTHER))]
    kb = KnowledgeBase(documents, tmp_path)
    line = kb.answer("优秀提案里获一等奖的是哪件").text.split("\n", 1)[0]
    assert "民族特色产业" in line
    assert "追溯体系" not in line


def test_share_weighs_the_question_over_the_shelf(tmp_path):
    documents = [document_from_text(name, text) for name, text in (("prizes.txt", _PRIZES), ("other.txt", _OTHER))]
    kb = KnowledgeBase(documents, tmp_path)
    cover = ShelfCover(kb.index, "优秀提案里获一等奖的是哪件")
    assert cover.share("获评区政协优秀提案一等奖") > cover.share("被评为县政协2017年度优秀提案") + 0.15
