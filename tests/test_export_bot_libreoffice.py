"""The files the bot sends open in LibreOffice: each is converted to PDF headless.

Skipped when LibreOffice (soffice) is not installed. One conversion run for all four files
(the year as Excel, CSV and Word from /export, and a published issue), with a private profile.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from bot import texts
from tests.conftest import ADMIN_ID
from tests.test_export_bot import export, sent_file
from tests.test_export_issues_bot import adopted  # noqa: F401 (the fixture)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


async def test_every_file_the_bot_sends_converts_to_pdf_with_its_content(adopted, tmp_path):
    from pypdf import PdfReader

    bot, admin = adopted
    files = {}
    for fmt, ext in (("Excel", "xlsx"), ("CSV", "csv"), ("Word", "docx")):
        files[f"year-{ext}.{ext}"] = sent_file(bot, await export(admin, fmt=fmt))
    issues = bot.services.issues
    iid = (await issues.create(ADMIN_ID, 2026, 12)).id
    for number in ("SQMY-2026-0003", "SQMY-2026-0001", "SQMY-2026-0002"):
        await issues.add_by_number(ADMIN_ID, iid, number)
    await admin.send("/issues")
    await admin.press(texts.ISSUE_LIST_LINE.format(issue="2026年第12期", status="草稿", count=3))
    await admin.press(texts.ISSUE_BTN_PUBLISH)
    await admin.press(texts.ISSUE_BTN_CONFIRM)
    files["issue.docx"] = sent_file(bot, next(r for r in reversed(admin.replies()) if r.document))
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    out = tmp_path / "pdf"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), *(str(tmp_path / n) for n in files)],
                   check=True, capture_output=True, timeout=180)
    for name in files:
        pdf = out / (name.rsplit(".", 1)[0] + ".pdf")
        assert pdf.exists(), f"LibreOffice could not open {name}"
        text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
        assert "SQMY-2026-0003" in text, name
    issue_pages = PdfReader(out / "issue.pdf").pages
    assert len(issue_pages) == 4 and "SQMY-2026-0003" in issue_pages[1].extract_text()
