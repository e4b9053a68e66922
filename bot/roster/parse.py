"""Reading a roster file (XLSX or CSV) and checking every row before anything is written.

Columns, named in the first row in Chinese, in any order (* required):
  姓名*  界别*  专委会  手机  单位  职务
界别 and 专委会 must be names the bot is configured with (registration.sectors /
registration.special_committees), so the groups of notices and events find the member.
A problem is reported as 第 N 行“列”：… with the file's own row number (the header is row 1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot import texts
from bot.registration import NAME_RE
from bot.roster.matching import phone_key
from bot.table_files import table_rows

COLUMNS = ("姓名", "界别", "专委会", "手机", "单位", "职务")
REQUIRED = ("姓名", "界别")
LIMITS = {"单位": 128, "职务": 64}


@dataclass(frozen=True)
class RosterRow:
    line: int  # the row number in the file (header = 1)
    name: str
    sector: str
    committee: str | None
    phone: str | None  # phone_key form
    unit: str | None
    title: str | None


def read_table(data: bytes, file_name: str) -> list[dict[str, Any]]:
    """The data rows as {column: value}, an empty dict for a blank row; raises ValueError if unreadable."""
    name = file_name.lower()
    if not name.endswith((".xlsx", ".csv")):
        raise ValueError(texts.ROSTER_BAD_TYPE)
    return table_rows(data, xlsx=name.endswith(".xlsx"))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return re.sub(r"\s+", " ", str(value)).strip()


def check_rows(rows: list[dict[str, Any]], sectors: tuple[str, ...],
               committees: tuple[str, ...]) -> tuple[list[RosterRow], list[str]]:
    """Every row checked; (rows, errors). Any error means the file must not be imported."""
    present = set().union(*(r.keys() for r in rows)) if rows else set()
    errors = [texts.IMPORT_MISSING_COLUMN.format(column=c) for c in REQUIRED if c not in present]
    if errors:
        return [], errors
    checked: list[RosterRow] = []
    by_phone: dict[str, int] = {}
    by_name: dict[tuple[str, str], tuple[int, int]] = {}  # → (file row, index in checked)
    for line, row in enumerate(rows, start=2):
        if not row:
            continue

        def bad(column: str, problem: str) -> None:
            errors.append(texts.IMPORT_ROW_ERROR.format(row=line, column=column, problem=problem))

        before = len(errors)
        values = {c: _text(row.get(c)) for c in COLUMNS}
        for column in REQUIRED:
            if not values[column]:
                bad(column, texts.IMPORT_REQUIRED)
        if values["姓名"] and not NAME_RE.match(values["姓名"]):
            bad("姓名", texts.ROSTER_BAD_NAME)
        if values["界别"] and values["界别"] not in sectors:
            bad("界别", texts.ROSTER_BAD_SECTOR.format(value=values["界别"]))
        committee = values["专委会"] if values["专委会"] not in ("", texts.NONE_CHOICE) else None
        if committee and committee not in committees:
            bad("专委会", texts.ROSTER_BAD_COMMITTEE.format(value=committee))
        phone = phone_key(values["手机"])
        if values["手机"] and (re.search(r"[^\d\s+\-()（）]", values["手机"]) or not phone
                              or not 6 <= len(phone) <= 15):
            bad("手机", texts.ROSTER_BAD_PHONE.format(value=values["手机"]))
        for column, limit in LIMITS.items():
            if len(values[column]) > limit:
                bad(column, texts.ROSTER_TOO_LONG.format(limit=limit))
        if len(errors) > before:
            continue
        if phone and phone in by_phone:
            bad("手机", texts.ROSTER_DUPLICATE_PHONE.format(row=by_phone[phone]))
            continue
        key = (values["姓名"], values["界别"])
        if key in by_name and (not phone or not checked[by_name[key][1]].phone):
            bad("姓名", texts.ROSTER_DUPLICATE_NAME.format(row=by_name[key][0]))
            continue
        if phone:
            by_phone[phone] = line
        by_name[key] = (line, len(checked))
        checked.append(RosterRow(line, values["姓名"], values["界别"], committee, phone,
                                 values["单位"] or None, values["职务"] or None))
    return checked, errors
