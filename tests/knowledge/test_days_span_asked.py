"""Several days asked (视察是哪几天搞的, 会议是哪几天开的): 哪几天 is a word of time (no 天 counted, no 哪几 cut
from it leaving 天开), a meeting written as the subject of its date's clause (…会议于1月8日至11日召开) is that
date's event, and a span of days (9月10日至13日) answers before one day of the visit.  On a report of our own."""

from __future__ import annotations

import pytest

from bot.knowledge.documents import document_from_text
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase

from .conftest import first_line

_REPORT = """枫岙县政协关于全县农村道路建设情况的视察报告

（2024年10月20日）

县政协九届四次会议于2024年1月8日至11日召开。根据年度协商工作计划，县政协于2024年9月10日至13日组织开展了全县农村道路建设情况专题视察。

9月10日，视察组在石桥镇察看了农村公路养护站。9月11日，视察组在柳湾乡察看了桥梁改造工程。

9月13日上午，视察组在东岭镇察看了客运站建设工程。当天下午，视察组召开座谈会，听取县交通运输局的情况汇报。

二、基本情况

全县共有农村公路1860公里，其中县道320公里、乡道610公里、村道930公里。2023年全县投入农村公路建设资金2.6亿元。

三、存在的问题

部分乡镇养护资金不足，管护人员年龄偏大，客运班线覆盖不均衡，群众出行仍有不便。

四、意见和建议

建议加大养护资金投入，完善县乡村三级路长制，推进城乡客运一体化。
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    return KnowledgeBase([document_from_text("fengao-days.txt", _REPORT)], tmp_path_factory.mktemp("fengao-days"))


@pytest.mark.parametrize("question, expected", [
    ("视察是哪几天搞的", "9月10日至13日"),
    ("九届四次会议是哪几天开的", "1月8日至11日"),
])
def test_span_of_days(kb, question, expected):
    assert expected in first_line(kb, question)


def test_which_days_counts_no_day(kb):
    from bot.knowledge.question import analyse
    answerer = kb.answerer
    norm = normalize_text("九届四次会议是哪几天开的")
    q = analyse(norm, norm, answerer.segmenter, answerer.index)
    assert q.unit is None and not any("天" in t.text for t in q.terms)
