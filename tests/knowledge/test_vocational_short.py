"""职教 is how members shorten 职业教育: asked so, the report's 职业教育 answers. On a report of our own."""

from __future__ import annotations

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """政协梧桐县委员会2023年工作总结

一、视察调研

副主席钟立平带队对全县职业教育发展情况开展调研，走访职业院校3所、企业11家，提出意见建议14条。
"""


def test_short_form_of_vocational_education(tmp_path):
    kb = KnowledgeBase([document_from_text("wutong.txt", _REPORT)], tmp_path)
    assert "11家" in first_line(kb, "职教调研走访企业几家")
