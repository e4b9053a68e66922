"""Command-line subcommands of the features (ask, kb, export, events …), added to run_bot.py.

Each feature adds its parser in `add_parsers` and its function to COMMANDS;
a function takes (settings, args) and returns the exit code.
"""

from __future__ import annotations

import argparse
from typing import Callable

from bot.config import Settings

COMMANDS: dict[str, Callable[[Settings, argparse.Namespace], int]] = {}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Feature parsers are added here, one block per feature."""
    _add_events_parser(sub)


# --- events -------------------------------------------------------------------------------------

def _add_events_parser(sub: argparse._SubParsersAction) -> None:
    events = sub.add_parser("events", help="events: bulk import")
    events_sub = events.add_subparsers(dest="events_command", required=True)
    imp = events_sub.add_parser("import", help="import events from an .xlsx or .csv file (see bot/events_import.py)")
    imp.add_argument("file")


def cmd_events(settings: Settings, args: argparse.Namespace) -> int:
    import asyncio
    from pathlib import Path

    from bot import texts
    from bot.events_import import EventImporter, read_rows
    from bot.services import Services
    from storage.db import migrate

    path = Path(args.file)
    try:
        rows = read_rows(path)
    except Exception as exc:  # noqa: BLE001 - any unreadable file is one sentence for the operator
        print(texts.IMPORT_BAD_FILE.format(path=path, error=exc))
        return 1
    migrate(settings.database_url)

    async def run() -> int:
        services = Services.build(settings)
        try:
            await services.start()
            result = await EventImporter(services.events).import_rows(rows)
        finally:
            await services.close()
        if result.errors:
            for line in result.errors:
                print(line)
            if result.errors != (texts.IMPORT_EMPTY,):
                print(texts.IMPORT_NOTHING_DONE.format(count=len(result.errors)))
            return 1
        print(texts.IMPORT_DONE.format(events=result.events, notices=result.notices))
        return 0

    return asyncio.run(run())


COMMANDS["events"] = cmd_events
