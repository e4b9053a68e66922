"""XLSX, CSV and the Word compilation, opened again with openpyxl, csv and python-docx and read back."""

from __future__ import annotations

import csv
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import docx
import openpyxl
import pytest

from bot import texts
from bot.export.csv_export import write_csv
from bot.export.docx import write_docx
from bot.export.records import HEADERS, STATUS_ORDER, SubmissionRecord
from bot.export.xlsx import write_xlsx

TZ = ZoneInfo("Asia/Shanghai")
CATEGORIES = ("经济建设", "政治建设", "文化建设", "社会建设", "生态文明", "民生关切", "其他")
MADE = datetime(2026, 11, 2, 1, 0, tzinfo=timezone.utc)


def rec(i: int = 1, **changes) -> SubmissionRecord:
    values = dict(
        number=f"SQMY-2026-{i:04d}",
        filed_at=datetime(2026, 3, 31, 16, 30, 5, tzinfo=timezone.utc),   # 2026-04-01 00:30:05 in Shanghai
        member_name="张三", sector="医药卫生界", special_committee="教科卫体委员会", unit="青岛市市立医院",
        co_signers=("李四", "王五"), category="民生关切", title="关于老旧小区加装电梯的建议",
        situation="我市现有老旧小区约两千个。\n多数没有电梯，老人上下楼困难。",
        problem="资金分摊难，协调难。", suggestion="一是加大财政补贴；二是简化审批流程。",
        characters=48, seconds_count=3, status="市政协采用", adoption_levels=("市政协", "省政协"),
        instructions="副市长王某某批示：请市住建局研究落实。", last_note="已转市住建局", attachments_count=2,
    )
    values.update(changes)
    return SubmissionRecord(**values)


INJECTIONS = dict(title="=HYPERLINK(\"http://x\",\"点我\")", unit="+86 532 1234", situation="-2+3 的问题",
                  last_note="@SUM(A1:A9)", member_name="\t王六", instructions="\rcmd|' /C calc'!A0")


# --- XLSX ---------------------------------------------------------------------------


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx([rec(1), rec(2, status="已受理", category="其他", sector="教育界",
                        filed_at=datetime(2026, 4, 30, 15, 59, 59, tzinfo=timezone.utc))],
               path, TZ, committee="青岛市政协", period_label="2026年", categories=CATEGORIES)
    return openpyxl.load_workbook(path)


def test_xlsx_has_the_data_sheet_then_the_summary(workbook):
    assert workbook.sheetnames == [texts.EXPORT_SHEET_DATA, texts.EXPORT_SHEET_SUMMARY]


def test_xlsx_header_is_bold_frozen_filtered_and_in_column_order(workbook):
    ws = workbook[texts.EXPORT_SHEET_DATA]
    assert [c.value for c in ws[1]] == list(HEADERS)
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:S3"
    assert ws.column_dimensions["J"].width > 50 and ws.column_dimensions["A"].width >= 15


def test_xlsx_row_holds_every_value_cell_by_cell(workbook):
    ws = workbook[texts.EXPORT_SHEET_DATA]
    row = [c.value for c in ws[2]]
    assert row == [
        "SQMY-2026-0001", datetime(2026, 4, 1, 0, 30, 5), "张三", "医药卫生界", "教科卫体委员会", "青岛市市立医院",
        "李四、王五", "民生关切", "关于老旧小区加装电梯的建议", "我市现有老旧小区约两千个。\n多数没有电梯，老人上下楼困难。",
        "资金分摊难，协调难。", "一是加大财政补贴；二是简化审批流程。", 48, 3, "市政协采用", "市政协、省政协",
        "副市长王某某批示：请市住建局研究落实。", "已转市住建局", 2,
    ]


def test_xlsx_dates_are_real_dates_in_the_committee_zone(workbook):
    cell = workbook[texts.EXPORT_SHEET_DATA]["B3"]
    assert cell.is_date
    assert cell.value == datetime(2026, 4, 30, 23, 59, 59)   # last second of April in Shanghai
    assert "yy" in cell.number_format


def test_xlsx_long_texts_wrap(workbook):
    ws = workbook[texts.EXPORT_SHEET_DATA]
    assert ws["J2"].alignment.wrap_text and ws["I2"].alignment.wrap_text


def summary_rows(ws) -> list[tuple]:
    return [tuple(c.value for c in row[:2]) for row in ws.iter_rows()]


def section(rows: list[tuple], heading: str) -> dict:
    start = rows.index((heading, texts.EXPORT_SUMMARY_COUNT)) + 1
    out = {}
    for name, count in rows[start:]:
        if name is None:
            break
        out[name] = count
    return out


def test_xlsx_summary_counts_by_status_category_sector_and_month(workbook):
    rows = summary_rows(workbook[texts.EXPORT_SHEET_SUMMARY])
    assert rows[0][0] == texts.EXPORT_SUMMARY_TITLE.format(committee="青岛市政协")
    assert rows[1][0] == texts.EXPORT_SUMMARY_PERIOD.format(period="2026年")
    assert rows[2] == (texts.EXPORT_SUMMARY_TOTAL, 2)
    by_status = section(rows, texts.EXPORT_SUMMARY_BY_STATUS)
    assert list(by_status) == list(STATUS_ORDER)
    assert by_status["市政协采用"] == 1 and by_status["已受理"] == 1 and sum(by_status.values()) == 2
    assert section(rows, texts.EXPORT_SUMMARY_BY_CATEGORY) == {c: {"民生关切": 1, "其他": 1}.get(c, 0)
                                                               for c in CATEGORIES}
    assert section(rows, texts.EXPORT_SUMMARY_BY_SECTOR) == {"医药卫生界": 1, "教育界": 1}
    # Months in Shanghai: 2026-04-01 00:30 and 2026-04-30 23:59:59 are both April.
    assert section(rows, texts.EXPORT_SUMMARY_BY_MONTH) == {"2026年04月": 2}


def test_xlsx_stores_formula_like_text_as_text_unaltered(tmp_path):
    path = tmp_path / "evil.xlsx"
    write_xlsx([rec(1, **INJECTIONS)], path, TZ)
    ws = openpyxl.load_workbook(path)[texts.EXPORT_SHEET_DATA]
    cells = {c.column_letter: c for c in ws[2]}
    expected = {"I": INJECTIONS["title"], "F": INJECTIONS["unit"], "J": INJECTIONS["situation"],
                "R": INJECTIONS["last_note"], "C": INJECTIONS["member_name"],
                "Q": "\n" + INJECTIONS["instructions"][1:]}   # a cell keeps line breaks as LF
    for column, text in expected.items():
        assert cells[column].value == text
        assert cells[column].data_type == "s"
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)


def test_xlsx_empty_export_has_the_header_and_zero_counts(tmp_path):
    path = tmp_path / "empty.xlsx"
    write_xlsx([], path, TZ, committee="青岛市政协", period_label="2026年11月", categories=CATEGORIES)
    wb = openpyxl.load_workbook(path)
    ws = wb[texts.EXPORT_SHEET_DATA]
    assert ws.max_row == 1 and [c.value for c in ws[1]] == list(HEADERS)
    rows = summary_rows(wb[texts.EXPORT_SHEET_SUMMARY])
    assert rows[2] == (texts.EXPORT_SUMMARY_TOTAL, 0)
    assert set(section(rows, texts.EXPORT_SUMMARY_BY_STATUS).values()) == {0}
    assert section(rows, texts.EXPORT_SUMMARY_BY_CATEGORY) == {c: 0 for c in CATEGORIES}
    assert section(rows, texts.EXPORT_SUMMARY_BY_MONTH) == {}


def test_xlsx_drops_characters_xml_cannot_carry(tmp_path):
    path = tmp_path / "ctl.xlsx"
    write_xlsx([rec(1, title="关于\x01电梯\x0b的建议")], path, TZ)
    assert openpyxl.load_workbook(path)[texts.EXPORT_SHEET_DATA]["I2"].value == "关于电梯的建议"


# --- CSV ----------------------------------------------------------------------------


def read_csv(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def test_csv_starts_with_a_bom_and_has_the_same_columns(tmp_path):
    path = tmp_path / "out.csv"
    write_csv([rec(1)], path, TZ)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(path)
    assert rows[0] == list(HEADERS)
    assert rows[1] == [
        "SQMY-2026-0001", "2026-04-01 00:30:05", "张三", "医药卫生界", "教科卫体委员会", "青岛市市立医院", "李四、王五",
        "民生关切", "关于老旧小区加装电梯的建议", "我市现有老旧小区约两千个。\n多数没有电梯，老人上下楼困难。",
        "资金分摊难，协调难。", "一是加大财政补贴；二是简化审批流程。", "48", "3", "市政协采用", "市政协、省政协",
        "副市长王某某批示：请市住建局研究落实。", "已转市住建局", "2",
    ]


def test_csv_neutralises_every_formula_like_text(tmp_path):
    path = tmp_path / "evil.csv"
    write_csv([rec(1, **INJECTIONS)], path, TZ)
    row = dict(zip(HEADERS, read_csv(path)[1]))
    assert row[texts.EXPORT_COL_TITLE] == "'" + INJECTIONS["title"]
    assert row[texts.EXPORT_COL_UNIT] == "'" + INJECTIONS["unit"]
    assert row[texts.EXPORT_COL_SITUATION] == "'" + INJECTIONS["situation"]
    assert row[texts.EXPORT_COL_LAST_NOTE] == "'" + INJECTIONS["last_note"]
    assert row[texts.EXPORT_COL_MEMBER] == "'" + INJECTIONS["member_name"]
    assert row[texts.EXPORT_COL_INSTRUCTIONS] == "'" + INJECTIONS["instructions"]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in read_csv(path)[1])


def test_csv_empty_export_is_the_header_only(tmp_path):
    path = tmp_path / "empty.csv"
    write_csv([], path, TZ)
    assert read_csv(path) == [list(HEADERS)]


# --- DOCX compilation ---------------------------------------------------------------


@pytest.fixture
def compilation(tmp_path):
    path = tmp_path / "out.docx"
    write_docx([rec(1), rec(2, title="关于治理浒苔的建议", co_signers=(), unit=None, sector="农业界")], path, TZ,
               committee="青岛市政协", period_label="2026年", made_on=MADE)
    return docx.Document(path)


def texts_of(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def test_docx_title_page_names_committee_period_and_count(compilation):
    assert texts_of(compilation)[:5] == [
        "青岛市政协", texts.EXPORT_DOCX_TITLE, texts.EXPORT_DOCX_PERIOD.format(period="2026年"),
        texts.EXPORT_DOCX_COUNT.format(count=2),
        texts.EXPORT_DOCX_MADE.format(committee="青岛市政协", date="2026年11月2日"),
    ]


def test_docx_item_is_laid_out_as_staff_print_it(compilation):
    paragraphs = compilation.paragraphs
    start = texts_of(compilation).index(texts.EXPORT_DOCX_NUMBER.format(number="SQMY-2026-0001"))
    item = [(p.style.name, p.text) for p in paragraphs[start:start + 13]]
    assert item == [
        ("SqmyMeta", "编号：SQMY-2026-0001"),
        ("Heading 1", "关于老旧小区加装电梯的建议"),
        ("SqmyMeta", "反映人：张三（医药卫生界，青岛市市立医院）"),
        ("SqmyMeta", "联名委员：李四、王五"),
        ("SqmyMeta", "报送日期：2026年4月1日"),
        ("Heading 2", texts.EXPORT_DOCX_SITUATION),
        ("Normal", "我市现有老旧小区约两千个。"),
        ("Normal", "多数没有电梯，老人上下楼困难。"),
        ("Heading 2", texts.EXPORT_DOCX_PROBLEM),
        ("Normal", "资金分摊难，协调难。"),
        ("Heading 2", texts.EXPORT_DOCX_SUGGESTION),
        ("Normal", "一是加大财政补贴；二是简化审批流程。"),
        ("SqmyMeta", "编号：SQMY-2026-0002"),
    ]


def test_docx_item_without_unit_or_co_signers_says_only_what_is_known(compilation):
    lines = texts_of(compilation)
    start = lines.index("编号：SQMY-2026-0002")
    assert lines[start + 2] == "反映人：张三（农业界）"
    assert lines[start + 3] == "报送日期：2026年4月1日"


def test_docx_each_item_starts_on_a_new_page(compilation):
    numbered = [p for p in compilation.paragraphs if p.text.startswith("编号：")]
    assert len(numbered) == 2
    assert all(p.paragraph_format.page_break_before for p in numbered)


def test_docx_footer_carries_a_page_number_field_but_not_on_the_title_page(compilation):
    section = compilation.sections[0]
    assert section.different_first_page_header_footer
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and 'w:fldCharType="begin"' in footer_xml
    assert section.footer.paragraphs[0].text.replace("1", "{page}") == texts.EXPORT_DOCX_PAGE
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297


def test_docx_keeps_markup_characters_as_text(tmp_path):
    path = tmp_path / "amp.docx"
    write_docx([rec(1, title="关于<学校>周边 & \x01交通的建议\ud800", situation="=1+1")], path, TZ)
    lines = texts_of(docx.Document(path))
    assert "关于<学校>周边 & 交通的建议" in lines and "=1+1" in lines


def test_docx_empty_compilation_is_a_title_page_saying_zero(tmp_path):
    path = tmp_path / "empty.docx"
    write_docx([], path, TZ, committee="青岛市政协", period_label="2026年11月")
    lines = texts_of(docx.Document(path))
    assert texts.EXPORT_DOCX_COUNT.format(count=0) in lines
    assert not any(line.startswith("编号：") for line in lines)
