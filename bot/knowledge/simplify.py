"""Traditional to simplified Chinese, exactly as ``zhconv.convert(text, "zh-cn")``.

zhconv's own module imports setuptools' ``pkg_resources`` (14 MB) to open its
data file, and its first conversion keeps every locale's table (about 7 MB).
This module reads the same ``zhcdict.json`` from zhconv's package folder
(found without importing zhconv), keeps the zh-cn table only (as a translate
table and a small marisa trie, 1 MB), and applies zhconv's own longest-match rule. tests/knowledge/test_wordtable.py
checks it against zhconv itself.
"""

from __future__ import annotations

import importlib.util
import re
import threading
from pathlib import Path

__all__ = ["to_simplified"]

_lock = threading.Lock()
_table = None  # (regex of where long entries start, str.translate table, their trie, longest entry)


def _data_file() -> Path:
    spec = importlib.util.find_spec("zhconv")  # locates the package; does not run it
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("zhconv is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "zhcdict.json"


_PAIR = re.compile(r'\s*"([^"\\]*)"\s*:\s*"([^"\\]*)"\s*(,?)')


def _pairs(source: str, name: str):  # noqa: ANN202
    """The (entry, replacement) pairs of one table of zhcdict.json, read in place:
    decoding the whole file (every locale) into dicts would leave megabytes of
    freed objects scattered in the heap. zhconv's file has no escapes in its
    strings; a table this reader cannot follow stops it with ValueError."""
    found = re.search(r'"%s"\s*:\s*\{' % re.escape(name), source)
    if found is None:
        raise ValueError(f"zhcdict.json has no {name} table")
    pos = found.end()
    while True:
        pair = _PAIR.match(source, pos)
        if pair is None:
            break
        yield pair.group(1), pair.group(2)
        pos = pair.end()
        if not pair.group(3):
            break
    if not re.match(r"\s*\}", source[pos:pos + 64]):
        raise ValueError(f"zhcdict.json: cannot read the {name} table at {pos}")


def _load():  # noqa: ANN202
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                import marisa_trie

                source = _data_file().read_text(encoding="utf-8")
                # zhconv.getdict("zh-cn"): the zh-Hans table, overridden by the zh-CN one
                override = {k for k, _ in _pairs(source, "zh2CN")}

                def entries():  # noqa: ANN202
                    yield from ((k, v) for k, v in _pairs(source, "zh2Hans") if k not in override)
                    yield from _pairs(source, "zh2CN")

                # 12 000 entries: as zhconv keeps them (a dict and a prefix set), 4 MB. Here a
                # character that starts no longer entry is replaced by str.translate; the
                # entries starting with one of the others are in a small trie, looked up only there.
                starts = {k[0] for k, _ in entries() if len(k) > 1}
                longest = max(len(k) for k, _ in entries())
                single = {ord(k): (ord(v) if len(v) == 1 else v) for k, v in entries()
                          if len(k) == 1 and k not in starts}
                trie = marisa_trie.BytesTrie((k, v.encode("utf-8")) for k, v in entries() if k[0] in starts)
                at = re.compile("[%s]" % "".join(re.escape(c) for c in sorted(starts)))
                del source
                _table = (at, single, trie, longest)
    return _table


def to_simplified(text: str) -> str:
    """``zhconv.convert(text, "zh-cn")``: at each position the longest table
    entry wins and the text goes on after it; a character in no entry stays."""
    at, single, trie, longest = _load()
    out = []
    pos = 0  # text[:pos] is converted
    for match in at.finditer(text):  # where a longer entry may start
        start = match.start()
        if start < pos:  # inside an entry already replaced
            continue
        keys = trie.prefixes(text[start:start + longest])
        if keys:
            key = keys[-1]  # prefixes come shortest first: the longest entry
            out.append(text[pos:start].translate(single))
            out.append(trie[key][0].decode("utf-8"))
            pos = start + len(key)
    out.append(text[pos:].translate(single))
    return "".join(out)
