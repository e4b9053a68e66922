"""Traditional to simplified Chinese, exactly as ``zhconv.convert(text, "zh-cn")``.

zhconv's own module imports setuptools' ``pkg_resources`` (14 MB) to open its
data file, and its first conversion keeps every locale's table (about 7 MB).
This module reads the same ``zhcdict.json`` from zhconv's package folder
(found without importing zhconv), keeps the zh-cn table and its prefixes only,
and applies zhconv's own longest-match rule. tests/knowledge/test_wordtable.py
checks it against zhconv itself.
"""

from __future__ import annotations

import importlib.util
import json
import threading
from pathlib import Path

__all__ = ["to_simplified"]

_lock = threading.Lock()
_table: tuple[dict[str, str], frozenset[str]] | None = None


def _data_file() -> Path:
    spec = importlib.util.find_spec("zhconv")  # locates the package; does not run it
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("zhconv is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "zhcdict.json"


def _load() -> tuple[dict[str, str], frozenset[str]]:
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                data = json.loads(_data_file().read_bytes().decode("utf-8"))
                # zhconv.getdict("zh-cn"): the zh-Hans table, overridden by the zh-CN one
                table = dict(data["zh2Hans"])
                table.update(data["zh2CN"])
                prefixes = frozenset(word[: i + 1] for word in table for i in range(len(word)))
                _table = (table, prefixes)
    return _table


def to_simplified(text: str) -> str:
    """``zhconv.convert(text, "zh-cn")``: at each position the longest table
    entry wins; a character in no entry stays as it is."""
    table, prefixes = _load()
    out = []
    n = len(text)
    pos = 0
    while pos < n:
        i = pos
        frag = text[pos]
        best = None
        best_end = 0
        while i < n and frag in prefixes:
            if frag in table:
                best = table[frag]
                best_end = i
            i += 1
            frag = text[pos:i + 1]
        if best is None:
            out.append(text[pos])
            pos += 1
        else:
            out.append(best)
            pos = best_end + 1
    return "".join(out)
