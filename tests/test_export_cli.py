"""`run_bot.py export`, checked from outside: the year in every format, an issue, bad arguments.

The database is filled through the real bot (the submissions service, the issues service);
the command runs in its own process on the same SQLite file, as an operator would run it.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import docx
import openpyxl
import pytest

from bot import texts
from tests.conftest import ADMIN_ID, register
from tests.test_export_bot import file_by_service
from tests.test_export_issues_bot import TITLES, adopt

ROOT = Path(__file__).resolve().parent.parent


def cli(database_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_URL", "ADMIN_IDS"))}
    env["DATABASE_URL"] = database_url
    return subprocess.run([sys.executable, "run_bot.py", "export", *args], cwd=ROOT, capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.fixture
async def filled(bot_factory, sqlite_url):
    """Three filed items, all adopted; the first two published in 2026年第12期 (second first), the third
    in the draft 2026年第13期."""
    bot = await bot_factory()
    ids = []
    for i, title in enumerate(TITLES):
        await register(bot, 2001 + i, ["李四", "王五", "赵六"][i])
        ids.append(await file_by_service(bot, 2001 + i, title))
        await adopt(bot, ids[-1])
    issues = bot.services.issues
    iid = (await issues.create(ADMIN_ID, 2026, 12)).id
    for number in ("SQMY-2026-0002", "SQMY-2026-0001"):
        await issues.add_by_number(ADMIN_ID, iid, number)
    await issues.publish(ADMIN_ID, iid)
    draft = (await issues.create(ADMIN_ID, 2026, 13)).id
    await issues.add_by_number(ADMIN_ID, draft, "SQMY-2026-0003")
    return sqlite_url


async def test_cli_exports_the_year_in_every_format_and_each_file_opens(filled, tmp_path):
    for fmt in ("xlsx", "csv", "docx"):
        out = tmp_path / f"year.{fmt}"
        result = cli(filled, "--format", fmt, "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(out))
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == texts.EXPORT_CLI_DONE.format(
            count=3, period="2026年1月1日至2026年12月31日", path=out)
        if fmt == "xlsx":
            rows = list(openpyxl.load_workbook(out)[texts.EXPORT_SHEET_DATA].iter_rows(values_only=True))
            assert [r[8] for r in rows[1:]] == TITLES and rows[1][14] == "市政协采用"
        elif fmt == "csv":
            rows = list(csv.reader(out.open(encoding="utf-8-sig")))
            assert [r[8] for r in rows[1:]] == TITLES
        else:
            text = [p.text for p in docx.Document(out).paragraphs]
            assert [t for t in text if t in TITLES] == TITLES


async def test_cli_filters_by_status_and_says_how_many(filled, tmp_path):
    out = tmp_path / "none.csv"
    result = cli(filled, "--status", "已提交", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("已导出 0 条")
    assert len(list(csv.reader(out.open(encoding="utf-8-sig")))) == 1


async def test_cli_regenerates_a_published_issue_in_print_order(filled, tmp_path):
    out = tmp_path / "issue.docx"
    result = cli(filled, "--issue", "2026-12", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == texts.EXPORT_CLI_ISSUE_DONE.format(issue="2026年第12期", count=2, path=out)
    lines = [p.text for p in docx.Document(out).paragraphs]
    toc = lines.index(texts.ISSUE_TOC)
    assert lines[toc + 1:toc + 3] == [f"1. {TITLES[1]}（SQMY-2026-0002）", f"2. {TITLES[0]}（SQMY-2026-0001）"]


async def test_cli_writes_a_draft_issue_too_as_a_proof(filled, tmp_path):
    out = tmp_path / "draft.docx"
    result = cli(filled, "--issue", "2026年第13期", "--out", str(out))
    assert result.returncode == 0, result.stderr
    lines = [p.text for p in docx.Document(out).paragraphs]
    assert lines[lines.index(texts.ISSUE_TOC) + 1] == f"1. {TITLES[2]}（SQMY-2026-0003）"


@pytest.mark.parametrize("args, said", [
    (["--format", "pdf", "--out", "x.pdf"], texts.EXPORT_FORMAT_BAD.format(value="pdf")),
    (["--format", "xlsx", "--from", "2026-13-01", "--out", "x.xlsx"],
     texts.EXPORT_PERIOD_BAD_DATE.format(value="2026-13-01")),
    (["--format", "xlsx", "--status", "已完成", "--out", "x.xlsx"], texts.EXPORT_STATUS_BAD.format(value="已完成")),
    (["--format", "xlsx"], texts.EXPORT_CLI_NO_OUT),
    (["--out", "noextension"], texts.EXPORT_CLI_NO_FORMAT),
    (["--issue", "2026-99", "--out", "i.docx"], texts.EXPORT_ISSUE_NOT_FOUND.format(issue="2026年第99期")),
    (["--issue", "第十二期", "--out", "i.docx"], texts.EXPORT_ISSUE_BAD.format(value="第十二期")),
    (["--format", "csv", "--out", "/nonexistent-dir/x.csv"],
     texts.EXPORT_CLI_OUT_DIR.format(path="/nonexistent-dir/x.csv")),
    (["--format"], texts.EXPORT_CLI_BAD_ARGS.format(detail="")),
], ids=["format", "date", "status", "no-out", "no-format", "no-issue", "bad-issue", "no-dir", "argparse"])
def test_cli_bad_arguments_are_told_in_chinese_with_exit_code_2(sqlite_url, tmp_path, args, said):
    args = [str(tmp_path / a) if a in ("x.pdf", "x.xlsx", "noextension", "i.docx") else a for a in args]
    said = said.replace("x.pdf", str(tmp_path / "x.pdf"))
    result = cli(sqlite_url, *args)
    assert result.returncode == 2
    assert said.split("：")[0] in result.stderr
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.glob("i.*"))
