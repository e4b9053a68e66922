"""Where two rules of the forty-fifth round met: a body named in the sentence an amount goes on from is told
(…推开"某某议事厅"… 。全年共开展议事活动26场); 哪个宗教场所 asks a place, not a religion; a row's label named by
another form of the question's word (常委 of 其中常务委员69名) is asked, so the row is not ranked below the whole; a roster of
another group (常委3名，分别是…) does not answer 3名博士委员分别是谁; a
total asked (一共) is the list's head, not one row; a label is named whole or without the kind it
ends in (甲乙 of 甲乙界), not by its first word (委员 of 委员个人和联名提案)."""

from types import SimpleNamespace

from bot.knowledge.checks import _ASKED_CATEGORY
from bot.knowledge.sentence_rows import _named_labels, _rows
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

REPORT = """政协澴溪县委员会常务委员会工作报告

——2021年1月12日在政协第八届澴溪县委员会第五次会议上

一、2020年工作回顾

2020年3月，县政协在全县推开"澴溪议事厅"基层协商平台建设。全年共开展议事活动二十六场，参与群众九百余人次，推动解决实际问题37个。

至年底，县政协有委员215名，其中常务委员41名、女委员63名、中共党员委员88名。

全年共开展走访座谈活动21次，其中入户走访11次、座谈6次、专题调研4次。

科技界别现有委员23名，具有博士学位的3名。界别中有县政协常委3名，分别是郦文卓、栾清源和县科技局副局长殳海宁。
"""


def _first(tmp_path, question: str) -> str:
    kb = KnowledgeBase([document_from_text("report.txt", REPORT)], tmp_path)
    return kb.answer(question).text.split("\n", 1)[0]


def test_a_body_named_in_the_sentence_before_is_told(tmp_path):
    assert "37个" in _first(tmp_path, "澴溪议事厅推动解决实际问题几个")


def test_a_row_named_by_another_form_of_the_word(tmp_path):
    assert "41名" in _first(tmp_path, "去年底县政协常委有几个人")


def test_a_roster_of_another_group_does_not_answer(tmp_path):
    assert "郦文卓" not in _first(tmp_path, "界别3名博士委员分别是谁")


def test_a_total_asked_is_the_head_not_a_row():
    sentence = "全年共开展走访座谈活动21次,其中入户走访11次、座谈6次、专题调研4次。"
    total = SimpleNamespace(norm="去年走访座谈一共搞了几次", term_words=lambda *_: [])
    row = SimpleNamespace(norm="去年座谈了几次", term_words=lambda *_: [])
    assert _rows(total, sentence)[1] is None
    assert _rows(row, sentence)[1][0] == "座谈"


def test_a_label_is_not_named_by_its_first_word_alone():
    labels = ["委员个人和联名提案", "各民主党派提案", "专门委员会集体提案"]
    assert _named_labels("专门委员会有几个", labels) == []
    assert _named_labels("甲乙界有几个名额", ["甲乙界", "丙丁界", "戊己界"]) == ["甲乙界"]
    assert _named_labels("甲乙有几个名额", ["甲乙界", "丙丁界", "戊己界"]) == ["甲乙界"]
    assert _named_labels("甲区几个", ["甲区", "乙区", "丙区"]) == ["甲区"]
    # a short lead word written before the label: the rest names it (not the next row's 专题协商会 by its start)
    assert _named_labels("今年拟安排几次常委会议专题协商", ["拟安排常委会议专题协商", "专题协商会", "对口协商"]) == ["拟安排常委会议专题协商"]


def test_a_religious_place_asked_is_no_religion_asked():
    assert _ASKED_CATEGORY.search("哪个宗教的委员最多").group(1) == "宗教"
    assert not (_ASKED_CATEGORY.search("哪个宗教场所被评为和谐寺观教堂") or [None, None])[1]
