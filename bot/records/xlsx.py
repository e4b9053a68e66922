"""The committee's 履职档案 as XLSX: 履职汇总 (one row per member), a sheet per 专委会, 明细 (every
entry of every member) and 积分规则 (the weights the points were computed with).

xlsxwriter with its shared-string table (not constant_memory): the 明细 sheet repeats the same
names, types and titles tens of thousands of times, and inline strings made the file 40 %
slower to write (measured: 500 members × a year, 11 s → 7 s on the loaded 2-core machine) for
memory that stays under 200 MB. Every text cell goes through bot/export/cells.py (stored as a
string: a name like "=1+1" never runs).
"""

from __future__ import annotations

import re
from pathlib import Path

import xlsxwriter

from bot import texts
from bot.config import RecordsSettings
from bot.export.cells import cell_text, write_text
from bot.records.scoring import EVENT_KINDS, MemberRecord, fact_label, fact_points

_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


def summary_columns() -> list[str]:
    head = list(texts.RECORD_XLSX_HEAD)
    for kind in EVENT_KINDS:
        name = texts.EVENT_KIND_NAMES[kind]
        head += [texts.RECORD_XLSX_EVENT_COLUMN.format(kind=name, outcome=texts.RECORD_OUTCOME_SHORT[o])
                 for o in ("attended", "leave", "absent")]
    return head + list(texts.RECORD_XLSX_TAIL)


def summary_values(record: MemberRecord) -> list[object]:
    """One member's row, in the order of summary_columns()."""
    p, t = record.person, record.tally
    row: list[object] = [p.name, p.sector, p.committee, p.unit]
    for kind in EVENT_KINDS:
        row += [t.events[(kind, "attended")], t.events[(kind, "leave_approved")] + t.events[(kind, "leave")],
                t.events[(kind, "absent")]]
    ratio = t.read_ratio
    row += [t.attended, t.on_leave, t.absent, t.submissions, t.cosigned, t.seconded, t.adopted_city,
            t.adopted_province, t.adopted_national, t.instructions, t.in_issue, t.notices, t.notices_read,
            "" if ratio is None else round(ratio, 3), t.questions, sum(t.manual.values()), t.points, record.grade,
            "；".join(record.missing)]
    return row


def sheet_name(name: str, used: set[str]) -> str:
    base = _SHEET_BAD.sub("_", name)[:28] or "_"
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base[:26]}{n}", n + 1
    used.add(candidate)
    return candidate


def write_records_xlsx(records: list[MemberRecord], path: str | Path, weights: RecordsSettings,
                       committees: tuple[str, ...] = ()) -> None:
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": False, "strings_to_formulas": False,
                                               "strings_to_urls": False})
    bold = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#F2F2F2",
                                "border": 1})
    ratio = workbook.add_format({"num_format": "0.0%"})
    columns = summary_columns()
    ratio_col = columns.index(texts.RECORD_XLSX_READ_RATIO)
    used: set[str] = set()

    def summary_sheet(title: str, rows: list[MemberRecord]) -> None:
        sheet = workbook.add_worksheet(sheet_name(title, used))
        for col, name in enumerate(columns):
            write_text(sheet, 0, col, name, bold)
        sheet.freeze_panes(1, 1)
        sheet.set_column(0, 0, 10)
        sheet.set_column(1, 3, 14)
        sheet.set_column(len(columns) - 1, len(columns) - 1, 40)
        for r, record in enumerate(rows, start=1):
            for col, value in enumerate(summary_values(record)):
                if isinstance(value, str):
                    write_text(sheet, r, col, value)
                else:
                    sheet.write_number(r, col, value, ratio if col == ratio_col else None)
        sheet.autofilter(0, 0, max(len(rows), 1), len(columns) - 1)

    summary_sheet(texts.RECORD_XLSX_SUMMARY_SHEET, records)
    groups: dict[str, list[MemberRecord]] = {name: [] for name in committees}
    for record in records:
        groups.setdefault(record.person.committee or texts.RECORD_NO_COMMITTEE, []).append(record)
    for name, rows in groups.items():
        if rows:
            summary_sheet(name, rows)

    detail = workbook.add_worksheet(sheet_name(texts.RECORD_XLSX_DETAIL_SHEET, used))
    for col, name in enumerate(texts.RECORD_XLSX_DETAIL_COLUMNS):
        write_text(detail, 0, col, name, bold)
    detail.freeze_panes(1, 0)
    detail.set_column(3, 3, 12)
    detail.set_column(5, 5, 40)
    r = 1
    for record in records:
        p = record.person
        # The member's three cells are cleaned once, then written for each of their entries.
        who = [cell_text(v) for v in (p.name, p.sector, p.committee)]
        for fact in record.facts:
            kind, content, result = fact_label(fact)
            for col, value in enumerate(who):
                detail.write_string(r, col, value)
            for col, value in enumerate((fact.day.isoformat(), kind, content, result), start=3):
                write_text(detail, r, col, value)
            detail.write_number(r, 7, fact_points(fact, weights))
            r += 1

    rules = workbook.add_worksheet(sheet_name(texts.RECORD_XLSX_RULES_SHEET, used))
    rules.set_column(0, 0, 24)
    for row, (label, value) in enumerate(rule_lines(weights)):
        write_text(rules, row, 0, label, bold if row == 0 else None)
        if isinstance(value, str):
            write_text(rules, row, 1, value, bold if row == 0 else None)
        else:
            rules.write_number(row, 1, value)
    workbook.close()


def rule_lines(weights: RecordsSettings) -> list[tuple[str, object]]:
    """(what, points) of every weight, then the grades and the minimums."""
    w = weights
    lines: list[tuple[str, object]] = [texts.RECORD_RULES_HEADER]
    lines += [(texts.RECORD_RULE_ATTEND.format(kind=texts.EVENT_KIND_NAMES.get(k, k)), v) for k, v in w.attend.items()]
    for key in ("leave_approved", "leave", "absent", "submission", "cosign", "second", "adopted_city",
                "adopted_province", "adopted_national", "instruction", "in_issue", "notice_read", "question"):
        lines.append((texts.RECORD_RULE_NAMES[key], getattr(w, key)))
    lines += [(texts.RECORD_RULE_MANUAL.format(kind=k), v) for k, v in w.manual.items()]
    lines += [(texts.RECORD_RULE_GRADE.format(grade=g), v) for g, v in w.grades.items()]
    lines += [(texts.RECORD_RULE_PASS_LINE, w.pass_line), (texts.RECORD_RULE_MIN_SUBMISSIONS, w.min_submissions),
              (texts.RECORD_RULE_MIN_ATTENDED, w.min_attended)]
    return lines
