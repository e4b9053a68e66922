"""Keep an optional dependency out of a library's import when the bot never uses
what it would enable.

Some libraries import a heavy package only for an optional feature and carry on
without it on ImportError: jieba and zhconv import setuptools' ``pkg_resources``
(14 MB) only to open their own data files; python-telegram-bot imports
``cryptography`` (7 MB) only for Telegram Passport, which this bot does not use.
``kept_out`` makes those imports fail for the length of one ``with`` block (a
``None`` in ``sys.modules`` is what Python's import system reads as "cannot be
imported") and removes the mark after, so that a later import of the package,
by code that does need it (the admin console's cookie encryption), works as usual.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

__all__ = ["kept_out"]


@contextmanager
def kept_out(*names: str) -> Iterator[None]:
    """Inside the block, ``import name`` raises ImportError for every name not
    already imported (one already loaded stays usable: nothing is unloaded)."""
    blocked = [name for name in names if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        for name in blocked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
