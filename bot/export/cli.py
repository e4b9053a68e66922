"""`python run_bot.py export …`: the parser and the run, given a record source.

  export --format xlsx|csv|docx [--from DATE] [--to DATE] [--status S] [--category C] --out PATH
  export --issue 2026-12 --out PATH

The records come from the submissions service (a `RecordSource`) and an issue from
the issues store (`IssueLoader`); the wiring in bot/cli_features.py passes them, so
this module needs no database of its own. The operator at the console is trusted:
no role check.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Awaitable, Callable

from bot import texts
from bot.clock import Clock
from bot.config import Settings
from bot.errors import UserError
from bot.export.records import FORMATS, RecordSource, parse_date
from bot.export.service import ExportService
from bot.export.docx import IssueInfo

IssueLoader = Callable[[int, int], Awaitable["IssueInfo | None"]]
_ISSUE = re.compile(r"(\d{4})\s*(?:-|/|年第)\s*(\d{1,3})\s*期?")


def parse_issue(text: str) -> tuple[int, int]:
    """'2026-12' or '2026年第12期' → (2026, 12)."""
    match = _ISSUE.fullmatch(text.strip())
    if not match or int(match[2]) < 1:
        raise UserError(texts.EXPORT_ISSUE_BAD.format(value=text.strip()))
    return int(match[1]), int(match[2])


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export", help="submissions to xlsx, csv or docx; or regenerate an issue's docx")
    parser.add_argument("--format", choices=FORMATS)
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first day, e.g. 2026-01-01")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last day, included")
    parser.add_argument("--status")
    parser.add_argument("--category")
    parser.add_argument("--issue", metavar="YEAR-NUMBER", help="e.g. 2026-12")
    parser.add_argument("--out", required=True, metavar="PATH")


async def run(settings: Settings, args: argparse.Namespace, source: RecordSource,
              issue_loader: IssueLoader | None = None, clock: Clock | None = None) -> int:
    """Exit code 0 when the file is written, 2 when the request cannot be done (said on stderr)."""
    service = ExportService.from_settings(settings, clock or Clock(), source)
    try:
        if args.issue:
            year, number = parse_issue(args.issue)
            issue = await issue_loader(year, number) if issue_loader else None
            if issue is None:
                raise UserError(texts.EXPORT_ISSUE_NOT_FOUND.format(
                    issue=texts.ISSUE_NUMBER.format(year=year, number=number)))
            path = await service.compile_issue(issue, args.out)
            print(texts.EXPORT_CLI_ISSUE_DONE.format(issue=issue.label, count=len(issue.items), path=path))
            return 0
        fmt = args.format or (args.out.rsplit(".", 1)[-1].lower() if "." in args.out else "")
        flt = service.filter_for_dates(parse_date(args.date_from) if args.date_from else None,
                                       parse_date(args.date_to) if args.date_to else None,
                                       args.status, args.category)
        result = await service.export(fmt, flt, args.out)
    except UserError as exc:
        print(exc.text, file=sys.stderr)
        return 2
    print(texts.EXPORT_CLI_DONE.format(count=result.count, period=result.period_label, path=result.path))
    return 0
