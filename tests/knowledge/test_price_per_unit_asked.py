"""A price asked per a unit (农村水价一吨多少钱) is told by the average price per that unit (平均水价为每吨2.6元):
the average is the price asked, not a per-head figure of something else.  A made-up report of our own."""

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase

_REPORT = """关于石门市农村供水情况的视察报告

二、存在的问题

水价和收费方面，全市农村居民生活用水平均水价为每吨2.6元，而农村供水工程平均制水成本为每吨3.4元。
"""


def test_price_per_ton_is_read_sure(tmp_path):
    kb = KnowledgeBase([document_from_text("shimen.txt", _REPORT)], tmp_path)
    answer = kb.answer("农村水价一吨多少钱")
    assert answer.answered and "2.6元" in answer.text.split("\n", 1)[0]
    assert answer.confidence > 0.8
