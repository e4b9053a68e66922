"""作者 inside 工作者 (优秀党务工作者, 先进工作者) is a title someone was awarded, no writer asked:
谁被评为…工作者 is answered from the text like any who-question, not by the document's byline
(question._AUTHOR_RE).  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.question import analyse

from .conftest import first_line

_TEXT = """苍梧市政协机关2022年工作总结

基层组织建设不断夯实。机关党委下设5个党支部，组织开展支部书记讲党课12场次。机关党委专职副书记柯远帆同志被评为“全市优秀党务工作者”。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    document = SourceDocument("cangwu-workers.txt", _TEXT.split("\n", 1)[0], "2022", _TEXT)
    return KnowledgeBase([document], tmp_path_factory.mktemp("worker-title"))


def test_a_worker_title_is_no_writer_asked(kb):
    index = kb.answerer.index
    assert not analyse("谁被评为全市优秀党务工作者", "谁被评为全市优秀党务工作者", index.segmenter, index).author
    assert analyse("这篇文章的作者是谁", "这篇文章的作者是谁", index.segmenter, index).author
    assert "柯远帆" in first_line(kb, "谁被评为全市优秀党务工作者")
