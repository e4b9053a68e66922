"""The items of a plan written as a numbered heading and labelled field lines under it (2.推进某某工作。 协商形式:…
时间:5月中旬。 领衔副主席:某某。 牵头单位:某委员会(主任某某)。 配合单位:甲局、乙局。 前期调研:…), or as a table row
of cells (2.某某工作|专题协商会|5月|领衔:某某|牵头:某委员会|配合:甲局、乙局).

An item opens with an Arabic-numbered line (2. / 15-18.) and holds the sentences after it up to the next numbered
line, a sub-heading or a paragraph that is not a field line; a field is a sentence (or a cell) opening with a short
label and a colon.  Its label says which attribute it tells (牵头 the lead, 配合 the helpers, 领衔 the leading
vice-chair, 时间 the month or quarter, 地点 the place, 承办 the body that handles a proposal); its other sentences
and its naming fields (协商重点, 协商形式, cells without a label) are the words naming the item.  A bare month or
quarter cell of a row is its time.

Read for plan_items.py, which ranks these items beside the items written in running sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["KINDS", "FieldItem", "documents_with_items", "field_items", "field_fact", "item_body", "item_heading"]

# An item's numbered opening line (2.推进… ; 15-18.提案办理协商), not a sub-heading's (一、 (二)).
_NUMBERED = re.compile(r"^(?:\d{1,3}(?:[-~]\d{1,3})?[.、](?!\d)|\d{1,3}[.、](?=\d{1,2}月,[^:]+,[\u4e00-\u9fff]{2,6}:)|\(\d{1,2}\)(?=[^:]+,[\u4e00-\u9fff]{2,6}:))")
# A sentence's clauses opening with a label and a colon (…情况,牵头领导:某某,责任单位:某委员会): each a field.
_CLAUSE_FIELD = re.compile(r",(?=[\u4e00-\u9fff]{2,6}:)")
# A heading's clause telling a month alone (3月,视察…,牵头领导:…): the item's time.
_HEADING_MONTH = re.compile(r"^(?:\d{1,3}[.、]|\(\d{1,2}\))(\d{1,2}月(?:上旬|中旬|下旬|初|底)?),")
# A field: a short label, a colon, its value (时间:5月中旬。).
_FIELD = re.compile(r"^([\u4e00-\u9fff]{2,6}):(.+?)[。;]?$")
# A line that heads a group of items ((三)专题协商会(2项); 四、工作要求): it ends the item above it.
_GROUP_HEADING = re.compile(r"^(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、)")
# A cell telling a time alone (5月; 5月、6月; 二季度至四季度).
_TIME_CELL = re.compile(r"^(?:(?:\d{1,2}月(?:上旬|中旬|下旬|初|底)?|[一二三四1-4]季度)[、至-]?)+$")

# The attribute each label tells, by the words it holds (牵头单位, 牵头 → lead).
LABELS = (
    ("leader", re.compile(r"领衔")),
    ("lead", re.compile(r"牵头")),
    ("helpers", re.compile(r"配合")),
    ("partner", re.compile(r"协办|参与单位")),
    ("time", re.compile(r"^(?:(?:完成)?时间|日期|时间安排)$")),
    ("place", re.compile(r"^(?:地点|地址)$")),
    ("handler", re.compile(r"承办")),
    ("responsible", re.compile(r"^(?:责任|负责)(?:单位|部门)$")),
    ("counterpart", re.compile(r"^对口(?:部门|单位)$")),
)
KINDS = frozenset(kind for kind, _ in LABELS)
# Labels whose values name the item as its heading does (what is discussed, in which form).
_NAMING_LABEL = re.compile(r"重点|形式|议题|内容|主题")
# A clause after the lead telling another body taking part (…,教科卫体委员会参与; …,市工商联协办).
_PARTNER_CLAUSE = re.compile(r",([^,;。]{2,30}?)(?:参与|协办|协助)(?=[,;。]|$)")
# What opens a heading before its topic: its number, a form's label (29.远程协商:推进…).
_TOPIC = re.compile(r"^(?:\d{1,3}(?:[-~]\d{1,3})?[.、]|\(\d{1,2}\))(?:[\u4e00-\u9fff]{2,6}:)?")
# A proposal's number in its heading (第0117号).
_NUMBER = re.compile(r"第\d{1,5}号")


@dataclass(frozen=True)
class FieldItem:
    """One numbered item: its naming text, and each field as (kind or label, value, passage, sentence)."""

    heading: str
    naming: tuple[str, ...]
    fields: tuple[tuple[str, str, int, int], ...]
    first: int  # the passage of its heading
    row: bool = False  # a table row (a summary table often repeats the items told in full above it)

    @property
    def number(self) -> str:
        found = _NUMBERED.match(self.heading)
        return found.group(0).rstrip(".、") if found else ""


def _kind(label: str) -> str:
    return next((kind for kind, pattern in LABELS if pattern.search(label)), label)


def _row(cells: list[str], p: int, s: int) -> tuple[list[str], list[tuple[str, str, int, int]]]:
    naming, fields = [], []
    for cell in cells:
        cell = cell.strip().rstrip("。")
        field = _FIELD.match(cell)
        if field and not _NUMBERED.match(cell):
            fields.append((_kind(field.group(1)), field.group(2), p, s))
        elif _TIME_CELL.match(cell):
            fields.append(("time", cell, p, s))
        elif cell:
            naming.append(cell)
    return naming, fields


def _read(index) -> dict[int, list[FieldItem]]:  # noqa: ANN001 - a PassageIndex
    """Every document's field-line items, in one pass over the passages."""
    items: dict[int, list[FieldItem]] = {}
    current, doc = None, None

    def close():
        nonlocal current
        if current is not None and any(kind in KINDS for kind, *_ in current[2]):
            items.setdefault(doc, []).append(FieldItem(current[0], tuple(current[1]), tuple(current[2]), current[3],
                                                       "|" in index.passage_norm[current[3]]))
        current = None

    section = None
    for p in range(len(index.passage_doc)):
        sentences = index.sentence_norm[p]
        if not sentences:
            continue
        if (index.passage_doc[p], index.section_norm[p]) != section:
            close()
            doc, section = index.passage_doc[p], (index.passage_doc[p], index.section_norm[p])
        first = sentences[0]
        if _NUMBERED.match(first):
            close()
            if "|" in first:  # a table row: one item of cells
                naming, fields = _row(first.split("|"), p, 0)
                current = [naming[0] if naming else first, naming[1:], fields, p]
                close()
                continue
            heading, *clauses = _CLAUSE_FIELD.split(first)
            current = [heading, [], [], p]
            if clauses:  # 1.3月,视察某某情况,牵头领导:某某: the fields told in the heading's own sentence
                month = _HEADING_MONTH.match(heading)
                if month:
                    current[2].append(("time", month.group(1), p, 0))
                _add_fields(current, clauses, p, 0)
            rest = list(enumerate(sentences))[1:]
        elif current is not None and _FIELD.match(first) and not _GROUP_HEADING.match(first):
            rest = list(enumerate(sentences))
        else:
            close()
            continue
        for s, sentence in rest:
            _add_fields(current, _CLAUSE_FIELD.split(sentence), p, s)
    close()
    return items


def _add_fields(current: list, clauses: list[str], p: int, s: int) -> None:
    """Adds to an item being read the clauses of one sentence: each opening with a label a field, any other
    its naming words."""
    for clause in clauses:
        field = _FIELD.match(clause)
        if field is None:
            current[1].append(clause)
            continue
        kind = _kind(field.group(1))
        if _NAMING_LABEL.search(field.group(1)) and kind == field.group(1):
            current[1].append(field.group(2))
        current[2].append((kind, field.group(2), p, s))


def _items(index) -> dict[int, list[FieldItem]]:  # noqa: ANN001 - a PassageIndex
    found = index.__dict__.get("_field_items")
    if found is None:
        found = index.__dict__["_field_items"] = _read(index)
    return found


def field_items(index, doc: int) -> list[FieldItem]:  # noqa: ANN001 - a PassageIndex
    """The field-line items of document ``doc``, read once per index."""
    return _items(index).get(doc, [])


def documents_with_items(index) -> set[int]:  # noqa: ANN001 - a PassageIndex
    """The documents holding any field-line item (read once per index)."""
    return set(_items(index))


def item_heading(index, p: int) -> str:  # noqa: ANN001 - a PassageIndex
    """The heading of the item whose field line passage ``p`` is, when it stands in a paragraph of its own below
    the heading ('' for any other passage): the words its field lines tell of (前期调研:… of 2.推进某某工作)."""
    headed = index.__dict__.get("_item_headed")
    if headed is None:
        headed = index.__dict__["_item_headed"] = {
            field_p: item.heading for items in _items(index).values() for item in items
            for *_, field_p, _ in item.fields if field_p != item.first}
    return headed.get(p, "")


def item_body(index, p: int) -> str:  # noqa: ANN001 - a PassageIndex
    """The whole item passage ``p`` belongs to, its heading or one of its field lines, as one text ('' for any
    other passage): a line of the item answers of what its other lines tell (六月的专题协商会 of 时间:6月, 八月那个
    常委会议谁牵头 of 牵头单位:… under an item whose 时间 is 8月)."""
    bodies = index.__dict__.get("_item_bodies")
    if bodies is None:
        bodies = index.__dict__["_item_bodies"] = {}
        for items in _items(index).values():
            for item in items:
                text = item.heading + "".join(value for _, value, *_ in item.fields)
                for passage in {item.first, *(field_p for *_, field_p, _ in item.fields)}:
                    bodies[passage] = text
    return bodies.get(p, "")


def field_fact(item: FieldItem, kind: str, asked: re.Pattern | None = None) -> list[tuple[str, int, int, str]]:
    """The facts of ``kind`` an item tells, each with its passage, sentence and the field line telling it:
    a field of that kind whose value tells what ``asked`` (if given) needs, a body taking part told after the lead
    (partner), a proposal's number (number)."""
    found = []
    for field_kind, value, p, s in item.fields:
        if field_kind == kind and asked is not None and not asked.search(value):
            continue  # 几月 of an item of a quarter (二季度), 几号 of one of a month: not told
        if field_kind == kind:
            found.append((value, p, s, value))
        elif kind == "partner" and field_kind == "lead":
            found.extend((m.group(1), p, s, value) for m in _PARTNER_CLAUSE.finditer(value))
    if kind == "topic":  # the heading's words, without its number or its form's label (29.远程协商:推进…)
        found.append((_TOPIC.sub("", item.heading).rstrip("。"), item.first, 0, item.heading))
    if kind == "number" and (number := _NUMBER.search(item.heading)):
        found.append((number.group(0), item.first, 0, item.heading))
    return found
