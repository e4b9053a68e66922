"""Where two rules of the forty-fifth round met: a body named in the sentence an amount goes on from is told
(…推开"某某议事厅"… 。全年共开展议事活动26场); 哪个宗教场所 asks a place, not a religion; a row's label named by
another form of the question's word (常委 of 其中常务委员69名) is asked, so the row is not ranked below the whole."""

from bot.knowledge.checks import _ASKED_CATEGORY
from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

REPORT = """政协澴溪县委员会常务委员会工作报告

——2021年1月12日在政协第八届澴溪县委员会第五次会议上

一、2020年工作回顾

2020年3月，县政协在全县推开"澴溪议事厅"基层协商平台建设。全年共开展议事活动二十六场，参与群众九百余人次，推动解决实际问题37个。

至年底，县政协有委员215名，其中常务委员41名、女委员63名、中共党员委员88名。
"""


def _first(tmp_path, question: str) -> str:
    kb = KnowledgeBase([document_from_text("report.txt", REPORT)], tmp_path)
    return kb.answer(question).text.split("\n", 1)[0]


def test_a_body_named_in_the_sentence_before_is_told(tmp_path):
    assert "37个" in _first(tmp_path, "澴溪议事厅推动解决实际问题几个")


def test_a_row_named_by_another_form_of_the_word(tmp_path):
    assert "41名" in _first(tmp_path, "去年底县政协常委有几个人")


def test_a_religious_place_asked_is_no_religion_asked():
    assert _ASKED_CATEGORY.search("哪个宗教的委员最多").group(1) == "宗教"
    assert not (_ASKED_CATEGORY.search("哪个宗教场所被评为和谐寺观教堂") or [None, None])[1]
