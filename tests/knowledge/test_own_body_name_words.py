"""A sector asked by its full name in its own report (妇联界别副召集人是谁, 妇联界别有几名委员): the words of
that name say whose post or members, not which. A convener who is also 市妇联主席 does not hold the 副召集人
post asked because 妇联 stands in another of her posts, and the membership is not another list item's figure
because a later item counts members 来自各级妇联组织.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """蔺州市政协妇联界别2022年工作总结

市政协常委、妇联界别召集人　韩秋白

各位委员：

本界别现有委员27名，其中女委员12名，市政协常委2名；来自各级妇联组织的委员8名，来自企业的委员10名。界别召集人小组由召集人韩秋白（市妇联主席）、副召集人韩远舟（市第一人民医院骨科主任）、副召集人骆青禾（蔺州明德律师事务所主任）组成，市政协社会和法制委员会副主任钟小红担任界别联络员。

一年来，界别委员围绕家庭教育开展调研3次，提出意见建议21条。

9月8日，市政协召开“推进社区托育服务”专题协商会，副召集人韩远舟代表界别作主旨发言，6名界别委员先后发言。

界别组织委员赴蔺州港区开展学习考察，参加委员19名。

界别全年召开界别委员会议2次、召集人会议5次，研究界别重点工作。

界别委员提交提案34件，其中界别集体提案3件，立案31件。

界别报送社情民意信息47篇，被市政协采用18篇。

界别委员深入社区开展义诊活动9场，服务群众六百余人次。

界别在全市界别履职考评中位列第三名。

二、存在的不足

调研的深度还不够，部分建议针对性不强；少数委员参加活动较少。

三、2023年工作打算

（一）加强学习。计划全年组织集中学习不少于8次。

（二）深化调研。计划围绕托育服务和家庭教育开展重点调研2项。

（三）提高提案质量。力争提交提案不少于40件。

（四）办好民生实事。计划资助困难学生120名，力争募集善款50万元。

（五）加强自身建设。计划评选优秀委员5名，完善委员履职档案。

各位委员，新的一年，让我们凝心聚力、担当作为，推动各项工作再上新台阶！
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("linzhou.txt", _REPORT)], tmp_path_factory.mktemp("linzhou"))


@pytest.mark.parametrize("question", ["妇联界别副召集人是谁", "妇联界别副召集人有哪两位", "界别副召集人是谁"])
def test_the_deputies_answer_not_the_convener_of_another_post(kb, question):
    line = first_line(kb, question)
    assert "韩远舟" in line and "骆青禾" in line


def test_the_convener_still_answers(kb):
    assert first_line(kb, "妇联界别召集人是谁").startswith("答：韩秋白")


@pytest.mark.parametrize("question", ["妇联界别有几名委员", "妇联界别现在一共多少名委员"])
def test_the_sectors_membership_answers(kb, question):
    assert first_line(kb, question).startswith("答：27名")


def test_the_members_from_its_organisations_are_still_asked_by_them(kb):
    assert first_line(kb, "来自各级妇联组织的委员有几名").startswith("答：8名")


def test_the_body_name_marks_no_other_item(kb):
    """The reader's own check: 妇联 of 妇联界别 asked is not the 妇联 of another item (来自各级妇联组织的委员8名)."""
    from bot.knowledge.facts import find_quantities
    from bot.knowledge.normalize import normalize_text
    from bot.knowledge.question import analyse

    answerer = kb.answerer
    question = "妇联界别有几名委员"
    q = analyse(question, normalize_text(question), answerer.segmenter, answerer.index)
    sentence = normalize_text("本界别现有委员27名，其中女委员12名，市政协常委2名；来自各级妇联组织的委员8名，来自企业的委员10名。")
    total = next(x for x in find_quantities(sentence) if x.text == "27名")
    assert not answerer.reader._told_in_another_item(q, sentence, total)

