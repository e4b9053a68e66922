"""New words are learned from each report's own text, however many reports come before it: a shelf whose first reports
fill the sampling budget still learns the place and names of the report loaded last (its 苕溪 is one word, not 苕 / 溪),
and a question naming it is answered from it.  The answer is the same whatever the order the reports are loaded in.
On made-up reports."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.public import KnowledgeBase
from bot.knowledge.vocabulary import each_sampled

# A long report of another committee, enough to fill a shelf-wide sampling budget on its own.
_FILLER = "蒲原县政协2023年工作总结\n\n" + "".join(
    f"第{n}项工作中，委员们围绕乡村振兴开展调研走访，形成调研报告并报送县委县政府参阅。\n\n" for n in range(5200))

_LAST = """苕溪县政协2023年工作总结

（二〇二三年十二月二十二日）

全年，苕溪县政协共开展协商活动27场。委员们为苕溪发展建言，组织视察14次。在苕溪人民关心的教育问题上，委员提交提案168件。
"""


def test_each_document_is_sampled_on_its_own():
    assert list(each_sampled([["甲" * 6, "乙" * 6], ["丙" * 6]], max_chars=8)) == ["甲" * 6, "丙" * 6]


@pytest.mark.parametrize("last_first", [False, True])
def test_the_report_loaded_last_learns_its_words(tmp_path, last_first):
    assert len(_FILLER) > 200_000
    documents = [document_from_text("puyuan.txt", _FILLER), document_from_text("tiaoxi.txt", _LAST)]
    if last_first:
        documents.reverse()
    kb = KnowledgeBase(documents, tmp_path / "kb")
    assert "苕溪" in kb.index.segmenter.tokens("苕溪县政协")
    answer = kb.answer("苕溪县政协2023年共开展协商活动多少场")
    assert answer.answered and answer.text.split("\n", 1)[0].startswith("答：27场")
