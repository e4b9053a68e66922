"""A commendation list writes each person as an entry: the name opens the paragraph, the sector and post follow in
brackets, a colon leads to the deeds (甲某(农业界,某合作社理事长):…).  No post word stands before the name, so the
shape tells it; two members of one surname are told apart by it. On a made-up notice of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.people import find_person_names
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_NOTICE = """榕坪市政协办公厅关于表扬优秀委员的通报

各位市政协委员：

经主席会议审定，对以下委员予以通报表扬。

邬青禾（经济界，榕坪远航物流有限公司总经理）：全年到委员联络站接待群众11次，帮助19家企业解决用工难题。

邬叶舟（农业界，榕坪市东坡村茶叶专业合作社理事长）：推动建成茶叶加工中心，带动农户三百余户增收。

榕坪市政协办公厅
2032年2月9日
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("rongping-praise.txt", _NOTICE)], tmp_path_factory.mktemp("rongping-praise"))


def test_entry_name_is_found():
    assert find_person_names("邬叶舟(农业界,榕坪市东坡村茶叶专业合作社理事长):推动建成茶叶加工中心。") == {"邬叶舟"}


def test_sector_heading_is_no_name():
    assert find_person_names("经济界(3名):全年提交提案11件。") == set()


def test_post_of_the_right_member_of_one_surname(kb):
    line = first_line(kb, "邬叶舟是干什么的")
    assert "理事长" in line and "总经理" not in line


def test_post_of_the_other(kb):
    assert "总经理" in first_line(kb, "邬青禾是做什么工作的")
