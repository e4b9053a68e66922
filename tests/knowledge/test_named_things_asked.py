"""A question naming a site, a meeting or a supervision by its head word and the words
before it (白鹭洲景区, 提案交办会, 垃圾分类专项民主监督) is answered only by a sentence about
that one, not by another of the same kind; and 多少个 is not answered by an amount in a
measure word of its own (路灯230盏) unless the question names that thing (named_things.py,
measures.py)."""

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

REPORT = """枫港市政协2022年工作总结和2023年工作打算

一、2022年工作回顾

围绕"翠屏山景区提质"开展视察，推动景区完善游客服务设施。2022年翠屏山景区接待游客86万人次，旅游收入增长12%。

全年接待台胞来访团组12批次、150余人次，举办"两岸青年文创交流周"1期。

二月十五日，市委办、市政府办和市政协办联合召开提案交办会，常务副市长邓国梁出席并讲话。市长何建平主持召开专题会议研究菜市场改造工作。

市政协围绕"农贸市场改造"开展专项民主监督，组织委员走访市场23个，推动解决摊位布局、排水不畅等问题19个。

委员关注背街小巷整治，推动有关部门完成路灯更换230盏，投资420万元。

二、2023年工作打算

继续加强调查研究，提高履职质量。
"""


def _kb(tmp_path):
    return KnowledgeBase([document_from_text("fenggang.txt", REPORT)], tmp_path)


def test_a_named_site_is_answered_only_by_a_sentence_about_it(tmp_path):
    kb = _kb(tmp_path)
    assert "86万人次" in first_line(kb, "翠屏山景区2022年接待了多少游客")
    assert not kb.answer("白鹭洲景区去年接待了多少游客").answered
    # A facility the text never speaks of: the visitors of another host are not its own.
    assert not kb.answer("委员工作室2022年接待了多少人次").answered


def test_a_named_meeting_is_answered_only_by_a_sentence_about_it(tmp_path):
    kb = _kb(tmp_path)
    assert "何建平" in first_line(kb, "菜市场改造专题会议是谁主持的")
    # The text tells who spoke at the 交办会, not who chaired it; the chair of another meeting is no answer.
    assert not kb.answer("提案交办会是谁主持的").answered


def test_a_named_supervision_is_answered_only_by_a_sentence_about_it(tmp_path):
    kb = _kb(tmp_path)
    assert "19个" in first_line(kb, "农贸市场改造专项民主监督推动解决了多少个问题")
    assert not kb.answer("垃圾分类专项民主监督推动解决了多少个问题").answered


def test_how_many_in_general_is_not_answered_by_another_things_own_measure(tmp_path):
    kb = _kb(tmp_path)
    assert "230盏" in first_line(kb, "路灯更换完成了多少个")
    assert not kb.answer("背街小巷整治完成了多少个").answered
