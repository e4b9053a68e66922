"""Broadcasts (通知): composing a notice, choosing its audience, starting, pausing, reporting, receipts.

The draft is a `broadcasts` row whose `step` is where the admin is in composing
(content → audience → receipt → preview → time); the dialog row names the flow.
Starting a broadcast writes one outbox row per recipient in the same transaction
that moves it to `sending`; the sender (handlers/outbox_sender.py over
bot/outbox.py) does the rest. Recipients are active members; those the bot
cannot reach (never pressed /start, or blocked it) get an `unreachable` row at
once and are listed, never an error. Every admin action checks the role here too.

Layout: models.py (plain values), base.py (shared lookups), compose.py (the
draft), delivery.py (start, controls, reminders of unread), report.py (counts,
outcomes, XLSX, 已阅, the list), service.py (the one service); SQL lives in
storage/queries/broadcasts.py.
"""

from bot.broadcasts.models import (
    AUDIENCE, CONTENT, FLOW, KINDS, LIST_LIMIT, PREVIEW, RECEIPT, TIME, TIME_OK, Audience, Draft, Outcome, Progress,
    ReadResult, Recipient, Report, Started,
)
from bot.broadcasts.service import BroadcastService

__all__ = [
    "AUDIENCE", "CONTENT", "FLOW", "KINDS", "LIST_LIMIT", "PREVIEW", "RECEIPT", "TIME", "TIME_OK", "Audience", "Draft",
    "Outcome", "Progress", "ReadResult", "Recipient", "Report", "Started", "BroadcastService",
]
