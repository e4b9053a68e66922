"""When a scheduled notice goes out: a small, pure parser of the times admins type.

Accepts `2026-12-03 14:30`, `2026/12/3 14:30`, `2026年12月3日 14:30`, `12月3日 14:30`,
`12-03 14:30` and `今天/明天/后天 14:30` (also `14点30`, `3点半`, `下午3点`), read in the
committee's zone.
A date without a year means its next occurrence. The events feature has a richer
parser; this one only needs what a send time needs.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from bot import texts

_TIME = (r"\s*(?:上午|早上)?\s*(?P<pm>下午|晚上)?\s*"
         r"(?P<h>\d{1,2})(?:[:：](?P<m>\d{2})|点(?:(?P<m2>\d{1,2})分?|(?P<half>半))?)")
_FULL = re.compile(r"^(?P<y>\d{4})\s*[-/.年]\s*(?P<mo>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号]?" + _TIME + "$")
_SHORT = re.compile(r"^(?P<mo>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号]?" + _TIME + "$")
_RELATIVE = re.compile(r"^(?P<rel>今天|明天|后天)" + _TIME + "$")
_RELATIVE_DAYS = {"今天": 0, "明天": 1, "后天": 2}


def parse_send_time(text: str, now: datetime, tz: tzinfo) -> datetime:
    """The aware UTC time meant by `text` (in zone `tz`); raises ValueError if it is not a time."""
    text = re.sub(r"\s+", " ", text.strip())
    local_now = now.astimezone(tz)
    match = _FULL.match(text)
    if match:
        day = date(int(match["y"]), int(match["mo"]), int(match["d"]))
    elif (match := _SHORT.match(text)) is not None:
        day = date(local_now.year, int(match["mo"]), int(match["d"]))
    elif (match := _RELATIVE.match(text)) is not None:
        day = local_now.date() + timedelta(days=_RELATIVE_DAYS[match["rel"]])
    else:
        raise ValueError(f"not a time: {text!r}")
    hour = int(match["h"])
    minute = 30 if match["half"] else int(match["m"] or match["m2"] or 0)
    if match["pm"] and hour < 12:
        hour += 12
    when = datetime.combine(day, time(hour, minute), tzinfo=tz)  # raises ValueError on 25:00
    if _SHORT.match(text) and when < local_now:
        when = when.replace(year=when.year + 1)
    return when.astimezone(timezone.utc)


def format_send_time(when: datetime, tz: tzinfo) -> str:
    """`2026年12月3日（周四）14:30` in the committee's zone."""
    local = when.astimezone(tz)
    return f"{local.year}年{local.month}月{local.day}日（{texts.WEEKDAYS[local.weekday()]}）{local:%H:%M}"
