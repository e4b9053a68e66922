"""A question asking which agency did something (这件提案哪个单位主办, 是哪个部门办的) is answered by a sentence naming an
agency (区民政局, 区卫生健康委员会, 县政府办公室, 工商联), not by one that only names the thing asked (a plan sentence
repeating the proposal's title). Reports tell a proposal's handling under its title (本件提案由区民政局主办), the title
a line before; the sentence naming no agency otherwise covers the question's words as well.

Used by the answerer's ranking (rank_shifts.py); general Chinese only.
"""

from __future__ import annotations

import re

__all__ = ["agency_untold"]

_WHICH_AGENCY = re.compile(r"(?:哪个|哪些|哪几个|哪家|哪1个|哪一个)(?:职能)?(?:部门|单位|机构)")
# Bodies that are agencies too: a commission (卫生健康委员会, 发改委), a people's organisation (工商联, 妇联), an
# institution (市档案馆, 某设计院, 某协会).
# An agency named: a bureau or department (民政局, 财政厅), an office (信访办; not 承办, 主办, 督办: doing, no office).
_AGENCY_NAMED = re.compile(r"[\u4e00-\u9fff]{2}(?<![格布大全结开当时])(?:局|厅)"
                           r"|[\u4e00-\u9fff]{2}(?<![承主协督交创举开兴包代查经申合操置筹])办(?![理公法事好])")
_OTHER_AGENCY = re.compile(r"[\u4e00-\u9fff]{2,}委员会|[\u4e00-\u9fff]{1,4}委(?!员)|工商联|妇联|侨联|科协|总工会|团[区市县]?委|文联|残联"
                           r"|[\u4e00-\u9fff]{2,}(?:公司|集团|中心|医院|学校|学院|大学|银行|协会|商会|学会|研究所|馆|院(?![长士子落]))")


def agency_untold(norm: str, sentence: str) -> bool:
    """Whether a question asks which agency, and the sentence names none."""
    return bool(_WHICH_AGENCY.search(norm)) and not _AGENCY_NAMED.search(sentence) and not _OTHER_AGENCY.search(sentence)
