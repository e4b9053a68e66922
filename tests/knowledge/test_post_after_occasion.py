"""A dateline printed over two lines (…在县政协主席会议第五次会议上 / 县政协某委员会主任 某某) gives the speaker's
post after the occasion only: 在…会议上 is where the report was delivered, no part of the post. On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """榆阳县政协文化文史和学习委员会2023年工作总结

（2023年12月8日在县政协第九届委员会主席会议第五次会议上
县政协文化文史和学习委员会主任 柯明远）

各位主席、秘书长：

2023年，委员会共组织文史资料征集活动6次，编印《榆阳文史》第十二辑，收录文章41篇。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = document_from_text("yuyang-culture-2023.txt", _REPORT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("yuyang-culture"))


def test_post_read_after_the_occasion(kb):
    answer = kb.answer("文化文史和学习委员会主任是谁")
    assert answer.answered
    first = answer.text.split("\n", 1)[0]
    assert "柯明远" in first
    assert "会议上" not in first and "主席会议" not in first
