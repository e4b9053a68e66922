"""The items of a plan (or of a year's review) and what each is told with: the body that leads it (某委员会牵头),
the bodies that help (县某局、县某局配合; 配合单位:…), its topic (围绕"…"; 议题为"…"; 就…开展), its convener
(召集人某某), its venues (主会场设在…; 以…为主会场; 在甲乡、乙乡设立2个分会场) and its month (6月; a schedule's
month heading, 5月:…;开展…).

A plan writes one item a line or a clause: its topic first (1.某某问题治理--3月; 第一场:某某整治。计划于4月召开,…),
then its attributes, clause after clause, up to the next item.  An attribute told belongs to the item whose words
stand before it, back to the last attribute of the same kind (the item before): that stretch is the item's span.
A question asking one attribute of an item (某某专题协商会谁牵头, 某某协商配合部门, 某界别协商议啥, 召集人是谁,
主会场在哪, 安排在几月) is answered by the attribute of the one span that tells every word naming the item, with
the span's sub-heading ((二)专题议政性常委会议) and list heading as its own words.  A plan's items come before its
review's (the year's own plan before the year before) unless the question asks the past (去年, 上次).

A plan may instead write an item as a numbered heading and labelled field lines (领衔副主席:…; 牵头单位:…; 时间:…),
or a table row of cells (field_lines.py): the field of the label asked is the attribute, the item's heading, naming
lines, fields and group heading its words; such items are ranked with the others, and their running sentences are
not read again.  Asked a field the named items lack where other items write it (某座谈会的承办单位), or a month of
items dated by quarter, the question is declined.

Called by the answerer before the general reading (answer.py ``_read_part``); general Chinese layout only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .frames import PLAN, RESULTS, is_plan, question_mode, question_places
from .field_lines import KINDS, documents_with_items, field_fact, field_items
from .month_line import schedule_month
from .question import KIND_WHEN, KIND_WHERE, KIND_WHO
from .series_items import ASKED_ORDINAL
from .term_match import term_strength
from .values import Result
from .wording import told_ordinal

__all__ = ["plan_item_answer", "asked_attribute", "item_spans"]

KIND_NAME = "name"  # a thing's name: the fact itself leads the answer (as heads_answers.KIND_NAME)
LEAD, HELPERS, TOPIC, CONVENER, MAIN_VENUE, SUB_VENUE, MONTH = (
    "lead", "helpers", "topic", "convener", "main_venue", "sub_venue", "month")
# Attributes told only by field lines (field_lines.py): the leading vice-chair, a body taking part beside the lead,
# the body handling a proposal, the place, the time (a quarter as well as a month), a proposal's number.
LEADER, PARTNER, HANDLER, PLACE, WHEN, NUMBER = "leader", "partner", "handler", "place", "when", "number"
# The body answerable for an item (责任单位:…) and the government department it is held with (对口部门:…).
RESPONSIBLE, COUNTERPART = "responsible", "counterpart"
THEME = "theme"  # 啥主题: a field-line item's heading (the running sentences' 主题 is read by the general reading)

# The attribute a question asks of an item.
_ASKS = (
    (LEAD, re.compile(r"(?:谁|哪个(?:委员会|专委会|单位|部门|机构)?|哪家(?:单位)?)(?:来|负责)?牵头(?:的|组织)?(?:呢|啊)?\??$"
                      r"|(?:谁|哪位(?:领导)?)(?:来)?带队(?:的)?(?:呢|啊)?\??$|带队(?:的)?(?:领导)?(?:是|为)?(?:谁|哪位)"
                      r"|牵头(?:的)?(?:单位|部门|专委会|领导|人)?(?:是|为)?(?:谁|哪个\w{0,3}|哪家\w{0,2})(?:呢|啊)?\??$")),
    (HELPERS, re.compile(r"(?<!要)配合(?:的)?(?:部门|单位)|(?:哪些|哪几个|什么|啥)(?:部门|单位)(?:来|负责)?(?:配合|参与)"
                         r"|参与(?:的)?(?:部门|单位)")),
    (TOPIC, re.compile(r"(?<!会)议啥|(?:啥|什么|哪个)议题|议题(?:是|为)?(?:啥|什么)?(?:呢|啊)?\??$")),
    (THEME, re.compile(r"(?:啥|什么|哪个)主题|主题(?:是|为)?(?:啥|什么)?(?:呢|啊)?\??$")),
    (CONVENER, re.compile(r"(?<!副)召集人(?:是|为)?(?:谁|哪位|叫啥|叫什么)")),
    (MAIN_VENUE, re.compile(r"主会[场厂](?:设)?(?:在)?(?:哪|什么地方|何处)")),
    (SUB_VENUE, re.compile(r"分会[场厂](?:设)?(?:在)?(?:哪|什么地方|何处)")),
    (MONTH, re.compile(r"^(?!.*(?:几月|哪个月).*(?:几月|哪个月))(?!.*从几月).*(?:几月|哪个月|哪1个月|什么月)")),
    (LEADER, re.compile(r"(?:谁|哪位|哪个)(?:副主席|领导)?(?:来)?领衔|领衔(?:的)?(?:副主席|领导)?(?:是|为)?(?:谁|哪位)")),
    (PARTNER, re.compile(r"(?:哪个|哪家|谁)[\u4e00-\u9fff]{0,2}?(?:来)?(?:协办|参与|协助)(?!单位|部门)"
                         r"|协办(?:的)?(?:单位)?(?:是|为)?(?:谁|哪)")),
    (HANDLER, re.compile(r"承办(?:的)?(?:单位|部门)|(?:谁|哪个单位|哪些单位|哪家)(?:来)?承办")),
    (PLACE, re.compile(r"在哪(?:个县|个区|个市|个镇|个乡|里|儿)?(?:搞|开|举行|召开|进行)?(?:呢|啊)?\??$|地点(?:在|是)?(?:哪|什么)")),
    (WHEN, re.compile(r"(?:啥|什么)时候|哪个季度|几季度|何时")),
    (NUMBER, re.compile(r"编号|第几号")),
    (RESPONSIBLE, re.compile(r"(?:哪个|哪家|什么|啥)(?:委|委员会|专委会|单位)?(?:来)?负责(?:的)?(?:呢|啊)?\??$"
                             r"|(?:责任|负责)(?:单位|部门)(?:是|为)?")),
    (COUNTERPART, re.compile(r"对口(?:的)?(?:哪个|哪些|哪几个|什么|啥)?(?:部门|单位)|对口(?:的)?(?:是)?谁")),
)
# The field of a field-line item (field_lines.py) each attribute asked reads.
_FIELD_OF = {TOPIC: "topic", THEME: "topic", LEAD: "lead", HELPERS: "helpers", MONTH: "time", LEADER: "leader", PARTNER: "partner",
             HANDLER: "handler", PLACE: "place", WHEN: "time", NUMBER: "number", RESPONSIBLE: "responsible",
             COUNTERPART: "counterpart"}
# The words of a question that ask the attribute, not name the item.
_ASKING_WORDS = re.compile(r"^(?:牵头|配合|参与|部门|单位|机构|议题|议|召集人|主会场|分会场|会场|会厂|主|分|厂|设|安排|月|月份|"
                           r"设在|设立|在哪|哪里|举行|召开|开展|哪些|有哪些|谁|啥|什么|地方|乡|镇|今年|去年|明年|本年|当年|"
                           r"领衔|副主席|领导|哪位|协办|协助|承办|编号|号|地点|时候|季度|县|区|搞|主题|带队|负责|责任|委|份)$")
# Who asks of another term or an earlier one, which no item of a plan tells.
_OTHER_TERM = re.compile(r"上1?届|上1任|前任|原来|以前|哪年|多大|党派|单位的|职务|分别")  # (分别: several items)
# A question about the past (the review of a plan's year before).
_PAST = re.compile(r"去年|上年|上1年|往年|首次|第1次")

# Each attribute as a text writes it; the fact is group 1 (分别由甲、乙、丙牵头 leads several items, none alone).
_BODY = r"([^,;:。由]{2,30}?)"
_TOLD = {
    LEAD: (re.compile(rf"(?:(?<!分别)由|^|(?<=[,;:]))(?!具体|分管|分别){_BODY}(?:负责)?牵头(?=[,;。]|$)"),  # (牵头逐项销号, 牵头的…: a deed's lead)
           # 由某委员会牵头召开"…"专题协商会: the body that 由 names leads the meeting the clause holds.
           re.compile(rf"(?<!分别)由(?!具体|分管|分别){_BODY}牵头(?=召开|举办|举行|组织召开)")),
    HELPERS: (re.compile(r"(?:配合|参与)单位(?:为|是|:)([^。;]{2,120})"),
              re.compile(r"(?:^|(?<=[,;:]))([^,;:。]{2,120}?)(?:共同)?配合(?=[,;。]|$)")),
    TOPIC: (re.compile(r"围绕\"([^\"]{2,40})\""), re.compile(r"议题(?:为|是)\"([^\"]{2,40})\""),
            re.compile(r"就([^,;。、\"]{2,24}?(?:\"[^\"]{1,12}\"[^,;。、\"]{0,12})?)(?:分别)?(?:开展|进行)")),
    CONVENER: (re.compile(r"(?<!副)召集人(?:为|是|:)?\s*(?!小组|会议|制度|单位|人员|队伍|联席)([\u4e00-\u9fff]{2,3}?)(?=[,;。、(]|委员|$)"),),
    MAIN_VENUE: (re.compile(r"主会场(?:设)?在([^,;。]{2,30})"), re.compile(r"以([^,;。]{2,20}?)为主会场")),
    SUB_VENUE: (re.compile(r"在([^,;。]{2,40}?)设立?(?:\d+个)?分会场"), re.compile(r"分会场(?:设)?在([^,;。]{2,40})")),
    # (a span of months is one time: 7月至8月,组织开展… is held over both, not in 8月 alone)
    MONTH: (re.compile(r"(?<![\d年])((?:(?:19|20)\d\d年)?\d{1,2}月(?:上旬|中旬|下旬|底|初)?"
                       r"(?:(?:至|到|-|~)(?:(?:19|20)\d\d年)?\d{1,2}月(?:上旬|中旬|下旬|底|初)?)?)(?![\d中])"),),
}
# A day asked of a time (几月几号, 哪天), and what a time field must tell to answer a day or a month.
_DAY_ASKED = re.compile(r"几号|几日|哪1?天")
_DAY_TOLD = re.compile(r"\d[日号]")
_MONTH_TOLD = re.compile(r"\d月")
_YEARS_ASKED = re.compile(r"((?:19|20)\d\d)年")
_MONTHS_ASKED = re.compile(r"(?<!\d)(\d{1,2}月)")
_FORM = re.compile(r"协商|会议|座谈会|议政")  # an item's form named (双周协商座谈会, 对口协商, 常委会议)
# A month that dates a deed written right after it in its own clause (将于2024年3月召开全市…推进会): that deed is the
# month's item, not the clauses listed before it (组织委员赴某市学习考察, 将于3月召开…: the trip is not of March).
_MONTH_OWN_DEED = re.compile(r"\d{1,2}月(?:份|\d{1,2}日)?(?:上旬|中旬|下旬|底|初)?(?:召开|举办|举行|开展|组织|启动)[\u4e00-\u9fff]{2,}")
# A numbered sub-heading on a line of its own ((二)专题议政性常委会议).
_SUB_HEADING = re.compile(r"^(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、)[^。;,!?:]{2,30}$")


@dataclass(frozen=True)
class Span:
    """One attribute told and its item's clauses, from the first back to the one telling it."""

    passage: int
    sentence: int
    pieces: tuple[str, ...]
    fact: str


def asked_attribute(norm: str) -> str | None:
    """The attribute of an item a normalised question asks, or None."""
    if _OTHER_TERM.search(norm):
        return None
    found = [kind for kind, pattern in _ASKS if pattern.search(norm)]
    if len(found) > 1:  # 主会场在哪, 什么时候几月: the narrower attribute (the venue, the month)
        found = [kind for kind in found if kind not in (PLACE, WHEN)]
    if found == [TOPIC] and re.search(r"哪|谁", norm):
        return None  # 某某是哪个界别协商的议题: the item is named, its other attribute asked
    return found[0] if len(found) == 1 else None


def _pieces(index, p: int, kind: str) -> list[tuple[int, str, str | None]]:  # noqa: ANN001 - a PassageIndex
    """The clauses of passage ``p`` between semicolons, with their sentence and the attribute of ``kind`` each
    tells.  A clause telling several is cut at each: after one closing what it follows (农村生活污水治理(5月)、
    县城老旧小区改造(8月); 甲委员会牵头,…), before a month opening what it dates (5月组织委员赴外地考察,10月召开…)."""
    pieces = []
    for s, sentence in enumerate(index.sentence_norm[p]):
        for piece in sentence.split(";"):
            found = [(m.start(), m.end(), m.group(1).strip()) for pattern_ in _TOLD[kind] for m in pattern_.finditer(piece)]
            found = sorted(f for f in found if f[2])
            if len(found) < 2:
                if piece:
                    pieces.append((s, piece, found[0][2] if found else None))
                continue
            opening = {start: fact for start, end, fact in found if kind == MONTH and not piece.startswith(")", end)}
            closing = {end + piece.startswith(")", end): fact for start, end, fact in found if start not in opening}
            cuts = sorted({0, len(piece), *opening, *closing})
            for start, end in zip(cuts, cuts[1:]):
                pieces.append((s, piece[start:end], opening.get(start) or closing.get(end)))
    return pieces


def item_spans(index, p: int, kind: str) -> list[Span]:  # noqa: ANN001 - a PassageIndex
    """Each attribute of ``kind`` told in passage ``p`` with its item's clauses: its own and those before it,
    back to the clause telling the same attribute of the item before.  A sentence naming a form of its own
    (…开展对口协商, 12月首次尝试远程协商) is its item's whole span: the sentences before it tell other items.
    Kept on the index: they depend on the passage alone, and a question of a shelf's common words reads hundreds."""
    kept = index.__dict__.setdefault("_item_spans", {})
    if (p, kind) not in kept:
        kept[(p, kind)] = tuple(_item_spans(index, p, kind))
    return list(kept[(p, kind)])


def _item_spans(index, p: int, kind: str) -> list[Span]:  # noqa: ANN001 - a PassageIndex
    pieces = _pieces(index, p, kind)
    spans = []
    for n, (s, _, fact) in enumerate(pieces):
        if fact is None:
            continue
        start = n
        dated = _MONTH_OWN_DEED.search(pieces[n][1]) if kind == MONTH else None
        if dated:  # the month's own clause on is its item's whole span
            spans.append(Span(p, s, (pieces[n][1][max(pieces[n][1].rfind(d, 0, dated.start()) for d in ",;") + 1:],), fact))
            continue
        while start > 0 and pieces[start - 1][2] is None:
            if pieces[start - 1][0] != s and _FORM.search("".join(piece for _, piece, _ in pieces[start:n + 1])):
                break
            start -= 1
        spans.append(Span(p, s, tuple(piece for _, piece, _ in pieces[start:n + 1]), fact))
    if kind == MONTH:  # a schedule's line: 5月:召开…;开展与某单位的对口协商 (each clause that month's)
        month = schedule_month(index.passage_norm[p])
        if month:
            spans.extend(Span(p, s, (piece,), f"{month}月") for s, piece, fact in pieces if fact is None)
    return spans


def _passages_telling(answerer, terms) -> list[int]:  # noqa: ANN001 - an Answerer, the item's Terms
    """The passages whose text, section or sub-heading (as ``_headings`` finds it) tells each of ``terms``: every
    span telling all the words naming the item stands in one of them, so only these are read.  A document whose
    whole text leaves a word untold is passed over at once (a shelf of a thousand reports holds few)."""
    index = answerer.index
    found, sections, run, heading_tells = [], {}, None, []
    telling_docs = _telling_docs(answerer, terms)
    for p in range(index.size):
        if index.passage_doc[p] not in telling_docs:
            continue
        if run != (index.passage_doc[p], index.section_norm[p]):
            run, heading_tells = (index.passage_doc[p], index.section_norm[p]), [False] * len(terms)
        section = index.section_norm[p]
        if section not in sections:
            sections[section] = [_told_in(index, t, section) >= 0.85 for t in terms]
        text, above = index.passage_norm[p], sections[section]
        if _SUB_HEADING.match(text):
            tells = [_told_in(index, t, text) >= 0.85 for t in terms]
            if all(any(told) for told in zip(tells, heading_tells, above)):
                found.append(p)
            heading_tells = tells  # the sub-heading the passages after it stand under
        elif all(heading_tells[n] or above[n] or _told_in(index, t, text) >= 0.85 for n, t in enumerate(terms)):
            found.append(p)  # (the heaviest word first: most passages leave it untold)
    return found


def _telling_docs(answerer, terms, among: set[int] | None = None) -> set[int]:  # noqa: ANN001
    """The documents (of ``among``, if given) whose whole text tells each of ``terms``; the texts made once."""
    index = answerer.index
    if answerer.__dict__.get("_document_texts") is None:
        texts: dict[int, list[str]] = {}
        for p in range(index.size):
            texts.setdefault(index.passage_doc[p], []).extend((index.passage_norm[p], index.section_norm[p]))
        answerer._document_texts = {doc: "\n".join(parts) for doc, parts in texts.items()}
    return {doc for doc, text in answerer._document_texts.items() if (among is None or doc in among)
            and all(_told_in(index, t, text) >= 0.85 for t in terms)}


def _field_spans(answerer, terms, kind: str, norm: str) -> tuple[list[Span], set[int]]:  # noqa: ANN001
    """The spans of the field-line items (field_lines.py) telling the attribute asked and every word naming the
    item, each its heading, naming lines and fields, the field asked last; and the passages of the items telling
    that attribute (their running sentences are not read again as items of their own)."""
    index, field = answerer.index, _FIELD_OF.get(kind)
    spans, covered = [], set()
    needs = _DAY_TOLD if _DAY_ASKED.search(norm) else _MONTH_TOLD if kind == MONTH else None
    if field is None:
        return spans, covered
    for doc in _telling_docs(answerer, terms, documents_with_items(index)):  # (few documents have any)
        items = field_items(index, doc)
        told = {item.number for item in items if not item.row and field_fact(item, field)}
        for item in items:
            facts = field_fact(item, field, needs if field == "time" else None)
            if not facts or (item.row and item.number in told):
                continue  # (a table's row of an item told in full above: the full item answers)
            covered.update(range(item.first, max(p for *_, p, _ in item.fields) + 1))
            others = _others(item)
            if not _names(index, terms, item):
                continue
            for fact, p, s, line in facts:
                # (the heading with the field asked as one clause: an item's own lines tell it nearest)
                spans.append(Span(p, s, (*item.naming, *others, f"{item.heading};{line}"), fact))
    return spans, covered


def _others(item) -> tuple[str, ...]:  # noqa: ANN001 - a FieldItem
    """An item's fields of the attributes a plan tells (time, lead …) as lines: words that name it too."""
    return tuple(f"{label}:{value}" for label, value, _, _ in item.fields if label in KINDS)


def _names(index, terms, item) -> bool:  # noqa: ANN001
    """Whether a field-line item's heading, naming lines and fields tell every word of ``terms``."""
    text = "\n".join((item.heading, *item.naming, *_others(item), _headings(index, item.first)))  # ((三)双周协商座谈会)
    return all(_told_in(index, t, text) >= 0.85 for t in terms)


def _item_lacks(answerer, terms, kind: str) -> bool:  # noqa: ANN001
    """Whether the words name field-line items lacking a field only some items have (a leading vice-chair, a body
    taking part, a proposal's handler or number), in a document whose other items write it as a field; or items
    whose time fields tell no month, a month asked (ranked empty: none told the month asked)."""
    index, field = answerer.index, _FIELD_OF.get(kind)
    for doc in _telling_docs(answerer, terms, documents_with_items(index)):  # (few documents have any)
        items = field_items(index, doc)
        named = [item for item in items if _names(index, terms, item)]
        if not named:
            continue
        if kind == MONTH and all(field_fact(item, "time") for item in named) \
                and not any(field_fact(item, "time", _MONTH_TOLD) for item in named):
            return True  # 几月 of items whose time is a quarter (三季度): no month is told
        if kind in (LEADER, PARTNER, HANDLER, NUMBER, RESPONSIBLE, COUNTERPART) and any(field_fact(item, field) for item in items) \
                and not any(field_fact(item, field) for item in named):
            return True  # (a place, a time or a lead may stand in an item's running sentences)
    return False


def _headings(index, p: int) -> str:  # noqa: ANN001 - a PassageIndex
    """The sub-heading passage ``p`` stands under in its document (the nearest before it), with its section."""
    doc = index.passage_doc[p]
    q = p - 1
    while q >= 0 and index.passage_doc[q] == doc and index.section_norm[q] == index.section_norm[p]:
        if _SUB_HEADING.match(index.passage_norm[q]):
            return index.passage_norm[q] + "\n" + index.section_norm[p]
        q -= 1
    return index.section_norm[p]


def _told_in(index, term, text: str) -> float:  # noqa: ANN001
    """How strongly ``text`` tells a question's term; a name the documents shorten (县法院 for 县人民法院) is its
    characters in order within a short stretch."""
    strength = term_strength(index, term, text)
    if strength < 1.0 and len(term.text) >= 3 and all(c in text for c in term.text):
        loose = ".{0,3}".join(re.escape(c) for c in term.text)
        if re.search(loose, text):
            strength = max(strength, 0.9)
    return strength


def plan_item_answer(answerer, q, norm: str):  # noqa: ANN001, ANN201 - an Answerer, a QuestionAnalysis; a Result or None
    """The attribute asked of the one item whose span tells every word naming it; None when not asked so or when
    no span, or more than one with differing facts, tells them all (the general reading goes on)."""
    kind = asked_attribute(norm)
    if kind is None:
        return None
    index, checks = answerer.index, answerer.checks
    asking = _asking_phrase(norm, kind)  # (哪位副主席领衔: 副, 主席 ask, they name no item)
    subject = [t for t in q.terms if not _ASKING_WORDS.match(t.text) and t.weight > 0.1 and t.text not in asking]
    if not subject:
        return None
    total = sum(t.weight for t in subject)
    wanted = RESULTS if _PAST.search(norm) else question_mode(q.norm)
    months = _MONTHS_ASKED.findall(norm)  # 7月份常委会专题协商的议题: the item of that month
    sectors = {n for n, t in enumerate(subject) if re.search(re.escape(t.text) + "界", norm) and not t.text.endswith("界")}
    places = question_places(q.norm, index.home_places, index.corpus_text)
    ranked = []
    terms = sorted(subject, key=lambda t: -t.weight)
    inline = _passages_telling(answerer, terms) if kind in _TOLD else []  # (a field-line attribute: items of lines only)
    fielded, covered = _field_spans(answerer, terms, kind, norm)
    # A field-line item's own lines tell its words more surely than the heading of its group (29.远程协商:… over
    # 28.网络议政:… for 远程协商, both under (八)网络议政和远程协商).
    groups, own = {}, set(fielded)
    for span in fielded:  # (an item's fields are read from its lines, not its running sentences)
        groups.setdefault(span.passage, []).append(span)
    for p in inline:
        if p not in covered and kind in _TOLD:
            groups.setdefault(p, []).extend(item_spans(index, p, kind))
    for p, spans in groups.items():
        if not spans:
            continue
        context = index.context(p)
        if not checks.years_ok(q, p, context) or not checks.place_ok(places, p, context):
            continue
        headings = _headings(index, p)
        years_asked, years_told = set(_YEARS_ASKED.findall(norm)), set(_YEARS_ASKED.findall(headings))
        if years_asked and years_told and not years_asked & years_told and any(span in own for span in spans):
            continue  # 2023年11月常委会议 asked: not an item of the lines under 2024年主要工作
        by_headings = [_told_in(index, t, headings) for t in subject]  # (the same for each span of the passage)
        by_section = [_told_in(index, t, index.section_norm[p]) for t in subject]
        frame = checks.frame(p)
        for span in spans:
            if months and not all(re.search(rf"(?<!\d){m}", ";".join(span.pieces)) for m in months):
                continue
            if not all(told_ordinal(o, ";".join(span.pieces) + headings) for o in ASKED_ORDINAL.findall(norm)):
                continue  # 第22辑 asked, the item of 第21辑 told (series_items.py)
            heads = [h if sec >= 0.85 else min(h, 0.9) for h, sec in zip(by_headings, by_section)] \
                if span in own else by_headings  # (see below; a section's title is the whole list's, not a group's)
            told_here = _nearest_telling(index, subject, span, headings, heads, sectors)
            if told_here is None:
                continue  # a word naming the item is not told with it
            needed, strengths = told_here
            told = PLAN if is_plan(index.section_norm[p], span.pieces[-1], frame.year) else RESULTS  # (its own clause)
            coverage = round(sum(t.weight * s for t, s in zip(subject, strengths)) / total, 2)
            mode_fit = told == (wanted or (PLAN if frame.plan_paper else RESULTS))  # a plan paper's items, asked plainly
            ranked.append((coverage, mode_fit, -needed, span))
    if not ranked:  # 某座谈会的承办单位 where only the proposals' items have one: the item asked has none
        return Result(False, 0.0, q.kind, question=norm) if _item_lacks(answerer, terms, kind) else None
    ranked.sort(key=lambda row: row[:3], reverse=True)  # the fullest, of the year asked, told nearest
    best = ranked[0]
    rivals = [row for row in ranked[1:] if row[:2] == best[:2] and not _same_fact(row[3].fact, best[3].fact)
              and not (best[3] in own and best[2] == -1 and row[3] not in own)]  # (an item's own line, told whole)
    if rivals:
        return None  # two items tell the words alike: which one is asked is not told
    if wanted is not None and not best[1]:
        return None  # 去年 asked, only this year's item tells the words (or the reverse)
    span = best[3]
    asked_kind = {LEAD: KIND_WHO, CONVENER: KIND_WHO, MAIN_VENUE: KIND_WHERE, SUB_VENUE: KIND_WHERE,
                  MONTH: KIND_WHEN, LEADER: KIND_WHO, PLACE: KIND_WHERE, WHEN: KIND_WHEN}.get(kind, KIND_NAME)  # a topic, the helpers: the fact leads, not its sentence
    return answerer._fact_result(asked_kind, span.fact, (span.passage, span.sentence), norm)


def _asking_phrase(norm: str, kind: str) -> str:
    """The words of the question asking the attribute (哪位副主席领衔)."""
    asked = dict(_ASKS)[kind].search(norm)
    return asked.group(0) if asked and asked.start() > 0 else ""  # (the month's pattern reads from the start)


def _same_fact(one: str, other: str) -> bool:
    """Whether two tellings are of one fact: 某委员会(主任某某) and 某委员会, a topic and its short form in a table."""
    one, other = (re.sub(r"\([^)]*\)", "", fact).split(",")[0] for fact in (one, other))
    return one in other or other in one


def _nearest_telling(index, subject, span: Span, headings: str, by_headings: list[float],  # noqa: ANN001, ANN202
                     sectors=frozenset()):
    """How few of the span's last clauses (with its headings) tell every word naming the item, and how strongly
    each; None when even all of them leave one untold.  A sector asked (教育界别) is told by its name (教育界), not
    by its field's word alone (教育系统); words of a quoted topic before 界别 (融资难界别 of "…融资难题") are the topic's."""
    for needed in range(1, len(span.pieces) + 1):
        text = ";".join(span.pieces[-needed:])
        strengths = [0.0 if n in sectors and subject[n].text + "界" not in text + headings
                     and not re.search(rf'"[^"]*{re.escape(subject[n].text)}[^"]*"', text)  # ("…融资难题": a topic's)
                     else max(_told_in(index, t, text), by_headings[n]) for n, t in enumerate(subject)]
        if min(strengths) >= 0.85:
            return needed, strengths
    return None
