"""Every sentence in bot/texts.py is said somewhere: a constant nothing uses is a leftover."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_text_constant_is_used():
    source = (ROOT / "bot" / "texts.py").read_text(encoding="utf-8")
    names = re.findall(r"^([A-Z][A-Z0-9_]+)\s*=", source, re.M)
    code = "".join(p.read_text(encoding="utf-8") for folder in ("bot", "handlers", "storage")
                   for p in (ROOT / folder).rglob("*.py") if p != ROOT / "bot" / "texts.py")
    code += (ROOT / "run_bot.py").read_text(encoding="utf-8")
    unused = [n for n in names
              if not re.search(rf"\b{n}\b", code) and len(re.findall(rf"\b{n}\b", source)) == 1]
    assert unused == []
