"""A group's members counted after its leaders in one sentence (…带队并任视察组组长，…任副组长，成员包括…共18人) are the
group's size: 视察组一共多少人 is answered by it (group_members.py). On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """苇塘市政协关于湿地保护情况的视察报告

为推动湿地保护，2025年9月，市政协组织开展专项视察。现将视察情况报告如下。

一、视察基本情况

此次视察由市政协副主席鲍秋禾带队并任视察组组长，市政协农业和农村委员会主任卞立川、市政协副秘书长祁远舟任副组长，成员包括部分市政协常委、委员共18人。

视察组用三天时间，先后深入3个县（区），实地察看湿地保护点12处。

二、意见建议

建议加强湿地管护队伍建设。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("weitang-city-inspection-2025.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("weitang-inspection"))


def test_the_groups_size(kb):
    assert "18人" in first_line(kb, "视察组一共多少人")
