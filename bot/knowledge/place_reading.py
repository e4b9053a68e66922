"""Reading a sentence for where something happened, for a where-question: the place after a verb of going
(赴, 到, 深入) or 在, whatever stands between 在 and the event's verb (在凤栖山开展), an address after 位于, a place that is the
subject of its clause (东岭街道…获评), or a word the lexicon knows as a place; never the question's own
words (委员活动中心在哪条路上), a body named by its place (青岛市政协), nor the countryside at large (农村).
Asked where a trip went (去了哪些县区), the places it went to (赴某区、某县调研) come before others.  Asked where a
named person did something, only the stretch of the sentence about them tells it (not the next person's).

A mixin of ``FactReader`` (reading.py), like ``body_size.py``; general Chinese only.
"""

from __future__ import annotations

import re

from .area_parts import area_above, asks_area_above
from .doers import asks_workplace
from .facts import clause_bounds
from .gazetteer import is_place
from .question import QuestionAnalysis

__all__ = ["PlaceReading"]

# Persons a place word qualifies (台湾青年, 香港学生, 马来西亚籍): whence they come, no place of the deed.
_PEOPLE_AFTER_PLACE = re.compile(r"青年|学生|大学生|同胞|侨胞|乡亲|人士|居民|客商|侨商|企业家|专家|学者|游客|籍|华侨|华人")
_BODY_AFTER_PLACE = ("政协", "人大", "市委", "县委", "区委", "省委", "政府", "党委", "委员会")  # 青岛市政协 is no "where"
# (A level's word, 县级 or 省级, names no county: 在发言中建议建设县级…基地 went to no 县.)
_TRIP_PLACE = re.compile(r"(到|在|赴|去|来到|走进|深入)([\u4e00-\u9fff]{2,8}?(?:区|市|县|省|镇|街道|村|社区|新区|国|中心|公司|企业))(?!级)")
_ASKS_TRIP = re.compile(r"(?:去|到|赴|前往|走访)了?(?:过)?哪")  # 去了哪些县区: the places a trip went to
_HELD_AT = re.compile(r"在([\u4e00-\u9fff]{2,10}?)(?:开展|举办|举行|召开|组织|设立|设置|建立|成立|开设|开办|开辟)")
# Held in rounds (在某培训基地某书院分2期举办): the place ends before how many, and may be a longer name.
_HELD_IN_ROUNDS = re.compile(r"在([\u4e00-\u9fff]{2,16}?)分[\d两]+[期批次轮场组](?:开展|举办|举行|召开|组织)")
# A short proper name of a county, town or township (梧坪县、石桥县): two characters and the kind, standing as words of
# their own (not 培训返乡青年), and no county body after the kind (联合县科协: 县科协 is the body).
# (乡村 is the countryside: 围绕乡村振兴 names no township.)
_NAMED_PLACE = re.compile(r"(?<![\d个各全本该每两几多数外邻周])[\u4e00-\u9fff]{2}(?:县|镇|乡(?!村))(?![委级域城内外里镇乡县区市])")
# The kind of place asked (哪个区, 哪一个县, 哪个街道): a place of that kind answers before any other.
_ASKS_KIND = re.compile(r"哪(?:个|一个|1个)?(省|市|县|区|镇|乡|街道)")
# A kind of place of two characters asked after the which-word and a count (在哪两个流域, 在哪些片区).
_ASKS_NAMED_KIND = re.compile(r"哪(?:几|些|\d)?个?([\u4e00-\u9fff]{2})(?:[?!。]|$)")
# Kinds of body, not of place (扩到哪些部门, 在哪些单位): their names are items (items.py), not places.
_BODY_KINDS = frozenset(("部门", "单位", "机构", "企业", "公司", "学校", "医院", "社团"))
# A place of a kind by a two-character name standing as a word of its own (南湖区, 石桥县), no body or part after it.
_KIND_PLACE = r"(?<![\d个各全本该每两几多数外邻周新园港景城市县郊辖])[\u4e00-\u9fff]{{2}}{kind}(?![委级域城内外里镇乡县区市划长])"
_BODY_END = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:局|委|协|办|会|院|所|站|队|部|厅|馆|中心|联|社|政府)")
# Where a thing stands, after a verb of lying (位于某区某街, 坐落在…, 设在…): an address of any words, to the clause's end.
_LOCATED = re.compile(r"(?:位于|坐落于|坐落在|地处|设在|设于|地址在|地址为|地址是)([\u4e00-\u9fff\d]{2,16}?)(?=[,;:。!?(]|$)")
# A quoted name after 在 and before the deed (在"某读书群"领读, 在"某讲堂"开讲): where it was done, unless a time or
# an occasion's inside follows it (在"十四五"期间, 在"两会"上).
_AT_QUOTED = re.compile(r'在"([^"]{2,20})"(?=[\u4e00-\u9fff])(?![上中里内下的期时前后])')
_NO_PLACE = re.compile(r"^(?:此|这|该|其|本)|基础上|过程中|期间|同时|前提下|之际")  # 在此基础上开展: no place
# A clause opening with a deed done to villages or towns (协助新建村史馆2个, 结对联系村扩大到45个) has no place as
# its subject: the kind word there counts what the deed reached, no name stands before it.
_DEED_OPENING = re.compile(r"^(?:协助|帮助|支持|指导|推动|推进|促进|组织|动员|引导|新建|新增|新设|建成|建设|改造|结对|联系|对口|覆盖|"
                           r"所有|全部|各个|各|每个|每)")


class PlaceReading:
    """Where-questions read on one sentence (the reader's ``_workplace``, ``_occurrences`` and ``_closeness``)."""

    def _fit_place(self, q: QuestionAnalysis, sentence: str, p: int):
        above = area_above(q.norm, sentence)  # 某镇属于哪个区 → 某区 of 某区某镇, as a what-question reads it (area_parts.py)
        if above:
            return 1.0, above, None, 1.0
        workplace = self._workplace(q, p, sentence)  # 哪个学校: their role's body
        if workplace:
            return workplace
        if asks_workplace(q.norm, q.names):
            return 0.0, "", None, 0.0  # 罗某在哪个单位工作: no post of his names a body, no place of an event tells it
        spans = self._occurrences(q, sentence)
        places = []
        for match in re.finditer(_TRIP_PLACE, sentence):
            places.append((match.start(2), match.end(2)))
        trips = [x for x, m in zip(places, re.finditer(_TRIP_PLACE, sentence)) if m.group(1) != "在"]
        # Whatever stands between 在 and the event's verb is where it was held (在凤栖山开展义务植树), a name of any kind.
        places += [(m.start(1), m.end(1)) for pattern in (_HELD_AT, _HELD_IN_ROUNDS)
                   for m in pattern.finditer(sentence) if not _NO_PLACE.search(m.group(1))]
        places += [(m.start(1), m.end(1)) for m in _LOCATED.finditer(sentence)]  # 文史馆位于某区某街
        places += [(m.start(1), m.end(1)) for m in _AT_QUOTED.finditer(sentence)]  # 在"某读书群"领读
        places += self._of_named_kind(q, sentence)  # 在哪两个流域 → 在甲、乙流域
        # A place that is the subject of its clause (青岛金茂湾购物中心人流如潮, 东岭街道…获评): its kind names it.
        # 农村, 乡村, 城镇, 乡镇 are the countryside or towns at large, no place named (二是围绕农村电商开展调研).
        for match in re.finditer(r"(?:^|[,;:。!?])([\u4e00-\u9fff]{2,10}?(?:购物中心|商场|商城|广场|公园|市场|景区|园区|港区|街道|社区|"
                                 r"(?<![城乡])镇|(?<![农乡])村))", sentence):
            if not _DEED_OPENING.match(match.group(1)):
                places.append((match.start(1), match.end(1)))
        # A short proper name of a county, town or township (梧坪县、石桥县), known to no gazetteer.
        places += self._named_places(sentence)
        for word in self.segmenter.words(sentence):
            if self.segmenter.lexicon.tag(word) == "ns" or is_place(word, self.segmenter):
                start = sentence.find(word)
                after = start + len(word)
                if sentence.startswith(_BODY_AFTER_PLACE, after) or (
                        sentence[after:after + 1] in "省市区县" and sentence.startswith(_BODY_AFTER_PLACE, after + 1)):
                    continue  # 青岛市政协 is a body, not where something happened
                if _PEOPLE_AFTER_PLACE.match(sentence, after):
                    continue  # 吸引台湾青年128名参加: where the people come from, not where something happened
                places.append((start, start + len(word)))
        places = self._in_own_stretch(q, sentence, places)  # 乙某在哪个群领读: not where 甲某 did (甲某在"某群"领读，乙某…)
        # A place made of the question's own words is what it asks about, not where it is (委员活动中心在哪条路上).
        covered = {i for a, b, number, _ in spans if number >= 0 for i in range(a, b)}
        places = [x for x in places if not covered.issuperset(range(*x))]
        places = self._of_kind_asked(q, sentence, places, covered)
        if not places:
            return 0.4, "", None, 0.0
        fit = 0.5 if asks_area_above(q.norm) else 1.0  # 某街道是哪个区的: a sentence writing no district above it tells none
        if _ASKS_TRIP.search(q.norm) and (trips := [x for x in trips if x in places]):
            places = trips  # 调研去了哪些地方: where the trip went (赴某区、某县调研), not a place it spoke of
        elif _ASKS_TRIP.search(q.norm):
            fit = 0.4  # 巡展去了哪些地方: 赴某区、某县等地巡展 before 在某馆举办 (no trip: as weak and as far as no place)
        start, end = max(places, key=lambda x: self._closeness(q, spans, x[0], x[1], sentence, ";。!?"))
        a, b = clause_bounds(sentence, start)
        # Give the clause with the place (7月,到城阳区调研…): lead with the month if it is just before.
        lead = sentence[max(0, a - 4):a].lstrip(",;:。")
        clause = sentence[a:b]
        if re.fullmatch(r"\d{1,2}月,?", lead.rstrip(",")) or re.fullmatch(r"\d{1,2}月", lead.strip(",")):
            clause = lead.strip(",") + "，" + clause
        return fit, clause, None, self._closeness(q, spans, start, end, sentence) if fit >= 0.5 else 0.0

    def _in_own_stretch(self, q: QuestionAnalysis, sentence: str, places: list) -> list:
        """The places told in the stretch of the sentence about the person the question names, from their clause
        to the clause of the next other person (甲某在"某群"领读，乙某在"另一群"领读); all, where it names none of them."""
        starts = [sentence.find(name) for name in q.names if name in sentence]
        if not starts:
            return places
        begin = clause_bounds(sentence, min(starts))[0]
        # (a place read as a name, 深入某镇 → 某镇, is no other person: it is what the stretch tells)
        told = {a for a, _ in places}
        others = [x.start for x in self._people(sentence)
                  if x.name not in q.names and x.start > min(starts) and x.start not in told]
        end = clause_bounds(sentence, min(others))[0] if others else len(sentence)
        return [x for x in places if begin <= x[0] < end]

    def _of_kind_asked(self, q: QuestionAnalysis, sentence: str, places: list, covered: set) -> list:
        """The places of the kind asked (哪个区获评… → 某某区, not the 某街道 after it), where the sentence names any
        (read among ``places`` or as a two-character name and the kind standing as a word); else ``places``."""
        asked = _ASKS_KIND.search(q.norm)
        if not asked:
            return places
        kind = asked.group(1)
        starts = self._word_starts(sentence)
        named = [(m.start(), m.end()) for m in re.finditer(_KIND_PLACE.format(kind=kind), sentence)
                 if m.start() in starts and not sentence.startswith(_BODY_AFTER_PLACE, m.end())
                 and not covered.issuperset(range(m.start(), m.end()))]
        of_kind = sorted({x for x in places if sentence[x[0]:x[1]].endswith(kind)} | set(named))
        return of_kind or places

    def _of_named_kind(self, q: QuestionAnalysis, sentence: str) -> list[tuple[int, int]]:
        """Places asked by a kind noun of two characters after the which-word (在哪两个流域, 去了哪几个片区), as the
        sentence writes them after 在 / 到 / 赴 ending in that noun (在甲、乙流域选定…): names, then the kind."""
        asked = _ASKS_NAMED_KIND.search(q.norm)
        if not asked or asked.group(1) == "地方" or asked.group(1) in _BODY_KINDS:
            return []  # (哪些地方: any place, no kind; 在全国地方政协… names none; 扩到哪些部门: bodies, listed as items)
        told = re.compile(r"(?:在|到|赴|于)([\u4e00-\u9fff、和及]{2,20}?" + re.escape(asked.group(1)) + ")")
        return [(m.start(1), m.end(1)) for m in told.finditer(sentence) if len(m.group(1)) > len(asked.group(1))
                and not sentence.startswith(_BODY_AFTER_PLACE, m.end(1))]

    def _word_starts(self, sentence: str) -> set[int]:
        """Where the segmenter's words of ``sentence`` start."""
        starts, at = set(), 0
        for word in self.segmenter.words(sentence):
            found = sentence.find(word, at)
            if found >= 0:
                starts.add(found)
                at = found + len(word)
        return starts

    def _named_places(self, sentence: str) -> list[tuple[int, int]]:
        """Where ``sentence`` names a county, town or township no gazetteer knows, by its kind (梧坪县、石桥县)."""
        starts = self._word_starts(sentence)
        return [(m.start(), m.end()) for m in _NAMED_PLACE.finditer(sentence) if m.start() in starts
                and not sentence.startswith(_BODY_AFTER_PLACE, m.end()) and not _BODY_END.match(sentence, m.end())]

