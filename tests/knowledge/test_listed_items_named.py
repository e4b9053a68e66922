"""Items asked (有哪些, 请了哪些单位) are told by the sentence naming them: two or more written right
before 等 and the noun asked (邀请A局、B集团等单位参加) list them, however few; a body whose name ends
in 会 (人力资源和社会保障局, 工商业联合会) is no meeting whose own items another list would be, so the
sentence listing the units wins over the one only counting them.  A report of our own, not the bench's."""

from bot.knowledge.items import lists_asked_items
from bot.knowledge.normalize import normalize_text
from bot.knowledge.public import KnowledgeBase, SourceDocument
from bot.knowledge.question import analyse

_HEQIAO = """禾桥区政协2023年提案工作情况报告

一、办理协商

五月九日，在区行政服务中心召开停车难问题提案办理协商会，区政协副主席魏一鸣出席，提案人和承办单位负责人共26人参加。八月二十二日，在东沙街道召开生活垃圾分类设施建设提案办理协商会，区政协副主席江雨桐出席，邀请区城市管理局、禾桥环境集团等单位参加。

二、表彰

为激励委员提高提案质量，二〇二三年十二月十五日，区政协八届九次常委会议审议通过《关于表彰2023年度优秀提案和提案办理先进单位的决定》，表彰优秀提案12件、提案办理先进单位6家、提案工作先进个人9名。

获评优秀提案的主要有：民建禾桥区总支《关于盘活闲置厂房的提案》、许文静委员《关于增设社区托育点的提案》等。区教育局、区卫生健康局、区人力资源和社会保障局、区商务局、区工商业联合会、东沙街道办事处等6家单位被评为提案办理先进单位。对获评的优秀提案，区政协颁发荣誉证书。
"""


def _kb(tmp_path) -> KnowledgeBase:
    return KnowledgeBase([SourceDocument("heqiao.txt", "禾桥区政协2023年提案工作情况报告", "2023", _HEQIAO)], tmp_path)


def _first(kb: KnowledgeBase, question: str) -> str:
    answer = kb.answer(question)
    assert answer.answered, question
    return answer.text.split("\n", 1)[0]


def test_units_listed_beat_units_counted(tmp_path):
    first = _first(_kb(tmp_path), "提案办理先进单位有哪些")
    assert "区人力资源和社会保障局" in first and "东沙街道办事处" in first


def test_two_units_before_deng_are_a_list(tmp_path):
    kb = _kb(tmp_path)
    norm = normalize_text("垃圾分类协商会请了哪些单位")
    q = analyse(norm, norm, kb.answerer.segmenter, kb.answerer.index)
    listing = normalize_text("八月二十二日，在东沙街道召开生活垃圾分类设施建设提案办理协商会，区政协副主席江雨桐出席，"
                             "邀请区城市管理局、禾桥环境集团等单位参加。")
    assert lists_asked_items(q, listing)
    assert not lists_asked_items(q, normalize_text("提案人和承办单位负责人共26人参加。"))
    first = _first(kb, "垃圾设施协商会请了哪些单位")
    assert "区城市管理局" in first and "禾桥环境集团" in first
