"""More classes of questions on a 提案工作情况报告, on a report of our own:

- one body's own count, an item of a list after the total of several bodies named together, asked
  by its whole name or a short one (named_items.py, joint_total.py, figures.py);
- those a deed reached, written before a description of them (被退回重新办理的有几件: counting.py);
- a count of what was handed to one recipient, not to another (退回提案人, not 退回承办单位: recipient_told.py);
- to whom something was handed (退回给谁) and which body did a deed (谁遴选的: body_subject.py);
- a name's bracketed part written plainly (街道镇 for 街道(镇)) and 老人 for 老年人 (synonyms.txt)."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协檀屿县委员会关于2023年提案工作情况的报告

一、提案提交情况

全年县政协共收到提案286件，比上年的265件增加21件。
集体提案中，各民主党派县级组织和县青联提交的党派提案27件，占收到总数的9.4%，其中民进檀屿县支部8件、民革檀屿县总支7件、民盟檀屿县支部6件、九三学社檀屿县支社4件、县青联2件；政协界别提交的界别提案13件，其中农业界提交4件，为各界别中最多。
各民主党派县委会中，民进檀屿县支部提交8件、民革檀屿县总支提交7件，数量居前两位；县妇联提交3件。
集体提案中，各民主党派县委会和县妇联提案35件，界别提案13件。

二、提案办理情况

2023年3月，县政协主席会议从立案提案中遴选出10件重点提案，由县长罗其川等县领导领衔督办。
提案交办后，承办单位共63个。其中，县政府工作部门40个，街道（镇）11个，驻县单位12个。
在答复环节，县政协对7件答复内容空泛、针对性不强的提案退回重新办理，要求承办单位重新答复。
不予立案的30件，其中18件转为意见建议送有关部门研究参考，12件经与提案人沟通后退回。
对提案人表示不满意的5件提案，提案委员会退回承办单位重新办理，其中4件经重新办理后提案人表示满意。

三、提案成效

县民政局新建老年助餐点26个，为8600名老年人提供助餐服务。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("tanyu.txt", _REPORT)], tmp_path_factory.mktemp("tanyu"))


@pytest.mark.parametrize("question, fact", [
    ("民革交了多少件提案", "7件"),
    ("民革县总支提案多少件", "7件"),
    ("县青联提交了几件提案", "2件"),
    ("县妇联提了几件提案", "3件"),
    ("答复不行被退回重新办理的有几件", "7件"),
    ("不满意的提案退回给谁重新办理", "承办单位"),
    ("重点提案是谁遴选的", "主席会议"),
    ("街道镇承办单位有几个", "11个"),
    ("街道承办单位有几个", "11个"),
    ("助餐服务覆盖多少老人", "8600名"),
])
def test_proposal_report_classes_two(kb, question, fact):
    assert fact in first_line(kb, question)


def test_returned_to_another_recipient_is_not_asked(kb):
    # 退回提案人 asked: the 4件 satisfied after being sent back to the 承办单位 are not those.
    answer = kb.answer("退回提案人的有几件")
    assert not answer.answered or "4件" not in answer.text.split("\n", 1)[0]
