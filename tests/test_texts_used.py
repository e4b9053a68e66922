"""Every sentence in bot/texts.py is said somewhere: a constant nothing uses is a leftover."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A name is used where it stands as a whole word (`\bNAME\b`): exactly when it is one of the
# maximal runs of word characters. Counting those runs once is the same test as one regex
# search per name over all the code, without reading the code a thousand times.
WORD = re.compile(r"\w+")


def test_every_text_constant_is_used():
    source = (ROOT / "bot" / "texts.py").read_text(encoding="utf-8")
    names = re.findall(r"^([A-Z][A-Z0-9_]+)\s*=", source, re.M)
    code = "\n".join(p.read_text(encoding="utf-8") for folder in ("bot", "handlers", "storage")
                     for p in (ROOT / folder).rglob("*.py") if p != ROOT / "bot" / "texts.py")
    code += "\n" + (ROOT / "run_bot.py").read_text(encoding="utf-8")
    in_code = set(WORD.findall(code))
    in_source = Counter(WORD.findall(source))
    unused = [n for n in names if n not in in_code and in_source[n] == 1]
    assert unused == []
