"""Export periods and filters at their edges: the first and last second of a month in Asia/Shanghai."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from bot import texts
from bot.errors import UserError
from bot.export.records import ExportFilter, SubmissionRecord, dates_period, parse_period

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 2, 1, 0, tzinfo=timezone.utc)  # Monday 09:00 in Shanghai


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=TZ).astimezone(timezone.utc)


def rec(filed_at: datetime, status: str = "已提交", category: str = "民生关切") -> SubmissionRecord:
    return SubmissionRecord(
        number="SQMY-2026-0001", filed_at=filed_at, member_name="李四", sector="经济界",
        special_committee=None, unit=None, co_signers=(), category=category, title="关于加装电梯的建议",
        situation="情况", problem="问题", suggestion="建议", characters=6, seconds_count=0, status=status,
    )


def test_this_month_includes_its_first_and_last_second_in_shanghai():
    period = parse_period(texts.EXPORT_PERIOD_MONTH, NOW, TZ)
    assert period.label == "2026年11月"
    assert period.contains(local(2026, 11, 1, 0, 0, 0))
    assert period.contains(local(2026, 11, 30, 23, 59, 59))
    assert period.contains(local(2026, 11, 30, 23, 59, 59).replace(microsecond=999999))


def test_this_month_excludes_the_seconds_just_outside_it():
    period = parse_period(texts.EXPORT_PERIOD_MONTH, NOW, TZ)
    assert not period.contains(local(2026, 10, 31, 23, 59, 59))
    assert not period.contains(local(2026, 12, 1, 0, 0, 0))
    # 2026-11-01 00:00 in Shanghai is still October in UTC: the zone decides, not UTC.
    assert period.start == datetime(2026, 10, 31, 16, 0, tzinfo=timezone.utc)


def test_month_is_taken_in_the_committee_zone_at_the_turn_of_the_month():
    late_october_utc = datetime(2026, 10, 31, 16, 30, tzinfo=timezone.utc)  # 00:30 on 1 November in Shanghai
    assert parse_period(texts.EXPORT_PERIOD_MONTH, late_october_utc, TZ).label == "2026年11月"


def test_this_quarter_runs_october_to_december():
    period = parse_period(texts.EXPORT_PERIOD_QUARTER, NOW, TZ)
    assert period.label == "2026年第4季度"
    assert period.contains(local(2026, 10, 1, 0, 0, 0))
    assert period.contains(local(2026, 12, 31, 23, 59, 59))
    assert not period.contains(local(2026, 9, 30, 23, 59, 59))
    assert not period.contains(local(2027, 1, 1, 0, 0, 0))


def test_this_year_and_all():
    year = parse_period(texts.EXPORT_PERIOD_YEAR, NOW, TZ)
    assert (year.start, year.end) == (local(2026, 1, 1), local(2027, 1, 1))
    assert year.label == "2026年"
    everything = parse_period(texts.EXPORT_PERIOD_ALL, NOW, TZ)
    assert everything.start is None and everything.end is None
    assert everything.contains(local(1999, 1, 1))


@pytest.mark.parametrize("typed", ["2026-01-01 2026-06-30", "2026-01-01至2026-06-30", "2026/1/1 ~ 2026/6/30",
                                   "2026年1月1日 到 2026年6月30日"])
def test_typed_dates_include_both_days_whole(typed):
    period = parse_period(typed, NOW, TZ)
    assert period.contains(local(2026, 1, 1, 0, 0, 0))
    assert period.contains(local(2026, 6, 30, 23, 59, 59))
    assert not period.contains(local(2025, 12, 31, 23, 59, 59))
    assert not period.contains(local(2026, 7, 1, 0, 0, 0))
    assert period.label == "2026年1月1日至2026年6月30日"


@pytest.mark.parametrize("typed, sentence", [
    ("上个月", texts.EXPORT_PERIOD_BAD),
    ("2026-01-01", texts.EXPORT_PERIOD_BAD),
    ("2026-06-30 2026-01-01", texts.EXPORT_PERIOD_REVERSED),
    ("2026-02-30 2026-03-01", texts.EXPORT_PERIOD_BAD_DATE.format(value="2026-02-30")),
])
def test_a_period_that_cannot_be_read_is_explained(typed, sentence):
    with pytest.raises(UserError) as caught:
        parse_period(typed, NOW, TZ)
    assert caught.value.text == sentence


def test_filter_applies_period_status_and_category_at_the_edges():
    flt = ExportFilter.for_period(parse_period("2026-06-01 2026-06-30", NOW, TZ), status="市政协采用",
                                  category="民生关切")
    assert flt.matches(rec(local(2026, 6, 30, 23, 59, 59), "市政协采用"))
    assert flt.matches(rec(local(2026, 6, 1, 0, 0, 0), "市政协采用"))
    assert not flt.matches(rec(local(2026, 7, 1, 0, 0, 0), "市政协采用"))
    assert not flt.matches(rec(local(2026, 5, 31, 23, 59, 59), "市政协采用"))
    assert not flt.matches(rec(local(2026, 6, 15), "已提交"))
    assert not flt.matches(rec(local(2026, 6, 15), "市政协采用", category="其他"))


def test_cli_dates_may_leave_either_side_open():
    from datetime import date

    since = dates_period(date(2026, 6, 1), None, TZ)
    assert since.contains(local(2030, 1, 1)) and not since.contains(local(2026, 5, 31, 23, 59, 59))
    until = dates_period(None, date(2026, 6, 30), TZ)
    assert until.contains(local(2026, 6, 30, 23, 59, 59)) and not until.contains(local(2026, 7, 1))


def test_a_record_refuses_a_naive_filing_time():
    with pytest.raises(ValueError):
        rec(datetime(2026, 11, 2, 9, 0))
