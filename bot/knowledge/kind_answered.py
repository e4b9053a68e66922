"""Whether a sentence names something of the kind a question asks for (哪个区 → …区, 哪些民族 → 回族, 哪个党派 →
民革): the kind's own word, its general-Chinese endings (第二中学 is a 学校), or the way its items are named.

Read by checks.Checks.names_category, where an answer to 哪个X / 什么X that names no X is doubted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .area_parts import district_above
from .items import names_place_of_kind
from .person_sector import SECTOR_MARK
from .places_named import written_places
from .post_asked import names_committee
from .touched import PARTIES

__all__ = ["ITEMS_OF_KIND", "names_kind"]

# Kinds whose items are named otherwise than by the kind's word (general Chinese): a nationality by …族 (not the
# 民族 of 少数民族), a religion by its own name.
ITEMS_OF_KIND = {"民族": r"(?<![民种家])族", "宗教": r"佛教|道教|伊斯兰教|天主教|基督教"}
# Common nouns ending in 区 that are no district (general Chinese): 哪个区 is not answered by them.
_NOT_A_DISTRICT = re.compile(r"街区|社区|园区|景区|小区|片区|辖区|山区|老区|矿区|库区|港区|校区|营区|灾区|禁区|误区|专区|展区|分区|区县|县区|区域|地区|市区|郊区")
_SECTOR_NAMED = re.compile(r"[\u4e00-\u9fff]" + SECTOR_MARK + r"(?![限线定面])")  # 文化艺术界, 教育界别; not 世界, 界限
_PARTIES = tuple(forms[0] for forms in PARTIES) + ("共产党", "中共", "无党派")


def names_kind(asked: str, shown: str, equivalents: Callable[[str], Iterable[str]], corpus_text: str) -> bool:
    """Whether ``shown`` names something of the kind ``asked`` (``equivalents``: a word's synonyms, the lexicon's;
    ``corpus_text``: the reports' text, for the districts they write)."""
    if asked.endswith("党派"):
        return any(party in shown for party in _PARTIES)
    if asked in ("村", "镇", "乡", "乡镇", "县", "街道"):  # 哪些村 → 溪头村, not 村(社区)覆盖率 nor 在县(区)召开
        # (哪些街道 → 某某街道, not 新建街道(镇)工作站12个)
        return any(names_place_of_kind(kind, shown) for kind in ((asked,) if asked != "乡镇" else asked))
    if asked == "委":
        return names_committee(shown)  # 哪个委牵头 → a 委员会 or …委 (卫健委), not 市委 (post_asked.py)
    if asked in ITEMS_OF_KIND:  # 哪些民族 → 回族, 苗族; not 少数民族 (the kind itself, as the question writes it)
        return re.search(ITEMS_OF_KIND[asked], shown) is not None
    if asked == "界别" and _SECTOR_NAMED.search(shown):
        return True  # 哪个界别 → 文化艺术界提交的…, 农业和农村界 (a sector is named by …界)
    # 第二中学 is a 学校, 华兴食品集团 a 公司, 滨江大道 a 路
    suffix = {"国家": "国", "学校": "校|中学|小学|大学|学院|幼儿园", "公司": "公司|集团", "路": "路|大道",
              "律师事务所": "事务所|律所", "出版社": "出版社|出版集团|出版公司|书局", "商场": "商场|商厦|百货|购物中心|超市",
              "科室": "[\u4e00-\u9fff]科(?![技学研普])|护理部"}.get(asked, asked[-1:])  # (儿科, 心内科; not 科技)  # (律所 asked is read as 律师事务所: question.py)
    if asked == "区" and (district_above(shown) or any(f"{place}区" in shown for place in written_places(corpus_text))):
        return True  # 在某山区召开: a district the reports write as one (某山区政协, 某山区某镇), though 山区 is a common noun too
    if asked == "区":
        shown = _NOT_A_DISTRICT.sub("", shown)  # 历史文化街区, 社区, 园区 name no district
    return any(e in shown for e in equivalents(asked)) or (
        len(asked) > 2 or suffix != asked[-1:] or asked in ("区", "县", "市", "省", "镇", "乡", "村", "国")
    ) and re.search(suffix, shown) is not None
