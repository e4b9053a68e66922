"""The 履职档案 feature's service and the values it hands out."""

from bot.records.scoring import EVENT_KINDS, Fact, MemberRecord, Person, Tally
from bot.records.service import EntryView, Overview, RecordsService

__all__ = ["EVENT_KINDS", "EntryView", "Fact", "MemberRecord", "Overview", "Person", "RecordsService", "Tally"]
