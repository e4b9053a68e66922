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
