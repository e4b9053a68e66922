"""ExportService: streams a source into a file, reports progress, checks the role, leaves no half file."""

from __future__ import annotations

import asyncio
import csv
from datetime import datetime, timedelta, timezone

import docx
import openpyxl
import pytest

from bot import texts
from bot.clock import FrozenClock
from bot.errors import PermissionDenied, UserError
from bot.export.docx import IssueInfo
from bot.export.records import ExportFilter, SubmissionRecord, memory_source
from bot.export.service import ExportService
from bot.members import MembersService
from storage.db import Database
from tests.conftest import ADMIN_ID, START, make_settings


def rec(i: int, filed_at: datetime, status: str = "已提交", category: str = "民生关切") -> SubmissionRecord:
    return SubmissionRecord(
        number=f"SQMY-2026-{i:04d}", filed_at=filed_at, member_name=f"委员{i}", sector="经济界",
        special_committee=None, unit="青岛某公司", co_signers=(), category=category, title=f"关于第{i}件事的建议",
        situation="情况说明。", problem="问题分析。", suggestion="具体建议。", characters=12, seconds_count=0,
        status=status,
    )


# START is 2026-11-02 09:00 in Shanghai; November there runs from 2026-10-31 16:00 UTC.
NOVEMBER_FIRST = datetime(2026, 10, 31, 16, 0, tzinfo=timezone.utc)
RECORDS = [
    rec(1, NOVEMBER_FIRST - timedelta(seconds=1)),                       # 31 October 23:59:59, outside
    rec(2, NOVEMBER_FIRST),                                              # first second of November
    rec(3, NOVEMBER_FIRST + timedelta(days=30) - timedelta(seconds=1), "市政协采用"),   # last second
    rec(4, NOVEMBER_FIRST + timedelta(days=30)),                         # 1 December, outside
    rec(5, NOVEMBER_FIRST + timedelta(days=3), "市政协采用", "经济建设"),
]


def service(records=RECORDS, members=None, **options) -> ExportService:
    settings = make_settings("sqlite+aiosqlite:////tmp/unused-export.db")
    return ExportService.from_settings(settings, FrozenClock(START), memory_source(records), members, **options)


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "docx"])
async def test_this_months_export_holds_exactly_the_months_items(tmp_path, fmt):
    svc = service()
    result = await svc.export(fmt, svc.filter_for(texts.EXPORT_PERIOD_MONTH), tmp_path / f"out.{fmt}")
    assert result.count == 3 and result.period_label == "2026年11月"
    if fmt == "xlsx":
        sheet = openpyxl.load_workbook(result.path).worksheets[0]
        numbers = [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)]
    elif fmt == "csv":
        with open(result.path, encoding="utf-8-sig", newline="") as fh:
            numbers = [row[0] for row in list(csv.reader(fh))[1:]]
    else:
        numbers = [p.text.split("：")[1] for p in docx.Document(result.path).paragraphs if p.text.startswith("编号：")]
    assert numbers == ["SQMY-2026-0002", "SQMY-2026-0003", "SQMY-2026-0005"]


async def test_status_and_category_narrow_the_export(tmp_path):
    svc = service()
    flt = svc.filter_for(texts.EXPORT_PERIOD_ALL, status="市政协采用", category="经济建设")
    result = await svc.export("csv", flt, tmp_path / "out.csv")
    assert result.count == 1
    assert result.summary.by_status["市政协采用"] == 1 and result.summary.by_category["经济建设"] == 1


async def test_an_empty_export_still_makes_a_file(tmp_path):
    svc = service(records=[])
    result = await svc.export("xlsx", svc.filter_for(texts.EXPORT_PERIOD_YEAR), tmp_path / "out.xlsx")
    assert result.count == 0 and result.path.exists()
    assert openpyxl.load_workbook(result.path).worksheets[0].max_row == 1


@pytest.mark.parametrize("choice, sentence", [
    (dict(status="不存在的状态"), texts.EXPORT_STATUS_BAD.format(value="不存在的状态")),
    (dict(category="体育"), texts.EXPORT_CATEGORY_BAD.format(value="体育")),
])
def test_unknown_status_or_category_is_explained(choice, sentence):
    with pytest.raises(UserError) as caught:
        service().filter_for(texts.EXPORT_PERIOD_ALL, **choice)
    assert caught.value.text == sentence


async def test_unknown_format_is_explained(tmp_path):
    with pytest.raises(UserError) as caught:
        await service().export("pdf", ExportFilter(), tmp_path / "out.pdf")
    assert caught.value.text == texts.EXPORT_FORMAT_BAD.format(value="pdf")


async def test_progress_is_reported_while_streaming_and_once_at_the_end(tmp_path):
    many = [rec(i, NOVEMBER_FIRST + timedelta(minutes=i)) for i in range(1, 1001)]
    ticks = iter(range(10**6))
    seen: list[tuple[int, int | None]] = []

    async def progress(done: int, total: int | None) -> None:
        seen.append((done, total))

    svc = service(many, progress_seconds=1, monotonic=lambda: float(next(ticks)))
    await svc.export("csv", ExportFilter(), tmp_path / "out.csv", progress=progress, total=1000)
    assert seen[-1] == (1000, 1000)
    assert [done for done, _ in seen[:-1]] == [200, 400, 600, 800, 1000]


async def test_a_long_export_lets_the_bot_go_on_answering(tmp_path):
    many = [rec(i, NOVEMBER_FIRST + timedelta(minutes=i)) for i in range(1, 2001)]
    svc = service(many)
    turns = 0
    export = asyncio.create_task(svc.export("xlsx", ExportFilter(), tmp_path / "out.xlsx"))
    while not export.done():
        turns += 1
        await asyncio.sleep(0)
    await export
    assert turns >= 10


async def test_a_failed_export_leaves_no_file(tmp_path):
    def broken(flt):
        async def gen():
            yield RECORDS[0]
            raise ConnectionError("database went away")
        return gen()

    svc = service()
    svc.source = broken
    path = tmp_path / "out.xlsx"
    with pytest.raises(ConnectionError):
        await svc.export("xlsx", ExportFilter(), path)
    assert list(tmp_path.iterdir()) == []


async def test_a_member_cannot_export_and_an_admin_can(db_url, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    db = Database(db_url)
    clock = FrozenClock(START)
    members = MembersService(db, clock, frozenset({ADMIN_ID}))
    try:
        await members.ensure_configured_admins()
        await members.seen(2001, "李四", None, started=True)
        svc = service(members=members)
        with pytest.raises(PermissionDenied):
            await svc.export("xlsx", ExportFilter(), out / "m.xlsx", actor=2001)
        with pytest.raises(PermissionDenied):
            await svc.compile_issue(IssueInfo(2026, 12, START, RECORDS[:1]), out / "m.docx", actor=2001)
        assert list(out.iterdir()) == []
        result = await svc.export("xlsx", ExportFilter(), out / "a.xlsx", actor=ADMIN_ID)
        assert result.count == len(RECORDS)
    finally:
        await db.dispose()


async def test_issue_is_compiled_to_the_path_with_its_file_name(tmp_path):
    svc = service()
    issue = IssueInfo(2026, 12, START, RECORDS[1:4])
    path = await svc.compile_issue(issue, tmp_path / "issue.docx")
    assert [p.text for p in docx.Document(path).paragraphs if p.style.name == "Heading 1"] == \
        [r.title for r in RECORDS[1:4]]
    assert svc.issue_filename(issue) == "社情民意2026年第12期.docx"


def test_file_name_tells_the_period_and_the_time():
    svc = service()
    assert svc.filename("xlsx", svc.filter_for(texts.EXPORT_PERIOD_YEAR)) == "社情民意_2026年_20261102-0900.xlsx"


# --- the CLI run (wired to the submissions source by the integrator) ---------------


def cli_args(*argv: str):
    import argparse

    from bot.export import cli

    parser = argparse.ArgumentParser()
    cli.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["export", *argv])


async def test_cli_exports_the_dates_given_both_days_included(tmp_path, capsys):
    from bot.export import cli

    out = tmp_path / "november.csv"
    args = cli_args("--format", "csv", "--from", "2026-11-01", "--to", "2026-11-30", "--out", str(out))
    code = await cli.run(make_settings("sqlite+aiosqlite:////tmp/unused-export.db"), args, memory_source(RECORDS),
                         clock=FrozenClock(START))
    assert code == 0
    assert capsys.readouterr().out.strip() == texts.EXPORT_CLI_DONE.format(
        count=3, period="2026年11月1日至2026年11月30日", path=out)


async def test_cli_regenerates_an_issue_by_its_number(tmp_path, capsys):
    from bot.export import cli

    async def load(year: int, number: int):
        return IssueInfo(year, number, START, RECORDS[:3]) if (year, number) == (2026, 12) else None

    settings = make_settings("sqlite+aiosqlite:////tmp/unused-export.db")
    assert await cli.run(settings, cli_args("--issue", "2026-12", "--out", str(tmp_path / "i.docx")),
                         memory_source(RECORDS), load) == 0
    assert (tmp_path / "i.docx").exists()
    assert await cli.run(settings, cli_args("--issue", "2026-13", "--out", str(tmp_path / "j.docx")),
                         memory_source(RECORDS), load) == 2
    assert capsys.readouterr().err.strip() == texts.EXPORT_ISSUE_NOT_FOUND.format(issue="2026年第13期")


async def test_cli_explains_a_bad_date(tmp_path, capsys):
    from bot.export import cli

    args = cli_args("--format", "xlsx", "--from", "2026-13-01", "--out", str(tmp_path / "x.xlsx"))
    assert await cli.run(make_settings("sqlite+aiosqlite:////tmp/unused-export.db"), args,
                         memory_source(RECORDS)) == 2
    assert capsys.readouterr().err.strip() == texts.EXPORT_PERIOD_BAD_DATE.format(value="2026-13-01")


async def test_paged_records_reads_page_after_page_until_the_last(tmp_path):
    from bot.export.records import paged_records

    asked: list[object] = []

    async def fetch(after):
        asked.append(after)
        start = 0 if after is None else after
        page = RECORDS[start:start + 2]
        return page, (start + 2 if start + 2 < len(RECORDS) else None)

    svc = service()
    svc.source = lambda flt: paged_records(fetch)
    result = await svc.export("csv", ExportFilter(), tmp_path / "out.csv")
    assert result.count == len(RECORDS) and asked == [None, 2, 4]
