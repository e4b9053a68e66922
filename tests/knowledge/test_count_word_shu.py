"""数 written after a noun asks its count (提案数比上年多了几件, like 提案数量): it is no word to find in the
text, so the change told (比上年增加22件) answers.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """政协澧川县委员会关于提案工作情况的报告

一、提案提交情况

一年来，县政协共收到委员和各参加单位提交的提案241件，比上年的219件增加22件。其中，委员个人提案188件，集体提案53件，占收到总数的22.0%。从提案内容看，经济类提案92件，社会类提案78件。

二、提案办理情况

全部提案已办理答复，办复率100%。提案人对办理结果表示满意的提案201件。对表示不满意的提案，督促重新办理。

三、其他工作

全年组织委员视察8次。举办委员读书活动4期。开展民主监督活动6次。编发工作简报12期。组织委员培训2期。召开专题协商会3场。报送社情民意信息41条。走访基层群众1200人次。开展界别活动9次。调研报告获县领导批示5件次。

四、存在的不足

一是部分提案调研不够深入；二是界别提案和专委会提案数量偏少，集体提案占比仍然不高。

五、自身建设

坚持每月召开主任会议。修订委员履职考评办法。建立委员履职档案。举办新委员学习班。组织机关干部赴外地学习考察。开展机关作风建设专项行动。完善机关内部管理制度。推进政协信息化平台建设。加强政协文史资料征集。出版文史资料专辑1部。建成委员工作室5个。开展送医下乡活动3次。组织书画家送春联活动。开展助学活动资助学生120名。举办乡村振兴专题讲座2场。邀请专家开展法律知识讲座。组织委员参加防汛救灾工作。推动建成城区口袋公园7个。协助引进企业4家。参与招商推介活动3次。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("lichuan-count.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("lichuan-count"))


def test_count_word_after_noun_asks_change(kb):
    assert "22件" in first_line(kb, "提案数比上年多了几件")


def test_shu_is_no_term_of_a_count_question(kb):
    from bot.knowledge.normalize import normalize_text
    from bot.knowledge.question import analyse

    answerer = kb.answerer
    norm = normalize_text("提案数比上年多了几件")
    terms = [t.text for t in analyse(norm, norm, answerer.segmenter, answerer.index).terms]
    assert "数" not in terms and "提案" in terms
