"""One district, county or city of the report's region asked (临潮区提案满意率多少, 栗岗县建了几个委员工作站):
the answer's sentence must tell of that place.

A report of a city's committee tells of its districts and counties one sentence each, the place opening
the sentence as its subject (临潮区政协立案提案176件,…; 银滩区政协报送社情民意信息214篇,…).  A figure
belongs to the last place named before it in its sentence, or to the place opening a paragraph's
earlier sentence when its own names none; places listed together (赴鹤汀县、栗岗县视察) share it.  So:

- another place's figure (望舒区 asked, 银滩区政协报送…214篇 told) does not answer;
- nor does the whole region's (临潮区 asked, 提案者…满意率达98.6% told, naming no place at all).

A place here is two characters before 区, 县 or 市 that some document names as such, not the documents'
own committees' places (those pick the document: checks.py) and not a word of another kind (城区, 社区).

For: the doubt on a chosen answer (checks.py, ``Checks.doubt``).  General Chinese only.
"""

from __future__ import annotations

import re

from .facts import clause_bounds
from .frames import NOT_A_PLACE

__all__ = ["region_doubt"]

# A place by its name and level (临潮区, 鹤汀县, 澜湾市); not 区县 / 县区 (the districts and counties at large).
# Nor a word the level's character begins (农贸市场, 市民, 区域, 县域, 县级: 建成县级平台 names no 建成县), though
# 区分别为 is a place then 分别 (甲县、乙区分别为…), not 区分.
_REGION = re.compile(r"([\u4e00-\u9fff]{2})([区县市])(?![区县场民域值容貌间别级]|分(?!别))")
# Going somewhere, right before the places gone to (赴, 到, 深入 …).
_TRIP = re.compile(r"(?:赴|到|去|前往|深入|走进|来到)[\u4e00-\u9fff]{0,4}$")
# Words ending in 区 or 市 that name no place (物流园区, 城市, 超市): the two characters before are no name.
COMMON_PLACE_WORDS = {"园区", "社区", "城区", "景区", "小区", "街区", "山区", "辖区", "新区", "片区", "校区", "厂区", "矿区", "港区",
           "湖区", "库区", "灾区", "市区", "郊区", "老区", "特区", "专区", "发区", "税区", "城市", "超市", "集市", "夜市",
           "股市", "楼市", "菜市", "门市", "都市", "上市", "街市"}
# The whole region or each of its parts (实现全县11个乡镇, 各区县, 本市): no place's name.
_WHOLE = re.compile(r"[全各本该我此每这那其]$")
# The same figure told of each place listed (均达到100%, 都为…): no sum.
_EACH_ALIKE = re.compile(r"(?:均|都|皆)(?:达到|达|为|是|在|超过|保持在?)?$")
# Places listed together (鹤汀县、栗岗县; 临潮区和望舒区): a figure after them is of them all.
_JOINED = re.compile(r"^[、和与及]$")
# Figures written respectively for the places listed before (甲县、乙区分别为98.6%和97.9%): the run of
# figures up to the one asked, each joined to the next by 、 / 和 / 与 / 及;
# 乙区委员注册率分别为…: what is measured may stand between the list and 分别.
_RESPECTIVE = re.compile(r"^[^,;。、和与及\d]{0,10}?分别(?:为|是|达到|达|占|有)?((?:[^,;。、和与及]{1,12}[、和与及])*)$")


def _regions(text: str, home: set[str], committee=None) -> list[tuple[int, int, str]]:  # noqa: ANN001 - a callable
    """The places a text names (start, end, name), not the committees' own nor words of another kind.  A name
    ending in a common word (湖区, 新区) is a place still where ``committee`` says the documents write a
    committee of it (某湖区政协): a lake's area has none."""
    found = []
    for match in _REGION.finditer(text):
        name = match.group(1)
        if name in home or any(name in h or h in name for h in home) or NOT_A_PLACE.search(name) or _WHOLE.search(name) \
                or re.search(r"[省市县区委府]", name):  # 县委县政府: no 县委县
            continue
        if name[-1] + match.group(2) in COMMON_PLACE_WORDS and not (committee and committee(match.group(0))):
            continue
        found.append((match.start(), match.end(), name))
    return found


def _asked(question: str, home: set[str], index) -> set[str]:  # noqa: ANN001 - a PassageIndex
    """The places a question names that the documents name as places (临潮区 where some report writes 临潮区)."""
    return {name for start, end, name in _regions(question, home, _committee(index)) if index.contains(question[start:end])}


def _committee(index):  # noqa: ANN001, ANN202 - a PassageIndex; a callable
    """Whether the documents write a committee of a place (某湖区政协): ``_regions``' test of a name ending in a common word."""
    return lambda place: index.contains(place + "政协")


def _owner(shown: str, at: int, home: set[str], fact: str = "", committee=None) -> tuple[set[str], bool]:  # noqa: ANN001
    """The places a figure at ``at`` is of: the last named before it in its sentence with any listed
    together with that one (only the one at its place, for figures written respectively); empty when the
    sentence names none before it.  And whether each of them has it
    whole: a trip to places listed counts for each (赴青石区、白鹭县学习考察3次), a figure of theirs is a sum."""
    before = _regions(shown[:at], home, committee)
    if not before:
        a, b = clause_bounds(shown, at)
        if a == 0 and fact and shown[:b].strip() == fact:
            # A clause of the fact alone opening the sentence (9月21日，调研组在鹊山县召开…) dates or
            # counts what the rest of the sentence tells: its places are the fact's.
            b = len(re.split(r"[。;；!?]", shown, maxsplit=1)[0])
        return {name for _, _, name in _regions(shown[a:b], home, committee)}, True
    group = [before[-1]]
    for earlier in reversed(before[:-1]):
        if not _JOINED.match(shown[earlier[1]:group[0][0]]):
            break
        group.insert(0, earlier)
    respective = _RESPECTIVE.match(shown[group[-1][1]:at]) if len(group) > 1 else None
    if respective:  # the figure at the same place in its run as its place in the list is that place's alone
        k = len(re.findall(r"[、和与及]", respective.group(1)))
        if k < len(group):
            return {group[k][2]}, True
    trip = _TRIP.search(shown[:group[0][0]]) and clause_bounds(shown, group[0][0]) == clause_bounds(shown, at)
    alike = len(group) > 1 and _EACH_ALIKE.search(shown[:at])  # 甲区、乙县…出席率均达到100%: each of them has it
    return {name for _, _, name in group}, bool(trip or alike)


def region_doubt(question: str, fact: str, index, p: int, s: int) -> float:  # noqa: ANN001 - a PassageIndex
    """0.4 when the question asks of a place of the region and the answer's sentence (sentence ``s`` of
    passage ``p``) tells a figure or fact of another place, or of no place; else 1.0."""
    home = set(index.home_places)
    shown, paragraph = index.sentence_norm[p][s], index.passage_norm[p]
    asked = _asked(question, home, index)
    if not asked:
        return 1.0
    committee = _committee(index)
    following = index.sentence_norm[p][s + 1] if fact and fact not in shown and s + 1 < len(index.sentence_norm[p]) else ""
    if fact in following and _regions(following, home, committee):
        # A fact read in the next sentence (the date after a sentence on the work: 7月25日至27日，…赴某市考察) is of
        # the places that sentence names, not of those the sentence read before it names.
        shown = following
    at = shown.find(fact) if fact else -1
    # A figure is its owner's alone; a sentence answering as a whole (no fact in it) tells of every place it names.
    owners, each = _owner(shown, at, home, fact, committee) if at >= 0 else (
        {name for _, _, name in _regions(shown, home, committee)}, True)
    if not owners:
        # Naming no place, the sentence may follow one opening on it (临潮区政协…。区政协主席…).
        start = paragraph.find(shown[:12]) if shown[:12] else -1
        openings = [s for s in re.split(r"[。;!?]", paragraph[:max(start, 0)]) if s]
        opener = _regions(openings[-1], home, committee) if openings else []
        owners = {opener[0][2]} if opener and opener[0][0] == 0 else set()
    if not each:
        return 1.0 if owners and owners <= asked else 0.4  # 鹤汀县、栗岗县…视察点位26个: neither one's alone
    return 1.0 if asked & owners else 0.4

