"""Who endorsed a report, told bare (副市长某某批示后) or asked with the endorser's post (市委书记是谁批示的);
and a how-many question whose one-character verb asks the deed told with 被 (评了多少名 → 31名委员被评为…).
Sentences of our own made-up report, not the bench's."""

from bot.knowledge.public import KnowledgeBase, SourceDocument
from .conftest import first_line

_SONGLIN = """政协松林市委员会经济委员会2021年工作总结

一、主要工作

（一）专题调研

委员会围绕县域物流体系建设开展专题调研，走访企业14家，形成《关于完善县域物流体系的调研报告》，提出建议6条。副市长贺明远批示后，建议被市商务局采纳，全市新建乡镇物流站点21个。

委员会围绕文旅融合发展开展调研，形成《关于推动文旅融合发展的调研报告》。8月12日，市委书记罗振宇作出批示：“建议很有价值，请市政府研究落实。”

（二）委员履职

委员会推行履职积分管理，全年委员出勤率达92.4%，31名委员被评为年度“履职标兵”。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("松林", _SONGLIN.split("\n", 1)[0], "2021", _SONGLIN)], tmp_path)


def test_an_endorsement_told_bare_names_its_endorser(tmp_path):
    assert "贺明远" in first_line(_kb(tmp_path), "物流调研报告哪个领导批示的")


def test_the_endorsers_post_asked_is_no_part_of_what_was_endorsed(tmp_path):
    assert "罗振宇" in first_line(_kb(tmp_path), "市委书记是谁批示的文旅报告")


def test_the_questions_verb_asks_the_deed_told_with_被(tmp_path):
    assert "31名" in first_line(_kb(tmp_path), "履职标兵评了多少名")
