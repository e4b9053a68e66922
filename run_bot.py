"""The one entry point of 履职助手: a command line.

  python run_bot.py run                 poll Telegram (or TELEGRAM_BASE_URL); without a token, the chat session
  python run_bot.py chat [--as member|admin] [--user-id N] [--name 张三]
  python run_bot.py db upgrade          migrate the database to the newest schema

Configuration errors stop the start with one line naming the key (exit code 2).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import subprocess
import sys
from pathlib import Path

from bot import texts
from bot.config import ConfigError, Settings, load_settings
from bot.logging_setup import configure_logging

COMMANDS: dict[str, "callable"] = {}


def command(name: str):  # noqa: ANN201
    def register(func):  # noqa: ANN001, ANN202
        COMMANDS[name] = func
        return func

    return register


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="run_bot.py", description="履职助手")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="run the bot (chat session when no token is set)")
    chat = sub.add_parser("chat", help="local chat session, no Telegram")
    chat.add_argument("--as", dest="role", choices=("member", "admin"), default="member")
    chat.add_argument("--user-id", type=int)
    chat.add_argument("--name")
    chat.add_argument("--files", help="folder for the files the bot sends (default var/chat-files)")
    db = sub.add_parser("db", help="database")
    db.add_argument("action", choices=("upgrade",))
    from bot import cli_features

    cli_features.add_parsers(sub)
    return parser


def migrate_or_exit(settings: Settings) -> None:
    from storage.db import migrate

    migrate(settings.database_url)


@command("db")
def cmd_db(settings: Settings, args: argparse.Namespace) -> int:
    migrate_or_exit(settings)
    from sqlalchemy.engine import make_url

    print(texts.CLI_MIGRATED.format(database=make_url(settings.database_url).render_as_string()))
    return 0


@command("chat")
def cmd_chat(settings: Settings, args: argparse.Namespace) -> int:
    from bot.localchat.session import run_chat

    files = Path(args.files) if args.files else None
    return asyncio.run(run_chat(settings, args.role, args.user_id, args.name, files_dir=files))


@command("run")
def cmd_run(settings: Settings, args: argparse.Namespace) -> int:
    if not settings.token:
        from bot.localchat.session import run_chat

        return asyncio.run(run_chat(settings, "member", None, None))
    # The upgrade runs in a child interpreter: Alembic, with the Mako and Pygments it loads,
    # is ~15 MB that the long-running bot would keep for nothing after this one call.
    upgraded = subprocess.run([sys.executable, str(Path(__file__).resolve()), "db", "upgrade"],
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=False)
    if upgraded.returncode != 0:
        return upgraded.returncode
    from bot.import_guard import kept_out

    # python-telegram-bot loads cryptography (7 MB) only for Telegram Passport, which the bot
    # does not use; the admin console imports it later, when the web server is on.
    with kept_out("cryptography"):
        import telegram  # noqa: F401
    from bot.app import serve

    return asyncio.run(serve(settings))


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    name = args.command or "run"
    if args.command is None:
        args = parser.parse_args(["run"])
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    level = logging.INFO if name == "run" and settings.token else logging.WARNING
    configure_logging(level, settings.token.get())
    from bot import cli_features

    handler = COMMANDS.get(name) or cli_features.COMMANDS.get(name)
    if handler is None:
        parser.print_help()
        return 2
    return handler(settings, args)


if __name__ == "__main__":
    sys.exit(main())
