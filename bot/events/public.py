"""Events (学习 / 视察 / 调研 / 会议): the feature's service and the values it hands out.

models.py (dataclasses, limits), reading.py (the admins' views), audience.py, scheduling.py
(creating and changing events), attendance.py (参加 / 请假 / 签到), files.py (.ics, .xlsx),
reminders.py (claiming due reminder rows); service.py assembles EventsService.
"""

from bot.events.models import (BEFORE_START_ONLY, DEFAULT_CHECKIN_CLOSE, KINDS, MAX_OCCURRENCES, MAX_PLACE,
                               MAX_REASON, MAX_TITLE, REPEATS, AttendanceInfo, CheckIn, Counts, EventClosed,
                               EventDraft, EventInfo, LeaveDecision, MyEvent)
from bot.events.reminders import MAX_ATTEMPTS, STALE_CLAIM, Claim, DueReminder
from bot.events.service import EventsService

__all__ = [
    "BEFORE_START_ONLY", "DEFAULT_CHECKIN_CLOSE", "KINDS", "MAX_ATTEMPTS", "MAX_OCCURRENCES", "MAX_PLACE",
    "MAX_REASON", "MAX_TITLE", "REPEATS", "STALE_CLAIM", "AttendanceInfo", "CheckIn", "Claim", "Counts",
    "DueReminder", "EventClosed", "EventDraft", "EventInfo", "EventsService", "LeaveDecision", "MyEvent",
]
