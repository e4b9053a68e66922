"""Which posts one holds, asked with 哪些 / 哪几个 / 哪2个 (蔺书衡身兼哪两个职务, 担任哪些职务): a question of
the person's posts like 担任什么职务, answered by the posts written with the name; no sentence need write 职务
nor the verb. On a made-up report."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协沐溪县委员会2024年委员议事室工作总结

一、机制建设

县政协成立由秘书长萁川任组长的议事室工作专班，副秘书长蔺书衡兼任工作专班办公室主任，负责议事室活动的统筹协调和台账管理。

全年共举办议事室活动36场，参与委员418人次，收集意见建议205条。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("muxi-county.txt", _REPORT)], tmp_path_factory.mktemp("muxi_county"))


@pytest.mark.parametrize("question", ["蔺书衡身兼哪两个职务", "蔺书衡担任哪些职务", "蔺书衡兼任哪几个职务"])
def test_which_posts_one_holds(kb, question):
    told = first_line(kb, question)
    assert told.startswith("答：") and "副秘书长" in told and "办公室主任" in told
