"""Chinese date and time phrases → aware datetimes in the committee's zone; and back.

Pure functions, no I/O: `parse_when` understands what staff type when they
schedule an event (`2026-12-03 14:30`, `12月3日 14:30`, `12月3日下午2点半`,
`明天上午9点`, `下周三 15:00`), `parse_day` a date alone (the end of a repeat),
`parse_offsets` reminder offsets (`1天,2小时,30分钟` or `1d,2h`). A phrase that
cannot be understood raises TimeParseError with a Chinese reason for the person.
`format_when` gives the echo form 2026年12月3日（周四）14:30.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from bot import texts


class TimeParseError(ValueError):
    """The phrase is not a usable time; `reason` is a sentence for the person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9}
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "1": 0, "2": 1, "3": 2,
            "4": 3, "5": 4, "6": 5, "7": 6}


def _cn_number(text: str) -> int:
    """'14', '十四', '二十', '三十一', '两' → int."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    value = 0
    for ch in text:
        value = value * 10 + _CN_DIGITS[ch]
    return value


_NUM = r"[0-9]{1,4}|[零〇一二两三四五六七八九十]{1,3}"
_DATE_ISO = re.compile(r"(?P<y>\d{4})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})")
_DATE_CN = re.compile(rf"(?:(?P<y>\d{{4}})\s*年\s*)?(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*[日号]?")
_DATE_MD = re.compile(r"(?<!\d)(?P<m>\d{1,2})\s*/\s*(?P<d>\d{1,2})(?!\d)")
_RELATIVE = {"今天": 0, "今日": 0, "明天": 1, "明日": 1, "后天": 2, "大后天": 3}
_WEEK = re.compile(r"(?P<which>下下|下|本|这|这个|下个)?\s*(?:周|星期|礼拜)(?P<wd>[一二三四五六日天1-7])")
_AFTER = re.compile(rf"(?P<n>{_NUM})\s*(?P<u>分钟|分|个小时|小时)以?后")
_PERIOD = re.compile(r"凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|今晚|明晚")
_CLOCK = re.compile(r"(?P<h>\d{1,2})\s*[:：]\s*(?P<mi>\d{2})")
_HOUR = re.compile(rf"(?P<h>{_NUM})\s*[点时]\s*(?:(?P<half>半)|(?P<quarter>一刻|三刻)|(?P<mi>{_NUM})\s*分?)?")


def _date_part(text: str, today: date) -> tuple[date | None, bool, str]:
    """(the date, whether a year was given, the text left for the time)."""
    for rx in (_DATE_ISO, _DATE_CN):
        match = rx.search(text)
        if match:
            year = int(match.group("y")) if match.group("y") else None
            month, day = _cn_number(match.group("m")), _cn_number(match.group("d"))
            rest = text[:match.start()] + " " + text[match.end():]
            return _make_date(year, month, day, today), year is not None, rest
    match = _DATE_MD.search(text)
    if match and not _CLOCK.search(text[match.start():match.end()]):
        rest = text[:match.start()] + " " + text[match.end():]
        return _make_date(None, int(match.group("m")), int(match.group("d")), today), False, rest
    for word in sorted(_RELATIVE, key=len, reverse=True):
        if word in text:
            return today + timedelta(days=_RELATIVE[word]), True, text.replace(word, " ", 1)
    if "今晚" in text:
        return today, True, text
    if "明晚" in text:
        return today + timedelta(days=1), True, text
    match = _WEEK.search(text)
    if match:
        weekday = _WEEKDAY[match.group("wd")]
        which = match.group("which") or ""
        monday = today - timedelta(days=today.weekday())
        weeks = {"下": 1, "下个": 1, "下下": 2}.get(which, 0)
        day = monday + timedelta(weeks=weeks, days=weekday)
        if not which and day < today:  # a bare 周三 that has passed this week means next week's
            day += timedelta(weeks=1)
        return day, True, text[:match.start()] + " " + text[match.end():]
    return None, False, text


def _make_date(year: int | None, month: int, day: int, today: date) -> date:
    if not 1 <= month <= 12:
        raise TimeParseError(texts.TIME_BAD_MONTH.format(month=month))
    candidate_year = year if year is not None else today.year
    try:
        result = date(candidate_year, month, day)
    except ValueError:
        raise TimeParseError(texts.TIME_BAD_DAY.format(month=month, day=day)) from None
    if year is None and result < today:  # 1月5日 typed in November means next January
        try:
            result = date(candidate_year + 1, month, day)
        except ValueError:
            raise TimeParseError(texts.TIME_BAD_DAY.format(month=month, day=day)) from None
    return result


def _time_part(text: str) -> time | None:
    period_match = _PERIOD.search(text)
    period = period_match.group(0) if period_match else ""
    match = _CLOCK.search(text)
    if match:
        hour, minute = int(match.group("h")), int(match.group("mi"))
    else:
        match = _HOUR.search(text)
        if not match:
            if period == "中午":
                return time(12, 0)
            return None
        hour = _cn_number(match.group("h"))
        if match.group("half"):
            minute = 30
        elif match.group("quarter"):
            minute = 15 if match.group("quarter") == "一刻" else 45
        elif match.group("mi"):
            minute = _cn_number(match.group("mi"))
        else:
            minute = 0
    if period in ("下午", "傍晚", "晚上", "今晚", "明晚") and hour < 12:
        hour += 12
    elif period == "中午" and hour < 6:
        hour += 12
    elif period == "凌晨" and hour == 12:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise TimeParseError(texts.TIME_BAD_CLOCK)
    return time(hour, minute)


def parse_when(text: str, now: datetime, tz: ZoneInfo, allow_past: bool = False) -> datetime:
    """A date and a time of day → an aware UTC datetime; the date may be omitted (today)."""
    if now.tzinfo is None:
        raise ValueError("now must be aware")
    source = (text or "").strip()
    if not source:
        raise TimeParseError(texts.TIME_EMPTY)
    local_now = now.astimezone(tz)
    relative = _AFTER.fullmatch(source)
    if relative:  # "10分钟后", "2小时后": exactly that long from now (to the second)
        amount = _cn_number(relative.group("n"))
        delta = timedelta(minutes=amount) if relative.group("u") in ("分钟", "分") else timedelta(hours=amount)
        return (now + delta).replace(microsecond=0).astimezone(timezone.utc)
    day, _, rest = _date_part(source, local_now.date())
    clock = _time_part(rest)
    if clock is None:
        raise TimeParseError(texts.TIME_NO_CLOCK if day else texts.TIME_UNKNOWN)
    day = day or local_now.date()
    result = datetime.combine(day, clock, tzinfo=tz).astimezone(timezone.utc)
    if not allow_past and result <= now:
        raise TimeParseError(texts.TIME_IN_PAST.format(when=format_when(result, tz)))
    return result


def parse_end(text: str, start: datetime, now: datetime, tz: ZoneInfo) -> datetime:
    """An end time: a full date and time, or only a clock time on the start's day."""
    source = (text or "").strip()
    day, _, rest = _date_part(source, start.astimezone(tz).date()) if source else (None, False, "")
    if day is None:
        clock = _time_part(source)
        if clock is None:
            raise TimeParseError(texts.TIME_UNKNOWN)
        result = datetime.combine(start.astimezone(tz).date(), clock, tzinfo=tz).astimezone(timezone.utc)
    else:
        result = parse_when(source, now, tz, allow_past=True)
    if result <= start:
        raise TimeParseError(texts.EVENT_END_BEFORE_START)
    return result


def parse_day(text: str, now: datetime, tz: ZoneInfo) -> date:
    """A date alone (e.g. the last day of a repeat); today or later."""
    source = (text or "").strip()
    today = now.astimezone(tz).date()
    day, _, _ = _date_part(source, today) if source else (None, False, "")
    if day is None:
        raise TimeParseError(texts.TIME_NO_DATE)
    if day < today:
        raise TimeParseError(texts.DATE_IN_PAST.format(day=format_day(day)))
    return day


_OFFSET = re.compile(r"^(?P<n>\d+|[零一二两三四五六七八九十]{1,3})\s*(?P<u>天|日|d|小时|个小时|钟头|h|分钟|分|m|min)$",
                     re.IGNORECASE)
_UNIT_MINUTES = {"天": 1440, "日": 1440, "d": 1440, "小时": 60, "个小时": 60, "钟头": 60, "h": 60,
                 "分钟": 1, "分": 1, "m": 1, "min": 1}
MAX_OFFSET_MINUTES = 60 * 24 * 30


def parse_offsets(text: str) -> list[int]:
    """'1天,2小时,30分钟' / '1d 2h' / '1m' → minutes before the start, largest first."""
    parts = [p for p in re.split(r"[,，、;；\s]+", (text or "").strip()) if p]
    if not parts:
        raise TimeParseError(texts.OFFSETS_EMPTY)
    minutes = set()
    for part in parts:
        match = _OFFSET.match(part)
        if not match:
            raise TimeParseError(texts.OFFSET_BAD.format(part=part))
        value = _cn_number(match.group("n")) * _UNIT_MINUTES[match.group("u").lower()]
        if not 0 < value <= MAX_OFFSET_MINUTES:
            raise TimeParseError(texts.OFFSET_BAD.format(part=part))
        minutes.add(value)
    return sorted(minutes, reverse=True)


def offset_label(minutes: int) -> str:
    """1440 → '1天', 120 → '2小时', 90 → '1小时30分钟'."""
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    out = (f"{days}天" if days else "") + (f"{hours}小时" if hours else "") + (f"{mins}分钟" if mins else "")
    return out or "0分钟"


def format_when(when: datetime, tz: ZoneInfo) -> str:
    local = when.astimezone(tz)
    return f"{format_day(local.date())}{local:%H:%M}"


def format_day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日（{texts.WEEKDAYS[day.weekday()]}）"


def format_clock(when: datetime, tz: ZoneInfo) -> str:
    return f"{when.astimezone(tz):%H:%M}"
