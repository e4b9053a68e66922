"""A series' volume asked by its number in words (第十二辑) is the volume the report writes in digits
(第12辑: 辑, 卷 and 页 are measure words to normalize.py), and the sentence quoting a name right after
that volume (第12辑《…》) answers what it is called (titles.names_asked_thing), not one telling only
that the volume is being edited.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase, SourceDocument

from .conftest import first_line

_TEXT = """苍梧市政协机关2022年工作总结和2023年工作要点

一、2023年工作要点

围绕建市四十周年，组织开展系列纪念活动，广泛征集史料，编写出版《苍梧文史》第12辑《古渡旧影》。

重点工作时间安排如下：
1．6月底前，完成委员工作室挂牌工作；
2．10月底前，完成《苍梧文史》第12辑编辑出版工作。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-volume.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("volume-named"))


def test_volumes_and_pages_in_words_are_digits():
    assert normalize_text("第十二辑") == "第12辑"
    assert normalize_text("四十卷") == "40卷"
    assert normalize_text("编辑出版") == "编辑出版"


def test_the_volume_named_is_answered_by_its_quoted_name(kb):
    assert "古渡旧影" in first_line(kb, "苍梧文史第十二辑叫什么名字")
