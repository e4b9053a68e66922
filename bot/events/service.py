"""EventsService: the one service object of the events feature, assembled from its parts."""

from __future__ import annotations

from bot.events.attendance import AttendanceMixin
from bot.events.audience import AudienceMixin
from bot.events.files import FilesMixin
from bot.events.reading import EventsBase
from bot.events.recipient import RecipientMixin
from bot.events.reminders import ReminderClaims
from bot.events.scheduling import SchedulingMixin


class EventsService(SchedulingMixin, AttendanceMixin, AudienceMixin, FilesMixin, ReminderClaims, RecipientMixin,
                    EventsBase):
    """Events (学习 / 视察 / 调研 / 会议), members' answers, leave, check-in and reminder rows.

    The rules live in bot/events/; the handlers only ask and render."""
