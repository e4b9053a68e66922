"""Word documents of the 履职档案: the committee's 年度履职情况通报 and one member's 履职档案.

Laid out like the submissions compilation (bot/export/docx.py, whose page, styles, footer
and centred title lines are reused): a title page, then 一、总体情况, 二、各专委会履职情况 (a
table each), 三、积分排名前列的委员, 四、未达到履职基本要求的委员. The tables are small
(one row per member), so python-docx builds them directly.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from bot import texts
from bot.config import RecordsSettings
from bot.export.cells import xml_safe
from bot.export.docx import BODY_FONT, _centered, _style, new_document
from bot.export.records import date_label
from bot.records.scoring import MemberRecord, fact_label, fact_points, points_label

TABLE_STYLE = "RecordTable"
TOP = 10


def _document(title: str, committee: str):  # noqa: ANN202
    document = new_document(title, committee)
    style = document.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    _style(document, TABLE_STYLE, BODY_FONT, 10.5, first_line_chars=0)
    style.paragraph_format.line_spacing = 1.0
    return document


def _cell(text: object, bold: bool = False) -> str:
    run_props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="{TABLE_STYLE}"/>'
            f'</w:pPr><w:r>{run_props}<w:t xml:space="preserve">{escape(xml_safe(str(text)))}</w:t></w:r></w:p></w:tc>')


def _table(document, header: tuple[str, ...] | list[str], rows: list[list[object]]) -> None:  # noqa: ANN001
    """A bordered table, written as WordprocessingML in one piece: python-docx's cell-by-cell API
    takes seconds for a few thousand cells (each `cell.text` searches the table)."""
    grid = "".join('<w:gridCol w:w="0"/>' for _ in header)
    body = ["<w:tr>" + "".join(_cell(h, bold=True) for h in header) + "</w:tr>"]
    body += ["<w:tr>" + "".join(_cell(v) for v in values) + "</w:tr>" for values in rows]
    xml = (f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>'
           f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(body)}</w:tbl>')
    document.styles["Table Grid"]  # noqa: B018 - the default template's style the XML names by id
    body_element = document.element.body
    body_element.insert(len(body_element) - 1, parse_xml(xml))  # before the section properties


def _member_row(index: int, r: MemberRecord) -> list[object]:
    t = r.tally
    return [index, r.person.name, r.person.sector, t.attended, t.on_leave, t.absent, t.submissions, t.adopted,
            t.instructions, points_label(t.points), r.grade]


def write_report_docx(records: list[MemberRecord], path: str | Path, weights: RecordsSettings, committee: str,
                      year: int, made_on: date, committees: tuple[str, ...] = (), scope: str | None = None) -> None:
    """年度履职情况通报 of the members given (the committee, or one 专委会 / 界别 when `scope` names it)."""
    title = texts.RECORD_REPORT_TITLE.format(year=year)
    document = _document(title, committee)
    _centered(document, committee, 22, bold=True, before=120, after=24)
    _centered(document, title, 26, bold=True, after=48)
    if scope:
        _centered(document, texts.RECORD_REPORT_SCOPE.format(scope=scope), 16, font=BODY_FONT, after=12)
    _centered(document, texts.RECORD_REPORT_COUNT.format(count=len(records)), 16, font=BODY_FONT, after=96)
    _centered(document, texts.EXPORT_DOCX_MADE.format(committee=committee, date=date_label(made_on)), 14,
              font=BODY_FONT)

    total = dict.fromkeys(("attended", "leave", "absent", "submissions", "adopted", "instructions", "manual"), 0)
    for r in records:
        t = r.tally
        for key, value in (("attended", t.attended), ("leave", t.on_leave), ("absent", t.absent),
                           ("submissions", t.submissions), ("adopted", t.adopted), ("instructions", t.instructions),
                           ("manual", sum(t.manual.values()))):
            total[key] += value
    grades = Counter(r.grade for r in records)
    average = sum(r.tally.points for r in records) / len(records) if records else 0.0
    heading = document.add_heading(texts.RECORD_REPORT_OVERALL, level=2)
    heading.paragraph_format.page_break_before = True
    document.add_paragraph(texts.RECORD_REPORT_OVERALL_TEXT.format(
        year=year, count=len(records), average=f"{average:.1f}", **total))
    names = list(weights.grades) + [weights.lowest_grade]
    document.add_paragraph(texts.RECORD_REPORT_GRADES.format(
        grades="，".join(texts.RECORD_REPORT_GRADE_ITEM.format(grade=g, n=grades[g]) for g in names)))

    document.add_heading(texts.RECORD_REPORT_BY_COMMITTEE, level=2)
    groups: dict[str, list[MemberRecord]] = {name: [] for name in committees}
    for r in records:
        groups.setdefault(r.person.committee or texts.RECORD_NO_COMMITTEE, []).append(r)
    for name, rows in groups.items():
        if not rows:
            continue
        points = sum(r.tally.points for r in rows) / len(rows)
        document.add_paragraph(texts.RECORD_REPORT_COMMITTEE_LINE.format(
            committee=name, count=len(rows), average=f"{points:.1f}"), style=TABLE_STYLE).runs[0].bold = True
        ordered = sorted(rows, key=lambda r: -r.tally.points)
        _table(document, texts.RECORD_REPORT_COLUMNS, [_member_row(i, r) for i, r in enumerate(ordered, 1)])

    document.add_heading(texts.RECORD_REPORT_TOP.format(n=TOP), level=2)
    top = sorted(records, key=lambda r: (-r.tally.points, r.person.name))[:TOP]
    _table(document, texts.RECORD_REPORT_COLUMNS, [_member_row(i, r) for i, r in enumerate(top, 1)])

    document.add_heading(texts.RECORD_REPORT_BELOW, level=2)
    below = [r for r in records if r.missing]
    if below:
        _table(document, texts.RECORD_REPORT_BELOW_COLUMNS,
               [[i, r.person.name, r.person.committee, points_label(r.tally.points), "；".join(r.missing)]
                for i, r in enumerate(below, 1)])
    else:
        document.add_paragraph(texts.RECORD_REPORT_NONE_BELOW)
    document.save(str(path))


def write_member_docx(record: MemberRecord, path: str | Path, weights: RecordsSettings, committee: str,
                      made_on: date) -> None:
    """One member's 履职档案 of a year: who, the counts, points and grade, then every entry."""
    p, t = record.person, record.tally
    title = texts.RECORD_MEMBER_DOC_TITLE.format(year=record.year)
    document = _document(title, committee)
    _centered(document, committee, 18, bold=True, before=24, after=12)
    _centered(document, title, 22, bold=True, after=24)
    _table(document, texts.RECORD_MEMBER_DOC_INFO, [[p.name, p.sector, p.committee, p.unit]])
    document.add_heading(texts.RECORD_MEMBER_DOC_SUMMARY, level=2)
    ratio = t.read_ratio
    _table(document, texts.RECORD_MEMBER_DOC_COUNTS, [[
        t.attended, t.on_leave, t.absent, t.submissions, t.cosigned + t.seconded, t.adopted, t.instructions,
        t.in_issue, "—" if ratio is None else f"{ratio:.0%}", sum(t.manual.values())]])
    document.add_paragraph(texts.RECORD_MEMBER_DOC_POINTS.format(points=points_label(t.points), grade=record.grade))
    for line in record.missing:
        document.add_paragraph(line)
    document.add_heading(texts.RECORD_MEMBER_DOC_ENTRIES, level=2)
    rows = []
    for fact in record.facts:
        kind, content, result = fact_label(fact)
        rows.append([fact.day.isoformat(), kind, content, result, points_label(fact_points(fact, weights))])
    _table(document, texts.RECORD_XLSX_DETAIL_COLUMNS[3:], rows)
    document.add_paragraph(texts.EXPORT_DOCX_MADE.format(committee=committee, date=date_label(made_on)))
    document.save(str(path))
