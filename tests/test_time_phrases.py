"""The time table: what people type for a time, and the moment it means (tests/data/time_phrases.tsv).

The table is the contract of bot/timeparse.parse_when: every phrase is read
against one fixed "now" (2026-12-01 10:00 北京时间, a Tuesday); a past time is
refused naming the moment it was read as; a phrase that is not a time is
refused with the sentence that says why.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot import texts
from bot.timeparse import TimeParseError, format_when, parse_when

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 1, 2, 0, tzinfo=timezone.utc)  # Tuesday 10:00 in Beijing
TABLE = Path(__file__).parent / "data" / "time_phrases.tsv"


def _rows() -> list[tuple[str, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, expected = line.rsplit("\t", 1)
        rows.append((phrase, expected.strip()))
    return rows


ROWS = _rows()


def test_the_table_is_large_enough():
    assert len(ROWS) >= 150


@pytest.mark.parametrize("phrase, expected", ROWS, ids=[r[0].strip() or "blank" for r in ROWS])
def test_phrase(phrase, expected):
    if expected.startswith("ERR "):
        with pytest.raises(TimeParseError) as err:
            parse_when(phrase, NOW, TZ)
        name = expected.split()[1]
        # Reasons that name a month or a day carry them: the rest of the sentence must match.
        pattern = re.sub(r"\\\{\w+\\\}", ".+", re.escape(getattr(texts, name)))
        assert re.fullmatch(pattern, err.value.reason), err.value.reason
        return
    if expected.startswith("PAST "):
        when = datetime.strptime(expected[5:], "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
        with pytest.raises(TimeParseError) as err:
            parse_when(phrase, NOW, TZ)
        assert err.value.reason == texts.TIME_IN_PAST.format(when=format_when(when, TZ))
        return
    got = parse_when(phrase, NOW, TZ)
    assert got.tzinfo is not None
    assert got.astimezone(TZ).strftime("%Y-%m-%d %H:%M") == expected
