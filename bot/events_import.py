"""Bulk import of events from an XLSX or CSV file (`run_bot.py events import FILE`).

Columns (the first row names them; order free; * = required):
  类型*      学习 / 视察 / 调研 / 会议
  标题*      the title
  开始时间*  e.g. 2026-12-03 14:30 or 12月3日下午2点半 (the committee's zone); a date cell works too
  结束时间   a time on the same day (16:30) or a full date and time
  地点*      the place
  参加对象*  全体委员, or 专委会 / 界别 names separated by 、 , ; or spaces
  提醒       e.g. 1天,2小时 (empty: [reminders].default_offsets)
  重复       不重复 / 每周 / 每月 (empty: 不重复)
  重复截止   the last date of a repeat (required when 重复 is 每周 or 每月)
  组织者*    the admin who approves leave: a Telegram user id or an admin's name
Every row is checked before anything is written; any error stops the whole file
(errors name the row and the column). The audience is notified when the bot runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bot import texts
from bot.errors import UserError
from bot.events.public import KINDS, EventDraft, EventsService
from bot.table_files import table_rows
from bot.timeparse import TimeParseError, parse_day, parse_end, parse_offsets, parse_when

COLUMNS = ("类型", "标题", "开始时间", "结束时间", "地点", "参加对象", "提醒", "重复", "重复截止", "组织者")
REQUIRED = ("类型", "标题", "开始时间", "地点", "参加对象", "组织者")


@dataclass(frozen=True)
class ImportResult:
    errors: tuple[str, ...]
    events: int = 0
    notices: int = 0


def read_rows(path: Path) -> list[dict[str, Any]]:
    """The data rows as {column: value}; row numbers are the file's (header = row 1)."""
    return table_rows(path.read_bytes(), xlsx=path.suffix.lower() == ".xlsx")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


class EventImporter:
    def __init__(self, events: EventsService) -> None:
        self.events = events

    async def _organisers(self) -> dict[str, int]:
        names: dict[str, int] = {}
        for admin in await self.events.members.admins():
            names[str(admin.telegram_id)] = admin.telegram_id
            if admin.name:
                names[admin.name] = admin.telegram_id
        return names

    def _when(self, value: Any, now: datetime) -> datetime:
        tz = self.events.tz
        if isinstance(value, datetime):
            when = value if value.tzinfo else value.replace(tzinfo=tz)
            if when <= now:
                raise TimeParseError(texts.TIME_IN_PAST.format(when=value.strftime("%Y-%m-%d %H:%M")))
            return when
        return parse_when(_text(value), now, tz)

    async def check(self, rows: list[dict[str, Any]]) -> tuple[list[tuple[int, EventDraft]], list[str]]:
        now = self.events.clock.now()
        tz = self.events.tz
        organisers = await self._organisers()
        kinds = {v: k for k, v in texts.EVENT_KIND_NAMES.items()}
        repeats = {v: k for k, v in texts.REPEAT_NAMES.items()}
        drafts, errors = [], []
        present = set().union(*(r.keys() for r in rows)) if rows else set()
        for column in REQUIRED:
            if column not in present:
                errors.append(texts.IMPORT_MISSING_COLUMN.format(column=column))
        if errors:
            return [], errors
        for number, row in enumerate(rows, start=2):
            if not row:
                continue

            def bad(column: str, problem: str) -> None:
                errors.append(texts.IMPORT_ROW_ERROR.format(row=number, column=column, problem=problem))

            before = len(errors)
            for column in REQUIRED:
                if not _text(row.get(column)):
                    bad(column, texts.IMPORT_REQUIRED)
            if len(errors) > before:
                continue
            kind = kinds.get(_text(row["类型"]))
            if kind not in KINDS:
                bad("类型", texts.EVENT_BAD_KIND)
            start = end = None
            try:
                start = self._when(row["开始时间"], now)
            except TimeParseError as exc:
                bad("开始时间", exc.reason)
            if start is not None and _text(row.get("结束时间")):
                value = row["结束时间"]
                try:
                    end = value if isinstance(value, datetime) else parse_end(_text(value), start, now, tz)
                    if isinstance(end, datetime) and end.tzinfo is None:
                        end = end.replace(tzinfo=tz)
                    if end <= start:
                        raise TimeParseError(texts.EVENT_END_BEFORE_START)
                except TimeParseError as exc:
                    bad("结束时间", exc.reason)
            audience_text = _text(row["参加对象"])
            if audience_text == texts.NEWEVENT_AUDIENCE_ALL:
                audience: dict[str, Any] = {"all": True}
            else:
                names = [n for n in re.split(r"[、,，;；\s]+", audience_text) if n]
                audience = {"committees": [n for n in names if n in self.events.committees],
                            "sectors": [n for n in names if n in self.events.sectors]}
                unknown = [n for n in names if n not in self.events.committees and n not in self.events.sectors]
                if unknown:
                    bad("参加对象", texts.EVENT_UNKNOWN_GROUP.format(name="、".join(unknown)))
            offsets = tuple(self.events.default_offsets)
            if _text(row.get("提醒")):
                try:
                    offsets = tuple(parse_offsets(_text(row["提醒"])))
                except TimeParseError as exc:
                    bad("提醒", exc.reason)
            repeat = repeats.get(_text(row.get("重复")) or texts.REPEAT_NAMES["none"])
            until: date | None = None
            if repeat is None:
                bad("重复", texts.EVENT_BAD_REPEAT)
            elif repeat != "none":
                value = row.get("重复截止")
                try:
                    until = value.date() if isinstance(value, datetime) else parse_day(_text(value), now, tz)
                except TimeParseError as exc:
                    bad("重复截止", exc.reason)
            organiser = organisers.get(_text(row["组织者"]))
            if organiser is None:
                bad("组织者", texts.IMPORT_BAD_ORGANISER.format(value=_text(row["组织者"])))
            if len(errors) > before:
                continue
            draft = EventDraft(kind=kind, title=_text(row["标题"]), starts_at=start, ends_at=end,
                               place=_text(row["地点"]), audience=audience, offsets=offsets,
                               repeat=repeat, repeat_until=until)
            try:
                self.events.validate(draft)
            except UserError as exc:
                bad("标题" if "标题" in exc.text else "重复截止" if "截止" in exc.text else "地点", exc.text)
                continue
            drafts.append((organiser, draft))
        return drafts, errors

    async def import_rows(self, rows: list[dict[str, Any]]) -> ImportResult:
        if not any(rows):
            return ImportResult((texts.IMPORT_EMPTY,))
        drafts, errors = await self.check(rows)
        if errors:
            return ImportResult(tuple(errors))
        events = notices = 0
        async with self.events.db.transaction() as s:  # all rows or none
            for organiser, draft in drafts:
                created = await self.events.publish_in(s, organiser, draft)
                events += len(created)
                notices += created[0].counts.unanswered
        return ImportResult((), events, notices)
