"""The services a running bot uses, built once from the settings and handed to handlers.

Handlers reach them through `context.services` (see bot/app.py); the CLI and the
tests build the same object. Nothing here imports telegram.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.broadcasts.public import BroadcastService
from bot.clock import Clock
from bot.config import Settings
from bot.console.lists import ConsoleLists
from bot.console.login import ConsoleLogin
from bot.console.overview import OverviewService
from bot.dialogs import DialogStore
from bot.event_form import EventForm
from bot.events.public import EventsService
from bot.export.service import ExportService
from bot.issues import IssuesService
from bot.members import MembersService
from bot.monitoring import Monitoring
from bot.qa import QaService
from bot.records.public import RecordsService
from bot.outbox import OutboxService
from bot.pacing import Pacer
from bot.polls.public import PollsService
from bot.registration import Registration
from bot.roster.service import RosterService
from bot.submissions import SubmissionsService, categories_from
from bot.updates import UpdateLog
from storage.db import Database


@dataclass
class Services:
    settings: Settings
    db: Database
    clock: Clock
    members: MembersService
    dialogs: DialogStore
    registration: Registration
    updates: UpdateLog
    qa: QaService
    submissions: SubmissionsService
    events: EventsService
    event_form: EventForm
    export: ExportService
    issues: IssuesService
    pacer: Pacer
    outbox: OutboxService
    broadcasts: BroadcastService
    roster: RosterService
    records: RecordsService
    polls: PollsService
    # Names this process in outbox claims and in the sender heartbeat.
    process_id: str = field(default_factory=lambda: f"{socket.gethostname()[:30]}:{os.getpid()}:{uuid.uuid4().hex[:8]}")
    # The admin console's own services (bot/console/); built by `build`.
    console_login: ConsoleLogin | None = None
    console_overview: OverviewService | None = None
    console_lists: ConsoleLists | None = None

    @classmethod
    def build(cls, settings: Settings, clock: Clock | None = None, db: Database | None = None) -> "Services":
        clock = clock or Clock()
        db = db or Database(settings.database_url)
        members = MembersService(db, clock, settings.admin_ids)
        dialogs = DialogStore(db, clock)
        sub = settings.submissions
        submissions = SubmissionsService(
            db, clock, members, dialogs, categories_from(settings), settings.timezone,
            prefix=sub.number_prefix, max_attachments=sub.max_attachments,
            max_attachment_mb=sub.max_attachment_mb, draft_days=sub.draft_days, phone_required=sub.phone_required)
        # Exports read the submissions service's stream; an issue's DOCX is written by the same service.
        export = ExportService.from_settings(settings, clock, submissions.records_for, members)
        events = EventsService(db, clock, members, settings.timezone, settings.sectors,
                               settings.special_committees, _default_offsets(settings),
                               settings.reminders.checkin_opens_minutes)
        bc = settings.broadcasts
        services = cls(
            settings=settings, db=db, clock=clock, members=members, dialogs=dialogs,
            registration=Registration(db, clock, members, dialogs, settings.sectors,
                                      settings.special_committees),
            updates=UpdateLog(db, clock, members, dialogs),
            qa=QaService(db, clock, members, settings),
            submissions=submissions,
            events=events, event_form=EventForm(events, dialogs, clock),
            export=export,
            issues=IssuesService(db, clock, members, submissions, export, settings.timezone),
            pacer=Pacer(settings.rate_limits.overall_per_second, settings.rate_limits.per_chat_per_second),
            outbox=OutboxService(db, clock, max_attempts=bc.max_retries,
                                 lease=timedelta(seconds=bc.lease_seconds),
                                 heartbeat=timedelta(seconds=bc.heartbeat_seconds)),
            broadcasts=BroadcastService(db, clock, members, dialogs, settings.timezone, settings.sectors,
                                        settings.special_committees),
            roster=RosterService(db, clock, members, dialogs, settings.sectors, settings.special_committees,
                                 settings.roster.invite_days, settings.roster.bot_username),
            records=RecordsService(db, clock, members, settings.records, settings.timezone, settings.committee,
                                   settings.special_committees),
            polls=PollsService(db, clock, members, dialogs, settings.timezone, settings.sectors,
                               settings.special_committees),
        )
        services.console_login = ConsoleLogin(db, clock, members, settings.web.console_url)
        services.console_overview = OverviewService(db, clock, members, settings.timezone, events,
                                                    services.broadcasts, services.qa)
        services.console_lists = ConsoleLists(db, clock, members, events)
        return services

    @property
    def monitoring(self) -> Monitoring:
        """Health and metrics for the web server (cheap to build: it holds no state)."""
        return Monitoring(self.db, self.clock, timedelta(seconds=self.settings.broadcasts.heartbeat_seconds))

    async def start(self) -> None:
        """Work that must happen once per start, after migrations."""
        await self.members.ensure_configured_admins()

    async def next_due_at(self) -> datetime | None:
        """The earliest moment any ticker has work (reminders, broadcasts, old drafts); None: nothing
        waits. The chat session's `@advance` steps the clock from one such moment to the next."""
        moments = [await self.events.next_due_at(), await self.broadcasts.next_due_at(),
                   await self.submissions.next_due_at(), await self.polls.next_due_at()]
        return min((m for m in moments if m is not None), default=None)

    async def close(self) -> None:
        await self.qa.asked.close()  # the last moment's asked questions (bot/asked_log.py)
        try:  # a graceful stop hands this process's share of the rate back at once
            await self.outbox.leave(self.process_id)
        except Exception:  # noqa: BLE001 - the heartbeat also expires on its own
            pass
        await self.db.dispose()


def _default_offsets(settings: Settings) -> list[int]:
    """[reminders].default_offsets ("1d", "2h" …) as minutes before the start."""
    from bot.clock import parse_duration

    values = settings.reminders.default_offsets
    return sorted({int(parse_duration(str(v)).total_seconds() // 60) for v in values}, reverse=True)
