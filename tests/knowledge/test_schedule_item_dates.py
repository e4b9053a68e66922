"""A schedule's numbered items open with a date (2．3月底前，完成…; 1．1月下旬，…): the item's number is
no decimal (numbers_told._ITEM_NUMBER), so the deadline is shown whole, 前 and all (rendering.bound).
On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.numbers_told import item_number_before, without_item_numbers
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """苍梧市政协机关2023年工作要点

为确保各项工作有序推进，重点工作时间安排如下：
1．1月下旬，服务保障市政协全体会议；
2．4月底前，完成履职服务平台升级项目的招标工作；
3．8月中旬，举办委员读书分享会。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-schedule.txt", _TEXT.split("\n", 1)[0], "2023", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("schedule-items"))


def test_an_item_number_before_a_month_is_no_decimal():
    assert item_number_before("2.4月底前,完成招标工作", 2)
    assert item_number_before("1.1月下旬,服务保障全会", 2)
    assert without_item_numbers("3.8月中旬,举办读书分享会") == "8月中旬,举办读书分享会"
    assert not item_number_before("增长2.4个百分点", 2)


def test_the_deadline_is_shown_with_its_before(kb):
    assert "4月底前" in first_line(kb, "平台升级招标什么时候前完成")
