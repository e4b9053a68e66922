"""Command-line subcommands of the features (ask, kb, export, events …), added to run_bot.py.

Each feature adds its parser in `add_parsers` and its function to COMMANDS;
a function takes (settings, args) and returns the exit code. Output shapes of
`ask --json` are a contract:
  {"answered": bool, "answer": str, "sources": [{"document", "section", "text"}], "confidence": float}
and `ask --json --batch FILE` writes one such object per line, plus "id".
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Callable

from bot import texts
from bot.config import Settings

COMMANDS: dict[str, Callable[[Settings, argparse.Namespace], int]] = {}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    ask = sub.add_parser("ask", help="answer a question from the knowledge base")
    ask.add_argument("--json", action="store_true", help="print one JSON object per answer")
    ask.add_argument("--batch", metavar="FILE", help="JSON lines {id, q}; one JSON line out per question")
    ask.add_argument("question", nargs="*")

    kb = sub.add_parser("kb", help="knowledge-base documents and FAQ pairs")
    kb_sub = kb.add_subparsers(dest="kb_action", required=True)
    kb_add = kb_sub.add_parser("add", help="import a .txt/.md/.docx/.pdf (same name replaces)")
    kb_add.add_argument("file")
    kb_sub.add_parser("list", help="list documents")
    kb_remove = kb_sub.add_parser("remove", help="remove an imported document by name")
    kb_remove.add_argument("name")
    faq = kb_sub.add_parser("faq", help="FAQ pairs")
    faq_sub = faq.add_subparsers(dest="faq_action", required=True)
    faq_add = faq_sub.add_parser("add")
    faq_add.add_argument("question")
    faq_add.add_argument("answer")
    faq_sub.add_parser("list")
    faq_remove = faq_sub.add_parser("remove")
    faq_remove.add_argument("id", type=int)
    _add_events_parser(sub)

    from bot.export import cli as export_cli

    export_cli.add_parser(sub)

    from bot.roster import cli as roster_cli

    roster_cli.add_parser(sub)
    from bot.records import cli as records_cli

    records_cli.add_parser(sub)
    from bot.polls import cli as polls_cli

    polls_cli.add_parser(sub)


def _services(settings: Settings):  # noqa: ANN202
    """Services on a migrated database; call inside the event loop (migrate_first runs before it)."""
    from bot.services import Services

    return Services.build(settings)


def migrate_first(settings: Settings) -> None:
    from storage.db import migrate

    migrate(settings.database_url)


def answer_json(answer) -> dict:  # noqa: ANN001
    return {
        "answered": bool(answer.answered),
        "answer": answer.text,
        "sources": [{"document": s.document, "section": s.section, "text": s.text} for s in answer.sources],
        "confidence": round(float(answer.confidence), 4),
    }


def _batch_item(line: str, number: int) -> dict:
    """A batch line: a JSON object {"id", "q"}; any other line (a question typed as plain text, or JSON
    that is not an object) is asked as written, its id the line number, rather than stopping the batch."""
    try:
        item = json.loads(line)
    except json.JSONDecodeError:
        item = None
    return item if isinstance(item, dict) else {"id": number, "q": line.strip()}


def cmd_ask(settings: Settings, args: argparse.Namespace) -> int:
    migrate_first(settings)

    async def run() -> int:
        services = _services(settings)
        try:
            qa = services.qa
            if args.batch:
                path = Path(args.batch)
                with path.open(encoding="utf-8") as fh:
                    for number, line in enumerate(fh, 1):
                        if not line.strip():
                            continue
                        item = _batch_item(line, number)
                        result = answer_json(await qa.answer(str(item.get("q", ""))))
                        print(json.dumps({"id": item.get("id"), **result}, ensure_ascii=False), flush=True)
                return 0
            question = " ".join(args.question).strip()
            if not question:
                print(texts.EMPTY_MESSAGE, file=sys.stderr)
                return 2
            answer = await qa.answer(question)
            if args.json:
                print(json.dumps(answer_json(answer), ensure_ascii=False))
            else:
                print(answer.text)
                for i, suggestion in enumerate(answer.suggestions, 1):
                    print(f"  {i}. {suggestion}")
            return 0
        finally:
            await services.close()

    return asyncio.run(run())


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


def cmd_kb(settings: Settings, args: argparse.Namespace) -> int:
    from bot.errors import UserError
    from bot.knowledge.documents import bare_title

    migrate_first(settings)

    async def run() -> int:
        services = _services(settings)
        qa = services.qa
        tz = settings.timezone
        try:
            if args.kb_action == "add":
                path = Path(args.file)
                if not path.is_file():
                    print(texts.KB_REFUSED.format(name=path.name, reason=texts.KB_REFUSE_REASONS["empty"]),
                          file=sys.stderr)
                    return 1
                try:
                    info = await qa.add_document(None, path.name, path.read_bytes())
                except UserError as exc:
                    print(exc.text, file=sys.stderr)
                    return 1
                print(texts.CLI_KB_ADDED.format(name=info.name, title=bare_title(info.title), passages=info.passages))
            elif args.kb_action == "list":
                for doc in await qa.documents():
                    when = texts.KB_BUNDLED if doc.bundled else doc.imported_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
                    print(texts.CLI_KB_LIST_LINE.format(name=doc.name, title=doc.title, passages=doc.passages,
                                                        when=when))
            elif args.kb_action == "remove":
                if not await qa.remove_document(None, args.name):
                    print(texts.CLI_KB_NOT_FOUND.format(name=args.name), file=sys.stderr)
                    return 1
                print(texts.CLI_KB_REMOVED.format(name=args.name))
            elif args.faq_action == "add":
                faq_id = await qa.add_faq(None, args.question, args.answer)
                print(texts.CLI_FAQ_ADDED.format(faq_id=faq_id))
            elif args.faq_action == "list":
                for faq_id, question, answer in await qa.list_faqs():
                    print(f"{faq_id}\t{question}\t{answer}")
            elif args.faq_action == "remove":
                if not await qa.remove_faq(None, args.id):
                    print(texts.FAQ_NOT_FOUND.format(faq_id=args.id), file=sys.stderr)
                    return 1
                print(texts.FAQ_DELETED.format(faq_id=args.id))
            return 0
        finally:
            await services.close()

    return asyncio.run(run())


def cmd_export(settings: Settings, args: argparse.Namespace) -> int:
    """`export --format … --out PATH` or `export --issue 2026-12 --out PATH` (bot/export/cli.py)."""
    from bot.export import cli as export_cli

    migrate_first(settings)

    async def run() -> int:
        services = _services(settings)
        try:
            return await export_cli.run(settings, args, issue_loader=services.issues.info_by_number,
                                        service=services.export)
        finally:
            await services.close()

    return asyncio.run(run())


COMMANDS["ask"] = cmd_ask
COMMANDS["kb"] = cmd_kb
COMMANDS["events"] = cmd_events
COMMANDS["export"] = cmd_export


def cmd_members(settings: Settings, args: argparse.Namespace) -> int:
    """`members import FILE | links --out PATH | export --out PATH` (bot/roster/cli.py)."""
    from bot.roster import cli as roster_cli

    return roster_cli.cmd_members(settings, args)


COMMANDS["members"] = cmd_members


def cmd_records(settings: Settings, args: argparse.Namespace) -> int:
    """`records export …` (bot/records/cli.py)."""
    from bot.records import cli as records_cli

    return records_cli.command(settings, args)


COMMANDS["records"] = cmd_records


def cmd_polls(settings: Settings, args: argparse.Namespace) -> int:
    """`polls export ID --out PATH` (bot/polls/cli.py)."""
    from bot.polls import cli as polls_cli

    migrate_first(settings)

    async def run() -> int:
        services = _services(settings)
        try:
            return await polls_cli.run(services.polls, args)
        finally:
            await services.close()

    return asyncio.run(run())


COMMANDS["polls"] = cmd_polls
