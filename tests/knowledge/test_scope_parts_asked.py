"""A whole set as a scope and its parts in one sentence (在参加评议的164名委员中，评为优秀等次的22名，…；不称职等次的6名…),
on a report of our own: a question naming a part's own word (优秀, 不称职) asks that part, though its other words
(评议, 委员) stand in the scope's clause; a question naming only the scope's words asks the whole. The scope reaches
over ；, each item after it one more of its parts. After 其中, an item writing the question's word in its longest
form (市领导) is the one asked, though every item writes a shorter one (领导); a bracket within an item ((2022年为1件次))
does not end the list."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协芸岗县委员会关于2023年度委员履职评议情况的通报

一、评议结果

在参加评议的164名委员中，评为优秀等次的22名，占13.4%；称职等次的121名，占73.8%；基本称职等次的15名，占9.1%；不称职等次的6名，占3.7%。

二、社情民意

全年共征集社情民意信息318条，其中被市政协采用41条，被省政协采用12条。

全年社情民意信息共获各级领导批示58件次，其中获省级领导批示4件次（2022年为1件次），获市领导批示49件次（2022年为37件次）；获县主要领导批示5件次。

三、民主监督

截至2023年底，县政协共向县直部门推荐委员担任行风监督员31名，其中2023年新推荐8名。县卫健局为全县12所乡村学校配齐专兼职校医19名，其中专职校医8名。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("yungang.txt", _REPORT)], tmp_path_factory.mktemp("yungang"))


@pytest.mark.parametrize("question, fact", [
    ("去年有多少委员评议优秀", "22名"),  # 评议 of the scope, 优秀 of the part: the part
    ("评议优秀的委员有几名", "22名"),
    ("不称职的委员有几个", "6名"),  # an item after ；is the scope's part too
    ("基本称职的有几名", "15名"),
    ("参加评议的委员有多少名", "164名"),  # the scope's words only: the whole
    ("社情民意信息一共征集了多少条", "318条"),
    ("被省政协采用了几条", "12条"),
    # 市领导 names one item, though every item writes 领导; a bracket inside an item ends no list
    ("去年市领导批示了多少件次", "49件次"),
    ("各级领导批示一共多少件次", "58件次"),
    ("省级领导批示几件次", "4件次"),
    ("去年新推荐了几名行风监督员", "8名"),  # 新推荐 as the question writes it: the item's, not the whole's 推荐
    ("一共推荐了多少名行风监督员", "31名"),
    # 学校 before 校医 in the question stands in the whole's clause, not in the item: the whole is asked
    ("乡村学校校医一共配了多少名（专兼职）？", "19名"),
    ("专职校医有几名", "8名"),
])
def test_the_part_or_the_whole_asked(kb, question, fact):
    assert fact in first_line(kb, question)


def test_the_whole_is_no_answer_to_a_part(kb):
    assert "164名" not in first_line(kb, "去年有多少委员评议优秀")
