"""Every export format opens in LibreOffice (headless conversion) with its content intact.

Skipped when LibreOffice is not installed (`apt-get install libreoffice-writer-nogui
libreoffice-calc-nogui`). Each test converts one file with a private profile, so the
tests do not share LibreOffice's lock.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import openpyxl
import pytest

from bot import texts
from bot.export.csv_export import write_csv
from bot.export.docx import IssueInfo, write_docx, write_issue_docx
from bot.export.xlsx import write_xlsx
from tests.test_export_files import INJECTIONS, TZ, rec

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def convert(source: Path, target: str, tmp_path: Path, infilter: str | None = None) -> Path:
    out = tmp_path / "converted"
    command = [SOFFICE, f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", target, "--outdir", str(out), str(source)]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    produced = list(out.iterdir())
    assert len(produced) == 1, f"LibreOffice made nothing from {source.name}"
    return produced[0]


def test_xlsx_opens_in_libreoffice_with_chinese_dates_and_formula_like_text_as_text(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx([rec(1), rec(2, **INJECTIONS)], path, TZ, committee="青岛市政协", period_label="2026年")
    text = convert(path, "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path).read_text("utf-8")
    assert text.startswith(",".join([texts.EXPORT_COL_NUMBER, texts.EXPORT_COL_FILED_AT]))
    assert "SQMY-2026-0001,2026-04-01 00:30,张三,医药卫生界" in text
    # Stored as text, shown as typed: not run (a run HYPERLINK would show only 点我), no apostrophe added.
    assert "+86 532 1234" in text and "@SUM(A1:A9)" in text and '=HYPERLINK(""http://x""' in text
    assert "'+86" not in text and "'=" not in text and "'@" not in text


def test_csv_opens_in_libreoffice_as_utf8_with_every_column(tmp_path):
    path = tmp_path / "out.csv"
    write_csv([rec(1, **INJECTIONS)], path, TZ)
    book = openpyxl.load_workbook(convert(path, "xlsx", tmp_path, infilter="CSV:44,34,76,1"))
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0][:3] == (texts.EXPORT_COL_NUMBER, texts.EXPORT_COL_FILED_AT, texts.EXPORT_COL_MEMBER)
    assert rows[1][8] == "'" + INJECTIONS["title"]


def test_compilation_docx_opens_in_libreoffice(tmp_path):
    path = tmp_path / "out.docx"
    write_docx([rec(1), rec(2)], path, TZ, committee="青岛市政协", period_label="2026年")
    text = convert(path, "txt:Text (encoded):UTF8", tmp_path).read_text("utf-8-sig")
    for line in ("社情民意信息汇编", "共 2 篇", "编号：SQMY-2026-0002", "反映人：张三（医药卫生界，青岛市市立医院）",
                 texts.EXPORT_DOCX_SITUATION, texts.EXPORT_DOCX_PROBLEM, texts.EXPORT_DOCX_SUGGESTION):
        assert line in text


def test_issue_docx_renders_to_pdf_in_libreoffice(tmp_path):
    path = tmp_path / "issue.docx"
    write_issue_docx(IssueInfo(2026, 12, datetime(2026, 11, 20, 2, tzinfo=timezone.utc), [rec(1), rec(2), rec(3)]),
                     path, TZ, "青岛市政协")
    from pypdf import PdfReader

    pages = PdfReader(convert(path, "pdf", tmp_path)).pages
    assert len(pages) == 4   # masthead and contents, then one page per item
    assert "2026" in pages[0].extract_text() and "SQMY-2026-0003" in pages[3].extract_text()
