"""iCalendar (RFC 5545) text for events, so a member can put them into a phone calendar.

Times are written in UTC (the `Z` form), which every calendar converts to the
phone's zone; text values are escaped and long lines folded as the RFC asks.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Iterable, Protocol

DEFAULT_LENGTH = timedelta(hours=2)
PRODID = "-//lvzhi-helper//events//ZH"


class CalendarEvent(Protocol):
    id: int
    title: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    status: str


def _stamp(when: datetime) -> str:
    return when.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (never inside a character)."""
    out, current = [], b""
    for ch in line:
        encoded = ch.encode()
        limit = 75 if not out else 74
        if len(current) + len(encoded) > limit:
            out.append(current.decode())
            current = b""
        current += encoded
    out.append(current.decode())
    return "\r\n ".join(out)


def calendar(events: Iterable[CalendarEvent], now: datetime, domain: str = "lvzhi.bot",
             description: dict[int, str] | None = None) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for event in events:
        end = event.ends_at or event.starts_at + DEFAULT_LENGTH
        lines += [
            "BEGIN:VEVENT",
            f"UID:event-{event.id}@{domain}",
            f"DTSTAMP:{_stamp(now)}",
            f"DTSTART:{_stamp(event.starts_at)}",
            f"DTEND:{_stamp(end)}",
            f"SUMMARY:{_escape(event.title)}",
            f"LOCATION:{_escape(event.place)}",
        ]
        if description and event.id in description:
            lines.append(f"DESCRIPTION:{_escape(description[event.id])}")
        lines.append("STATUS:CANCELLED" if event.status == "cancelled" else "STATUS:CONFIRMED")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(_fold(line) for line in lines) + "\r\n").encode()
