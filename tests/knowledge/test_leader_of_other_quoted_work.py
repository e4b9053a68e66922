"""Who led one work asked by words of its quoted name (乡村文化那个课题是谁领衔的), the sentence telling works one
part each (甲领衔的"乙研究"，…；丙领衔的"丁研究"，…。此外，"某研究"也按期完成): the person of a part quoting
another work's name is no answer — declined (person_part.py).  The leader of the work asked answers."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_REPORT = """澧阳市政协理论研究会2021年工作总结

市政协理论研究会常务副会长　郑望舒

一、课题研究

年初面向各理事单位公开征集研究选题，确定年度研究课题16项。其中，重点课题4项，由研究会领导班子成员牵头领衔；一般课题12项，由各理事单位分别承担。

重点课题紧扣协商民主建设这一核心命题展开。郑望舒同志领衔的"协商议题形成机制研究"，梳理了近三年的实践探索，提出对策建议6条；韦书禾副会长领衔的"界别协商平台建设研究"，对全市32个界别活动室开展了问卷调查。此外，"乡村文化振兴中的政协作为研究"和"委员联系群众机制研究"两项重点课题也按期完成了研究任务。

二、自身建设

研究会由常务副会长郑望舒，副会长韦书禾组成领导班子。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("liyang.txt", _REPORT.split("\n", 1)[0], None, _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("liyang"))


def test_leader_of_another_quoted_work_declined(kb):
    assert not kb.answer("乡村文化振兴那个课题是谁领衔的").answered


def test_leader_of_the_work_asked_answers(kb):
    assert "韦书禾" in first_line(kb, "界别协商平台那个课题是谁领衔的")
    assert "郑望舒" in first_line(kb, "协商议题形成机制那个课题是谁领衔的")
