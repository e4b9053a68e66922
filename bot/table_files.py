"""A table file staff prepared in Excel (XLSX or CSV) read as rows of {column: value}.

Shared by the roster import (bot/roster/parse.py) and the events import (bot/events_import.py):
the first row names the columns (a leading * marks a required one and is dropped), each later row
becomes a dict of its named cells, and a blank row an empty dict, so row numbers stay the file's.
"""

from __future__ import annotations

import csv
import io
from typing import Any

__all__ = ["decode_csv", "table_rows"]


def decode_csv(data: bytes) -> str:
    """A CSV file's text: Excel on a Chinese Windows saves "CSV" in GBK, elsewhere UTF-8 (often with a
    BOM), and "Unicode text" in UTF-16."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def table_rows(data: bytes, xlsx: bool) -> list[dict[str, Any]]:
    """The data rows of an XLSX workbook's active sheet (``xlsx``) or of a CSV file, as {column: value},
    an empty dict for a blank row; raises what openpyxl or the decoder raises on a file it cannot read."""
    if xlsx:
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).active
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    else:
        rows = [list(r) for r in csv.reader(io.StringIO(decode_csv(data)))]
    if not rows:
        return []
    header = [str(h or "").strip().lstrip("*").strip() for h in rows[0]]
    out: list[dict[str, Any]] = []
    for values in rows[1:]:
        if all(v is None or str(v).strip() == "" for v in values):
            out.append({})
            continue
        out.append({header[i]: values[i] for i in range(min(len(header), len(values))) if header[i]})
    return out
