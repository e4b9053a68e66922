"""`python run_bot.py records export …`: the committee's 履职档案 as a file, from the console.

  records export --year 2026 --format xlsx|docx [--committee 专委会] [--sector 界别] --out PATH
  records export --year 2026 --member ID --out PATH     # one member's DOCX (ID: Telegram id or row id)

The operator at the console is trusted: no role check (the service's actor is None).
Exit 0 with one line naming the count and the path; a wrong year, format, member or output
folder is said in Chinese on stderr, exit 2.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from bot import texts
from bot.config import Settings
from bot.errors import NotFound, UserError


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("records", help="the members' 履职档案: export a year as xlsx or docx")
    actions = parser.add_subparsers(dest="records_action", required=True)
    export = actions.add_parser("export", help="the committee's XLSX, the 通报 DOCX, or one member's DOCX")
    export.add_argument("--year", type=int, help="default: this year")
    export.add_argument("--format", default="xlsx", help="xlsx | docx")
    export.add_argument("--committee", help="only the members of this 专委会")
    export.add_argument("--sector", help="only the members of this 界别")
    export.add_argument("--member", help="one member's 履职档案 (DOCX): Telegram id, or #row id")
    export.add_argument("--out", required=True, metavar="PATH")


async def run(services, args: argparse.Namespace) -> int:  # noqa: ANN001 (bot.services.Services)
    records = services.records
    out = Path(args.out)
    try:
        year = records.check_year(args.year or records.this_year())
        if not out.parent.is_dir():
            raise UserError(texts.RECORDS_CLI_BAD_OUT.format(path=out))
        if args.member:
            member = await _member(services, args.member)
            record = await records.member_docx(None, year, out, member)
            print(texts.RECORDS_CLI_MEMBER_DONE.format(name=record.person.name, year=year, path=out))
            return 0
        if args.format not in ("xlsx", "docx"):
            raise UserError(texts.RECORDS_CLI_BAD_FORMAT.format(value=args.format))
        write = records.export_xlsx if args.format == "xlsx" else records.export_docx
        count = await write(None, year, out, args.committee, args.sector)
        print(texts.RECORDS_CLI_DONE.format(year=year, count=count, path=out))
        return 0
    except UserError as exc:
        print(exc.text, file=sys.stderr)
        return 2
    except NotFound:
        print(texts.RECORDS_CLI_NO_MEMBER.format(member=args.member), file=sys.stderr)
        return 2


async def _member(services, text: str) -> int:  # noqa: ANN001
    """'#12' is a row id; a number is a Telegram id (as /members shows it)."""
    text = text.strip()
    if text.startswith("#") and text[1:].isdigit():
        return int(text[1:])
    if text.isdigit():
        found = await services.members.get(int(text))
        if found is not None:
            return found.id
    raise NotFound(text)


def command(settings: Settings, args: argparse.Namespace) -> int:
    """Migrate, then run with the services (bot/cli_features.py calls this)."""
    from bot.services import Services
    from storage.db import migrate

    migrate(settings.database_url)

    async def go() -> int:
        services = Services.build(settings)
        try:
            return await run(services, args)
        finally:
            await services.close()

    return asyncio.run(go())
