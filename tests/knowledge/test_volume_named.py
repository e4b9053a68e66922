"""The sentence quoting a name right after the volume asked (第12辑《…》) answers what it is called
(titles.names_asked_thing), not one telling only that the volume is being edited.  On a report of our own."""

from __future__ import annotations

import pytest

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


def test_the_volume_named_is_answered_by_its_quoted_name(kb):
    assert "古渡旧影" in first_line(kb, "苍梧文史第12辑叫什么名字")
