"""The .ics text: UTC times, UID, escaped SUMMARY and LOCATION, folded lines, CRLF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

from bot.ics import calendar


@dataclass
class E:
    id: int
    title: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    status: str = "active"


def unfold(text: str) -> str:
    return text.replace("\r\n ", "")


def test_one_event_is_a_valid_vcalendar():
    start = datetime(2026, 12, 3, 6, 30, tzinfo=timezone.utc)
    body = calendar([E(7, "学习会; 第一期, 上午", start, None, "市政协\n三楼")], start).decode()
    assert body.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:") and body.endswith("END:VCALENDAR\r\n")
    lines = unfold(body).split("\r\n")
    assert "UID:event-7@lvzhi.bot" in lines
    assert "DTSTART:20261203T063000Z" in lines and "DTEND:20261203T083000Z" in lines
    assert "SUMMARY:学习会\\; 第一期\\, 上午" in lines and "LOCATION:市政协\\n三楼" in lines
    assert body.count("BEGIN:VEVENT") == 1 == body.count("END:VEVENT")


def test_long_lines_are_folded_within_75_octets_without_splitting_characters():
    start = datetime(2026, 12, 3, 6, 30, tzinfo=timezone.utc)
    body = calendar([E(1, "关于老旧小区加装电梯" * 10, start, None, "x", "cancelled")], start).decode()
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    assert "SUMMARY:" + "关于老旧小区加装电梯" * 10 in unfold(body)
    assert "STATUS:CANCELLED" in body
