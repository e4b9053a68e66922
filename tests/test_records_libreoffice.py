"""The 履职档案's files open in LibreOffice (headless conversion) with their numbers intact.

Skipped when LibreOffice is not installed, as tests/test_export_libreoffice.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot import texts
from bot.config import RecordsSettings
from bot.records.docx import write_member_docx, write_report_docx
from bot.records.scoring import Fact, Person, build
from bot.records.xlsx import write_records_xlsx
from tests.test_export_libreoffice import SOFFICE, convert

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
WEIGHTS = RecordsSettings()


def _records():
    li = Person(1, 2001, "李四", "经济界", "经济委员会", "=1+1 公司")
    facts = [Fact(date(2026, 3, 5), "event", "study", "attended", "理论学习会", 1),
             Fact(date(2026, 4, 1), "submission", "民生关切", "", "关于加装电梯的建议", 2),
             Fact(date(2026, 5, 1), "adoption", "adopted_city", "", "关于加装电梯的建议", 2)]
    wang = Person(2, 2002, "王五", "教育界", "", "")
    return [build(li, 2026, 2026, facts, WEIGHTS), build(wang, 2026, 2026, [], WEIGHTS)]


def test_the_committee_xlsx_opens_with_points_and_formula_like_text_as_text(tmp_path):
    path = tmp_path / "records.xlsx"
    write_records_xlsx(_records(), path, WEIGHTS, ("经济委员会",))
    text = convert(path, "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path).read_text("utf-8")
    assert text.startswith(",".join(texts.RECORD_XLSX_HEAD))
    assert "李四,经济界,经济委员会,=1+1 公司" in text and ",12,不称职," in text


def test_the_report_and_the_member_docx_open(tmp_path):
    report = tmp_path / "report.docx"
    write_report_docx(_records(), report, WEIGHTS, "青岛市政协", 2026, date(2026, 12, 1), ("经济委员会",))
    assert texts.RECORD_REPORT_TITLE.format(year=2026) in convert(report, "txt:Text", tmp_path).read_text("utf-8")
    one = tmp_path / "one.docx"
    write_member_docx(_records()[0], one, WEIGHTS, "青岛市政协", date(2026, 12, 1))
    assert "全年积分 12 分" in convert(one, "txt:Text", tmp_path / "b").read_text("utf-8")
