"""Submissions to CSV, streamed: the XLSX columns, UTF-8 with a BOM so Excel reads the Chinese.

Rows are written as they arrive (the file object buffers), so memory does not grow
with the export. Text cells that a spreadsheet would run as a formula are neutralised
like in the XLSX; dates are written as "2026-11-02 09:00:00" in the committee zone.
Line breaks inside a text stay inside its quoted field (RFC 4180), as Excel expects.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable
from zoneinfo import ZoneInfo

from bot.export.records import (
    COLUMNS, HEADERS, STATUS_ORDER, SubmissionRecord, Summary, local_naive, neutralise, xml_safe,
)

ENCODING = "utf-8-sig"   # writes the BOM first
DATE_FORMAT = "%Y-%m-%d %H:%M:%S"


class CsvBuilder:
    """`add` one record per row, then `close`."""

    def __init__(self, path: str | Path, tz: ZoneInfo, *, statuses: Iterable[str] = STATUS_ORDER,
                 categories: Iterable[str] = (), **_ignored: object) -> None:
        self.path = Path(path)
        self.tz = tz
        self.summary = Summary(tz, statuses, categories)
        self.file = self.path.open("w", encoding=ENCODING, newline="")
        self.writer = csv.writer(self.file, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        self.writer.writerow(HEADERS)
        self.rows = 0

    def row(self, record: SubmissionRecord) -> list[str | int]:
        out: list[str | int] = []
        for column in COLUMNS:
            value = column.value(record)
            if column.kind == "datetime":
                out.append(local_naive(value, self.tz).strftime(DATE_FORMAT))  # type: ignore[arg-type]
            elif column.kind == "int":
                out.append(int(value))  # type: ignore[call-overload]
            else:
                out.append(neutralise(xml_safe(str(value))))   # also drops lone surrogates UTF-8 cannot encode
        return out

    def add(self, record: SubmissionRecord) -> None:
        self.writer.writerow(self.row(record))
        self.rows += 1
        self.summary.add(record)

    def close(self) -> Summary:
        if not self.file.closed:
            self.file.close()
        return self.summary

    def abort(self) -> None:
        self.close()


def write_csv(records: Iterable[SubmissionRecord], path: str | Path, tz: ZoneInfo, **options) -> Summary:
    builder = CsvBuilder(path, tz, **options)
    for record in records:
        builder.add(record)
    return builder.close()
