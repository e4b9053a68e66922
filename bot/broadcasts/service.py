"""The broadcast service handlers call: composing, delivery and reporting in one object.

Each part lives in its own module (compose.py, delivery.py, report.py) over the
shared ServiceBase; `services.broadcasts` is this one class.
"""

from __future__ import annotations

from bot.broadcasts.compose import Composing
from bot.broadcasts.delivery import Delivering
from bot.broadcasts.report import Reporting


class BroadcastService(Composing, Delivering, Reporting):
    """Broadcasts (通知): compose a notice, choose its audience, start, pause, report, receipts."""
