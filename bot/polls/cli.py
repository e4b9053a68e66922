"""`python run_bot.py polls export ID --out PATH`: a poll's or survey's results as XLSX, from the CLI.

The same file as the bot's 导出Excel (a sheet per question, who has not answered). Exit 0 with one
line naming the item and the path; an unknown id or an output folder that does not exist is said
in Chinese on stderr, exit 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot import texts
from bot.errors import NotFound


def add_parser(sub: argparse._SubParsersAction) -> None:
    polls = sub.add_parser("polls", help="问卷调查: export a poll's or survey's results")
    polls_sub = polls.add_subparsers(dest="polls_command", required=True)
    export = polls_sub.add_parser("export", help="results as XLSX (a sheet per question)")
    export.add_argument("id", type=int)
    export.add_argument("--out", required=True)


async def run(polls, args: argparse.Namespace) -> int:  # noqa: ANN001 (bot.polls.public.PollsService)
    out = Path(args.out)
    if not out.parent.exists():
        print(texts.POLL_CLI_NO_FOLDER.format(folder=out.parent), file=sys.stderr)
        return 2
    try:
        results = await polls.results(None, args.id)  # the operator at the console: no role to check
    except NotFound:
        print(texts.POLL_CLI_NOT_FOUND.format(id=args.id), file=sys.stderr)
        return 2
    part = out.with_name(out.name + ".part")  # a failure leaves no half file
    part.write_bytes(polls.results_xlsx(results))
    part.replace(out)
    print(texts.POLL_CLI_EXPORTED.format(id=args.id, title=results.poll.title, responded=results.responded,
                                         total=results.recipients, path=out))
    return 0
