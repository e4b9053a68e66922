"""All there are asked (民营企业一共有多少家, 党外委员一共多少名, 农家书屋总共有多少个), the amount counting only
those a deed or a service reached (全年走访企业92家, 联系党外委员96名, 察看农家书屋15个, 为63家小微企业提供转贷服务): declined.  The deed asked as such
(一共走访了多少家企业) is answered, and so is a stock told as one (全县现有农家书屋138个).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协柘湾县委员会2023年工作总结

2023年，柘湾县政协围绕全县中心工作履职尽责。

组织委员开展"法治体检进企业"活动，全年走访企业92家，帮助企业审查合同280余份。

落实党组成员联系党外委员制度，7名党组成员共联系党外委员96名。

开展农家书屋建设专项民主监督，实地察看农家书屋15个，召开座谈会2场。

柘湾县现有文化站12个，柘湾县委员活动组共有委员40名。

协调县农商银行设立应急转贷资金，截至年末已为63家小微企业提供转贷服务。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("zhewan.txt", _REPORT)], tmp_path_factory.mktemp("zhewan"))


@pytest.mark.parametrize("question", ["柘湾县企业一共有多少家", "县政协党外委员一共多少名", "柘湾县农家书屋总共有多少个",
                                      "柘湾县小微企业一共有多少家"])
def test_those_reached_are_not_all_there_are(kb, question):
    assert not kb.answer(question).answered


@pytest.mark.parametrize("question, answer", [("全年一共走访了多少家企业", "答：92家"), ("共联系党外委员多少名", "答：96名"),
                                              ("柘湾县文化站一共有多少个", "答：12个"),
                                              ("一共为多少家小微企业提供了转贷服务", "答：63家")])
def test_the_deed_or_a_stock_told_answers(kb, question, answer):
    assert first_line(kb, question).startswith(answer)
