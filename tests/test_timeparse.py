"""The Chinese time parser: what staff type when they schedule, in Asia/Shanghai."""

from __future__ import annotations

from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from bot import texts
from bot.timeparse import (TimeParseError, format_when, offset_label, parse_day, parse_offsets,
                           parse_when)

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 2, 1, 0, tzinfo=timezone.utc)  # Monday 2026-11-02 09:00 in Shanghai


def local(text: str) -> str:
    return parse_when(text, NOW, TZ).astimezone(TZ).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize("text, expected", [
    ("2026-12-03 14:30", "2026-12-03 14:30"),
    ("2026/12/3 9:05", "2026-12-03 09:05"),
    ("12月3日 14:30", "2026-12-03 14:30"),
    ("12月3日14：30", "2026-12-03 14:30"),
    ("12月3日下午2点半", "2026-12-03 14:30"),
    ("十二月三日上午十点", "2026-12-03 10:00"),
    ("2026年12月3日 晚上7点15分", "2026-12-03 19:15"),
    ("明天上午9点", "2026-11-03 09:00"),
    ("后天下午3点", "2026-11-04 15:00"),
    ("下周三 15:00", "2026-11-11 15:00"),
    ("周三 15:00", "2026-11-04 15:00"),
    ("今天下午4点", "2026-11-02 16:00"),
    ("1月5日 9:00", "2027-01-05 09:00"),
    ("12月3号中午", "2026-12-03 12:00"),
])
def test_phrases_are_understood_in_the_committee_zone(text, expected):
    assert local(text) == expected


def test_result_is_aware_utc():
    when = parse_when("2026-12-03 14:30", NOW, TZ)
    assert when == datetime(2026, 12, 3, 6, 30, tzinfo=timezone.utc)


def test_echo_has_the_weekday():
    assert format_when(parse_when("12月3日 14:30", NOW, TZ), TZ) == "2026年12月3日（周四）14:30"


@pytest.mark.parametrize("text, reason", [
    ("2月30日 10:00", texts.TIME_BAD_DAY.format(month=2, day=30)),
    ("13月1日 10:00", texts.TIME_BAD_MONTH.format(month=13)),
    ("12月3日", texts.TIME_NO_CLOCK),
    ("随便什么时候", texts.TIME_UNKNOWN),
    ("12月3日 25:00", texts.TIME_BAD_CLOCK),
])
def test_bad_phrases_are_explained(text, reason):
    with pytest.raises(TimeParseError) as err:
        parse_when(text, NOW, TZ)
    assert err.value.reason == reason


def test_past_time_is_refused_with_the_understood_time():
    with pytest.raises(TimeParseError) as err:
        parse_when("2026-11-01 10:00", NOW, TZ)
    assert err.value.reason == texts.TIME_IN_PAST.format(when="2026年11月1日（周日）10:00")
    with pytest.raises(TimeParseError):
        parse_when("今天上午8点", NOW, TZ)


def test_a_day_alone_for_the_end_of_a_repeat():
    assert parse_day("12月31日", NOW, TZ) == date(2026, 12, 31)
    with pytest.raises(TimeParseError):
        parse_day("2026-10-01", NOW, TZ)


def test_offsets_in_chinese_and_short_form():
    assert parse_offsets("1天,2小时,30分钟") == [1440, 120, 30]
    assert parse_offsets("1d 2h") == [1440, 120]
    assert parse_offsets("1m") == [1]
    assert offset_label(90) == "1小时30分钟"
    with pytest.raises(TimeParseError):
        parse_offsets("明天")


def test_minutes_from_now_are_counted_from_now():
    from datetime import timedelta
    now = NOW + timedelta(seconds=20)
    assert parse_when("2分钟后", now, TZ) == now + timedelta(minutes=2)
    assert parse_when("2小时后", NOW, TZ) == NOW + timedelta(hours=2)


def test_end_time_may_be_a_clock_time_on_the_start_day():
    from bot.timeparse import parse_end
    start = parse_when("12月3日 14:30", NOW, TZ)
    assert format_when(parse_end("16:30", start, NOW, TZ), TZ) == "2026年12月3日（周四）16:30"
    with pytest.raises(TimeParseError) as err:
        parse_end("12:00", start, NOW, TZ)
    assert err.value.reason == texts.EVENT_END_BEFORE_START


def test_echo_names_the_zone_as_people_do():
    from bot.timeparse import format_when_zoned

    when = datetime(2026, 12, 2, 1, 0, tzinfo=timezone.utc)
    assert format_when_zoned(when, TZ) == "2026年12月2日（周三）09:00（北京时间）"
    assert "Asia" not in format_when_zoned(when, ZoneInfo("Europe/Berlin"))
