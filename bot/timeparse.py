"""Chinese date and time phrases → aware datetimes in the committee's zone; and back.

Pure functions, no I/O: `parse_when` understands what staff type when they
schedule an event (`2026-12-03 14:30`, `12月3日 14:30`, `12月3日下午2点半`,
`明天上午9点`, `下周三 15:00`), `parse_day` a date alone (the end of a repeat),
`parse_offsets` reminder offsets (`1天,2小时,30分钟` or `1d,2h`). A phrase that
cannot be understood raises TimeParseError with a Chinese reason for the person.
`format_when` gives 2026年12月3日（周四）14:30, `format_when_zoned` adds （北京时间） for echoes.
The phrases and what they mean are the table tests/data/time_phrases.tsv (the contract).
"""

from __future__ import annotations

import re
import unicodedata
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
# Traditional forms and variants people type on phones; full-width digits and colons go by NFKC.
_VARIANTS = str.maketrans({"點": "点", "時": "时", "週": "周", "號": "号", "後": "后", "個": "个", "鐘": "钟",
                           "兩": "两", "〇": "零", "晩": "晚"})
# A month-day typed without a year that is more than a month past is next year's (1月5日 in December,
# 10月1日 in November); one passed within the month is refused as past (a slip, not a plan).
_ROLL_TO_NEXT_YEAR_AFTER = timedelta(days=30)


def _cn_number(text: str) -> int:
    """'14', '十四', '二十', '三十一', '两', '二零二六' → int."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    value = 0
    for ch in text:
        value = value * 10 + _CN_DIGITS[ch]
    return value


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_VARIANTS)
    return re.sub(r"\s+", " ", text).strip()


_NUM = r"[0-9]{1,4}|[零一二两三四五六七八九十]{1,4}"
_DATE_ISO = re.compile(r"(?P<y>\d{4})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<d>\d{1,2})(?!\d)")
_DATE_CN = re.compile(rf"(?:(?P<y>\d{{4}}|[零一二三四五六七八九]{{4}})\s*年\s*)?(?P<m>{_NUM})\s*月\s*(?P<d>{_NUM})\s*[日号]?")
_DATE_MD = re.compile(r"(?<![\d:.])(?P<m>\d{1,2})\s*[/.]\s*(?P<d>\d{1,2})(?![\d:])")
_MONTH_DAY = re.compile(rf"(?P<which>下个月|下月|本月|这个月|这月)?\s*(?P<d>{_NUM})\s*[号日](?!\d)")
_RELATIVE = {"大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "今天": 0, "今日": 0, "明天": 1, "明日": 1,
             "后天": 2, "大后天": 3}
# Words that name a day and a part of it at once: 明早 = 明天早上.
_DAY_AND_PERIOD = {"今早": (0, "早上"), "今晨": (0, "早上"), "今晚": (0, "晚上"), "明早": (1, "早上"),
                   "明晨": (1, "早上"), "明晚": (1, "晚上"), "昨晚": (-1, "晚上")}
_WEEK = re.compile(r"(?P<which>下下个|下下|下个|下|本|这个|这)?\s*(?:周|星期|礼拜)(?P<wd>[一二三四五六日天1-7])")
_PERIODS = ("凌晨", "清晨", "早上", "早晨", "上午", "中午", "下午", "傍晚", "晚上", "夜里", "早", "晚")
_PERIOD = re.compile("|".join(_PERIODS))
_AFTERNOON = {"下午", "傍晚", "晚上", "夜里", "晚"}
_CLOCK = re.compile(r"(?<!\d)(?P<h>\d{1,2})\s*:\s*(?P<mi>\d{1,2})(?!\d)")
_HOUR = re.compile(rf"(?P<h>{_NUM})\s*[点时]\s*(?:(?P<half>半)|(?P<quarter>一刻|三刻)|(?P<mi>{_NUM})\s*分?)?")
# Spans from now: 半小时后, 1小时30分钟后, 一个半小时后, 三天后, 一周后, 过10分钟.
_SPAN_PART = (rf"(?P<days>{_NUM})\s*(?:天|日)|(?P<weeks>{_NUM})\s*个?\s*(?:周|星期|礼拜)"
              rf"|(?:(?P<hours>{_NUM})\s*个?\s*(?P<hhalf>半)?\s*(?:小时|钟头)|(?P<halfhour>半)\s*个?\s*(?:小时|钟头))?"
              rf"\s*(?:(?P<minutes>{_NUM})\s*(?:分钟|分)|(?P<quarterhour>一刻钟))?")
_SPAN = re.compile(rf"^(?P<pre>过)?\s*(?:{_SPAN_PART})\s*(?P<post>以后|之后|后)?\s*(?P<rest>.*)$")


def _span(text: str) -> tuple[timedelta, bool, str] | None:
    """(how long from now, whether it counts in days, the text after it) for "…后" phrases."""
    match = _SPAN.match(text)
    if not match or not (match.group("pre") or match.group("post")):
        return None
    g = match.groupdict()
    if g["days"] or g["weeks"]:
        days = _cn_number(g["days"]) if g["days"] else 7 * _cn_number(g["weeks"])
        return timedelta(days=days), True, g["rest"]
    minutes = 0
    if g["hours"]:
        minutes += 60 * _cn_number(g["hours"]) + (30 if g["hhalf"] else 0)
    if g["halfhour"]:
        minutes += 30
    if g["minutes"]:
        minutes += _cn_number(g["minutes"])
    if g["quarterhour"]:
        minutes += 15
    if minutes == 0:
        return None
    return timedelta(minutes=minutes), False, g["rest"]


def _cut(text: str, match: re.Match) -> str:
    return text[:match.start()] + " " + text[match.end():]


def _date_part(text: str, today: date) -> tuple[date | None, str, str]:
    """(the date, a part of day the date word carried (明早), the text left for the time)."""
    for rx in (_DATE_ISO, _DATE_CN):
        match = rx.search(text)
        if match:
            year = _cn_number(match.group("y")) if match.group("y") else None
            month, day = _cn_number(match.group("m")), _cn_number(match.group("d"))
            return _make_date(year, month, day, today), "", _cut(text, match)
    match = _DATE_MD.search(text)
    if match:
        return _make_date(None, int(match.group("m")), int(match.group("d")), today), "", _cut(text, match)
    for word, (days, period) in _DAY_AND_PERIOD.items():
        if word in text:
            return today + timedelta(days=days), period, text.replace(word, " ", 1)
    for word in sorted(_RELATIVE, key=len, reverse=True):
        if word in text:
            return today + timedelta(days=_RELATIVE[word]), "", text.replace(word, " ", 1)
    match = _WEEK.search(text)
    if match:
        weekday = _WEEKDAY[match.group("wd")]
        which = match.group("which") or ""
        monday = today - timedelta(days=today.weekday())
        weeks = {"下": 1, "下个": 1, "下下": 2, "下下个": 2}.get(which, 0)
        day = monday + timedelta(weeks=weeks, days=weekday)
        # A bare 周三 means the next one to come: "bare" is marked so the clock can still move it.
        return day, "" if which else "bare-weekday", _cut(text, match)
    match = _MONTH_DAY.search(text)
    if match:
        return _month_day(match.group("which") or "", _cn_number(match.group("d")), today), "", _cut(text, match)
    return None, "", text


def _month_day(which: str, day: int, today: date) -> date:
    """5号 (this month, or next month if it has passed), 下个月5号, 本月20号."""
    year, month = today.year, today.month
    if which in ("下个月", "下月") or (not which and day < today.day):
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return _make_date(year, month, day, today)


def _make_date(year: int | None, month: int, day: int, today: date) -> date:
    if not 1 <= month <= 12:
        raise TimeParseError(texts.TIME_BAD_MONTH.format(month=month))
    candidate_year = year if year is not None else today.year
    try:
        result = date(candidate_year, month, day)
    except ValueError:
        raise TimeParseError(texts.TIME_BAD_DAY.format(month=month, day=day)) from None
    if year is None and today - result > _ROLL_TO_NEXT_YEAR_AFTER:  # 1月5日 typed in December
        try:
            result = date(candidate_year + 1, month, day)
        except ValueError:
            raise TimeParseError(texts.TIME_BAD_DAY.format(month=month, day=day)) from None
    return result


def _period(text: str, carried: str) -> str:
    if carried and carried != "bare-weekday":
        return carried
    match = _PERIOD.search(text)
    return match.group(0) if match else ""


def _time_part(text: str, period: str) -> tuple[time | None, bool]:
    """(the time of day, whether the hour was bare: no part of day and 12 or under)."""
    match = _CLOCK.search(text)
    if match:
        hour, minute = int(match.group("h")), int(match.group("mi"))
    else:
        match = _HOUR.search(text)
        if not match:
            return (time(12, 0), False) if period == "中午" else (None, False)
        hour = _cn_number(match.group("h"))
        if match.group("half"):
            minute = 30
        elif match.group("quarter"):
            minute = 15 if match.group("quarter") == "一刻" else 45
        elif match.group("mi"):
            minute = _cn_number(match.group("mi"))
        else:
            minute = 0
    bare = not period and 1 <= hour <= 12
    if period in _AFTERNOON and hour < 12:
        hour += 12
    elif period == "中午" and hour < 6:
        hour += 12
    elif period == "凌晨" and hour == 12:
        hour = 0
    elif bare and hour <= 6:  # a bare 3点 is 15:00: nobody meets at three in the morning
        hour += 12
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise TimeParseError(texts.TIME_BAD_CLOCK)
    return time(hour, minute), bare


def parse_when(text: str, now: datetime, tz: ZoneInfo, allow_past: bool = False) -> datetime:
    """What a person typed for a moment → an aware UTC datetime.

    A time of day without a date (3点, 下午3点, 14:30) means the next time it comes round;
    a bare hour (no 上午/下午) within working hours (1–6 are afternoon hours); a date
    given (今天上午8点, 12月1日 9:00, 昨天下午3点) is taken as written, and refused when past.
    """
    if now.tzinfo is None:
        raise ValueError("now must be aware")
    source = _normalise(text)
    if not source:
        raise TimeParseError(texts.TIME_EMPTY)
    local_now = now.astimezone(tz)
    span = _span(source)
    if span is not None:
        delta, in_days, rest = span
        if not rest.strip():
            return _checked((now + delta).replace(microsecond=0).astimezone(timezone.utc), now, tz,
                            allow_past)
        if not in_days:
            raise TimeParseError(texts.TIME_UNKNOWN)
        day, carried, rest = (now + delta).astimezone(tz).date(), "", rest
    else:
        day, carried, rest = _date_part(source, local_now.date())
    period = _period(rest, carried)
    clock, _ = _time_part(rest, period)
    if clock is None:
        raise TimeParseError(texts.TIME_NO_CLOCK if day or period else texts.TIME_UNKNOWN)
    if day is None:  # the next time this time of day comes round
        result = _local(local_now.date(), clock, tz)
        if result <= now:
            result = _local(local_now.date() + timedelta(days=1), clock, tz)
        return result
    result = _local(day, clock, tz)
    if carried == "bare-weekday" and result <= now:
        result = _local(day + timedelta(weeks=1), clock, tz)
    return _checked(result, now, tz, allow_past)


def _local(day: date, clock: time, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, clock, tzinfo=tz).astimezone(timezone.utc)


def _checked(result: datetime, now: datetime, tz: ZoneInfo, allow_past: bool) -> datetime:
    if not allow_past and result <= now:
        raise TimeParseError(texts.TIME_IN_PAST.format(when=format_when(result, tz)))
    return result


def parse_end(text: str, start: datetime, now: datetime, tz: ZoneInfo) -> datetime:
    """An end time: a full date and time, or only a clock time on the start's day."""
    source = _normalise(text)
    day, _, _ = _date_part(source, start.astimezone(tz).date()) if source else (None, "", "")
    if day is None:
        clock, _ = _time_part(source, _period(source, ""))
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
    source = _normalise(text)
    today = now.astimezone(tz).date()
    day, _, _ = _date_part(source, today) if source else (None, "", "")
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


def format_when_zoned(when: datetime, tz: ZoneInfo) -> str:
    """The echo of a scheduled moment: 2026年12月2日（周三）09:00（北京时间）."""
    return texts.WHEN_ZONED.format(when=format_when(when, tz), zone=zone_name(tz))


def zone_name(tz: ZoneInfo) -> str:
    """The zone as people call it (北京时间), never an IANA name like Asia/Shanghai."""
    return texts.ZONE_NAMES.get(str(tz.key if hasattr(tz, "key") else tz), texts.ZONE_LOCAL)


def format_day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日（{texts.WEEKDAYS[day.weekday()]}）"


def format_clock(when: datetime, tz: ZoneInfo) -> str:
    return f"{when.astimezone(tz):%H:%M}"
