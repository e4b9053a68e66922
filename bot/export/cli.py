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
from pathlib import Path
from typing import Awaitable, Callable

from bot import texts
from bot.clock import Clock
from bot.config import Settings
from bot.errors import UserError
from bot.export.records import FORMATS, RecordSource, parse_date
from bot.export.service import ExportService
from bot.export.issue import IssueInfo

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
    parser.add_argument("--format", metavar="xlsx|csv|docx", help="checked in run(), so a wrong one is told in Chinese")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first day, e.g. 2026-01-01")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last day, included")
    parser.add_argument("--status", help="市政协采用 = every item the city adopted (level reached, 批示 and 反馈 included); "
                        "当前状态：市政协采用 = only those at that status now")
    parser.add_argument("--category", help="e.g. 民生关切")
    parser.add_argument("--issue", metavar="YEAR-NUMBER", help="e.g. 2026-12")
    parser.add_argument("--out", metavar="PATH")

    def error(message: str) -> None:  # argparse's own complaints, said in Chinese with the usage
        print(f"{texts.EXPORT_CLI_BAD_ARGS.format(detail=message)}\n{texts.EXPORT_CLI_USAGE}", file=sys.stderr)
        sys.exit(2)

    parser.error = error  # type: ignore[method-assign]


async def run(settings: Settings, args: argparse.Namespace, source: RecordSource | None = None,
              issue_loader: IssueLoader | None = None, clock: Clock | None = None,
              service: ExportService | None = None) -> int:
    """Exit code 0 when the file is written, 2 when the request cannot be done (said on stderr)."""
    if service is None:
        service = ExportService.from_settings(settings, clock or Clock(), source)
    try:
        if not args.out:
            raise UserError(f"{texts.EXPORT_CLI_NO_OUT}\n{texts.EXPORT_CLI_USAGE}")
        if not Path(args.out).expanduser().resolve().parent.is_dir():
            raise UserError(texts.EXPORT_CLI_OUT_DIR.format(path=args.out))
        if args.issue:
            year, number = parse_issue(args.issue)
            issue = await issue_loader(year, number) if issue_loader else None
            if issue is None:
                raise UserError(texts.EXPORT_ISSUE_NOT_FOUND.format(
                    issue=texts.ISSUE_NUMBER.format(year=year, number=number)))
            path = await service.compile_issue(issue, args.out)
            print(texts.EXPORT_CLI_ISSUE_DONE.format(issue=issue.label, count=len(issue.items), path=path))
            return 0
        fmt = args.format or (args.out.rsplit(".", 1)[-1].lower() if "." in Path(args.out).name else "")
        if not fmt:
            raise UserError(texts.EXPORT_CLI_NO_FORMAT)
        if fmt.lower().lstrip(".") not in FORMATS:
            raise UserError(texts.EXPORT_FORMAT_BAD.format(value=fmt))
        flt = service.filter_for_dates(parse_date(args.date_from) if args.date_from else None,
                                       parse_date(args.date_to) if args.date_to else None,
                                       args.status, args.category)
        result = await service.export(fmt, flt, args.out)
    except UserError as exc:
        print(exc.text, file=sys.stderr)
        return 2
    print(texts.EXPORT_CLI_DONE.format(count=result.count, period=result.period_label, path=result.path))
    return 0
