"""`run_bot.py members …`: the roster from the command line (the operator acts, no role check).

  members import FILE.xlsx|csv                      all or nothing; exit 1 with the problems
  members links --out PATH [--bot-username NAME]    姓名, 手机, 链接 of everyone not yet joined
  members export --out PATH                         the roster, who joined, who blocked the bot
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from bot import texts
from bot.config import Settings


def add_parser(sub: argparse._SubParsersAction) -> None:
    members = sub.add_parser("members", help="the roster (委员名册): import, invite links, export")
    members_sub = members.add_subparsers(dest="members_command", required=True)
    imp = members_sub.add_parser("import", help="import the roster from an .xlsx or .csv file")
    imp.add_argument("file")
    links = members_sub.add_parser("links", help="XLSX of the personal invite links of everyone not yet joined")
    links.add_argument("--out", required=True)
    links.add_argument("--bot-username",
                       help="the bot's @name (default: roster.bot_username, or the one the bot noted)")
    export = members_sub.add_parser("export", help="XLSX of the roster: who joined, who blocked the bot")
    export.add_argument("--out", required=True)


def cmd_members(settings: Settings, args: argparse.Namespace) -> int:
    from storage.db import migrate

    migrate(settings.database_url)
    return asyncio.run(_run(settings, args))


async def _run(settings: Settings, args: argparse.Namespace) -> int:
    from bot.roster.sheets import links_xlsx, roster_xlsx
    from bot.roster.service import BLOCKED, JOINED, NOT_JOINED, PENDING
    from bot.services import Services

    services = Services.build(settings)
    try:
        await services.start()
        roster = services.roster
        if args.members_command == "import":
            path = Path(args.file)
            try:
                data = path.read_bytes()
            except OSError as exc:
                print(texts.IMPORT_BAD_FILE.format(path=path, error=exc.strerror), file=sys.stderr)
                return 1
            outcome = await roster.import_file(None, path.name, data)
            if not outcome.ok:
                for line in outcome.errors:
                    print(line, file=sys.stderr)
                print(texts.ROSTER_CLI_NOTHING_DONE.format(count=len(outcome.errors)), file=sys.stderr)
                return 1
            print(texts.ROSTER_IMPORT_DONE.format(added=outcome.added, updated=outcome.updated,
                                                  unchanged=outcome.unchanged))
            return 0
        out = Path(args.out)
        if args.members_command == "links":
            username = await roster.bot_username(args.bot_username)
            if not username:
                print(texts.ROSTER_CLI_NO_USERNAME, file=sys.stderr)
                return 2
            rows = await roster.links(None, username)
            if not _write(out, links_xlsx(rows)):
                return 2
            print(texts.ROSTER_CLI_LINKS_DONE.format(count=len(rows), path=out))
            return 0
        overview = await roster.overview(None)
        if not _write(out, roster_xlsx(overview, settings.timezone)):
            return 2
        c = overview.counts
        print(texts.ROSTER_CLI_EXPORT_DONE.format(count=len(overview.people), joined=c[JOINED],
                                                  not_joined=c[NOT_JOINED], pending=c[PENDING], blocked=c[BLOCKED],
                                                  path=out))
        return 0
    finally:
        await services.close()


def _write(path: Path, data: bytes) -> bool:
    """Written beside and renamed, so a failure leaves no half file."""
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(data)
        part.replace(path)
    except OSError as exc:
        print(texts.ROSTER_CLI_BAD_OUT.format(path=path, error=exc.strerror), file=sys.stderr)
        return False
    return True
