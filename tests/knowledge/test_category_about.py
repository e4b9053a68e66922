"""A category asked by its qualifier and 方面 (金融服务方面的提案有几件) is told by a breakdown naming it by what
its items are about (涉及金融服务的12件), not only by 金融服务类 / 金融服务方面. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import SourceDocument
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_TEXT = """政协云溪县委员会经济界别2021年工作总结

一、提案工作

全年界别委员共提交提案58件，比上年增加7件，其中界别集体提案9件，委员个人提案49件。从内容看，涉及工业经济和营商环境的21件，涉及金融服务的11件，涉及乡村振兴和农业农村的16件，涉及商贸流通的10件。立案提案中，4件被列为县政协重点提案。

二、视察调研

全年组织委员视察调研12次，形成调研报告5篇，提出意见建议46条，其中转化为提案6件。
委员工作室收集群众意见79条，转化为提案7件、社情民意信息9条。
界别召开提案办理协商会2场，提案办理满意率达到98%。

三、存在不足

界别活动形式还不够丰富，委员参与的积极性有待进一步提高。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("yunxi-economy.txt", _TEXT.split("\n", 1)[0], "2021", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("category-about"))


def test_the_category_told_by_what_its_items_are_about(kb):
    assert "11件" in first_line(kb, "金融服务方面的提案有几件")
