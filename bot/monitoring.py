"""What operators watch: is the bot healthy, and the numbers behind /metrics.

Two halves. `Monitoring` reads the database at the moment it is asked (members,
submissions, outbox, reminders, questions, live sender processes). `Telemetry` is one
Application's Prometheus registry: counters and a histogram fed from the update path,
plus a collector that exposes the latest database reading. A registry per Application,
never prometheus-client's global default, so tests and several applications in one
process do not collide. handlers/web.py serves both over HTTP; nothing here knows HTTP
or Telegram.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Iterator

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from bot.clock import Clock
from storage.db import Database
from storage.queries import health as health_q
from storage.queries import members as members_q
from storage.queries import updates as updates_q

PREFIX = "lvzhi"
CONTENT_TYPE = CONTENT_TYPE_PLAIN_0_0_4  # what generate_latest writes
# The states an operator alerts on are always exported, 0 when no row has them,
# so a rule like `lvzhi_outbox{state="failed"} > 0` never meets a missing series.
OUTBOX_STATES = ("pending", "claimed", "sent", "failed", "unreachable", "skipped")
REMINDER_STATES = ("pending", "queued", "sent", "skipped", "failed")
QUESTION_OUTCOMES = ("answered", "declined", "forwarded")
# Handler latency: most updates take milliseconds; a file export or an LLM answer, seconds.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


@dataclass(frozen=True)
class Health:
    ok: bool
    error: str | None = None  # the exception's type name when the database did not answer


@dataclass(frozen=True)
class Metrics:
    members_by_status: dict[str, int]
    recent_updates: int  # updates in the deduplication window (bot/updates.py KEEP_FOR)
    questions: int
    questions_by_outcome: dict[str, int] = field(default_factory=dict)
    submissions_by_status: dict[str, int] = field(default_factory=dict)
    outbox_by_state: dict[str, int] = field(default_factory=dict)
    reminders_by_state: dict[str, int] = field(default_factory=dict)
    processes_alive: int = 0


@dataclass(frozen=True)
class HealthReport:
    """What /healthz answers: `problems` empty means healthy; `facts` is the JSON body's detail."""

    problems: tuple[str, ...]
    facts: dict[str, object]

    @property
    def ok(self) -> bool:
        return not self.problems


class Monitoring:
    def __init__(self, db: Database, clock: Clock, heartbeat: timedelta = timedelta(seconds=10)) -> None:
        self.db = db
        self.clock = clock
        self.heartbeat = heartbeat  # a sender process is alive this long after its heartbeat

    async def health(self) -> Health:
        try:
            async with self.db.transaction() as s:
                await health_q.ping(s)
        except Exception as exc:  # noqa: BLE001 - any database failure means unhealthy
            return Health(ok=False, error=type(exc).__name__)
        return Health(ok=True)

    async def report(self, scheduler_running: bool, updates_running: bool,
                     seconds_since_last_update: float | None) -> HealthReport:
        """The bot is healthy when its database answers, its scheduler runs (reminders, the
        outbox ticker) and it takes updates. A quiet hour is not a fault, so the time since
        the last update is reported, never judged; nor are the pending counts (a broadcast
        to thousands is pending for minutes by design)."""
        problems: list[str] = []
        health = await self.health()
        facts: dict[str, object] = {"database": "ok" if health.ok else health.error,
                                    "scheduler": "running" if scheduler_running else "stopped",
                                    "updates": "running" if updates_running else "stopped",
                                    "seconds_since_last_update": seconds_since_last_update}
        if not health.ok:
            problems.append(f"database unreachable ({health.error})")
        if not scheduler_running:
            problems.append("scheduler not running")
        if not updates_running:
            problems.append("update processing not running")
        numbers = await self.metrics_or_none() if health.ok else None
        if numbers is not None:
            facts.update(outbox_pending=numbers.outbox_by_state.get("pending", 0),
                         outbox_failed=numbers.outbox_by_state.get("failed", 0),
                         reminders_pending=numbers.reminders_by_state.get("pending", 0),
                         processes_alive=numbers.processes_alive)
        return HealthReport(problems=tuple(problems), facts=facts)

    async def metrics_or_none(self) -> Metrics | None:
        """The reading, or None when the database does not answer (the scrape still serves
        the update counters, with lvzhi_database_up 0)."""
        try:
            return await self.metrics()
        except Exception:  # noqa: BLE001 - any database failure: report it as down
            return None

    async def metrics(self) -> Metrics:
        async with self.db.transaction() as s:
            questions = await health_q.questions_by_outcome(s)
            return Metrics(
                members_by_status=await members_q.counts_by_status(s),
                recent_updates=await updates_q.count(s),
                questions=questions["answered"] + questions["declined"],
                questions_by_outcome=questions,
                submissions_by_status=await health_q.submissions_by_status(s),
                outbox_by_state=await health_q.outbox_by_state(s),
                reminders_by_state=await health_q.reminders_by_state(s),
                processes_alive=await health_q.processes_alive(s, self.clock.now() - self.heartbeat),
            )


class _DatabaseCollector(Collector):
    """Exposes the Metrics read just before the scrape (set by Telemetry.render)."""

    def __init__(self) -> None:
        self.latest: Metrics | None = None

    def collect(self) -> Iterator[Metric]:
        m = self.latest
        yield GaugeMetricFamily(f"{PREFIX}_database_up", "1 when the database answered this scrape.",
                                value=0 if m is None else 1)
        if m is None:
            return
        yield _by_label(GaugeMetricFamily, "members", "Members known to the bot, by status.", "status",
                        m.members_by_status)
        yield _by_label(GaugeMetricFamily, "submissions", "社情民意 items, by status (drafts included).",
                        "status", m.submissions_by_status)
        yield _by_label(GaugeMetricFamily, "outbox", "Messages the bot starts, by state of their outbox row.",
                        "state", _with_zeros(m.outbox_by_state, OUTBOX_STATES))
        yield _by_label(GaugeMetricFamily, "reminders", "Event reminders, by state.", "state",
                        _with_zeros(m.reminders_by_state, REMINDER_STATES))
        # Questions are never deleted, so their counts only grow: counters.
        yield _by_label(CounterMetricFamily, "questions", "Questions members asked, by outcome "
                        "(forwarded: declined and handed to staff).", "outcome",
                        _with_zeros(m.questions_by_outcome, QUESTION_OUTCOMES))
        yield GaugeMetricFamily(f"{PREFIX}_sender_processes_alive",
                                "Bot processes whose outbox sender beat its heartbeat recently.",
                                value=m.processes_alive)
        yield GaugeMetricFamily(f"{PREFIX}_recent_updates",
                                "Updates recorded in the deduplication window.", value=m.recent_updates)


def _with_zeros(counts: dict[str, int], names: tuple[str, ...]) -> dict[str, int]:
    return {**dict.fromkeys(names, 0), **counts}


def _by_label(family: type, name: str, documentation: str, label: str, values: dict[str, int]) -> Metric:
    metric = family(f"{PREFIX}_{name}", documentation, labels=[label])
    for key, value in sorted(values.items()):
        metric.add_metric([key], value)
    return metric


class Telemetry:
    """One Application's Prometheus registry and the update path's counters.

    `update_handled` is the only call on the update path: a dict lookup, two
    increments and a histogram observation, no I/O.
    """

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.updates = Counter(f"{PREFIX}_updates", "Updates handled, by Telegram update type.",
                               ["type"], registry=self.registry)
        self.latency = Histogram(f"{PREFIX}_update_handling_seconds",
                                 "Time from taking an update off the queue to the end of its handlers.",
                                 buckets=LATENCY_BUCKETS, registry=self.registry)
        self.errors = Counter(f"{PREFIX}_errors", "Errors raised by handlers (source=update) or jobs (source=job).",
                              ["source"], registry=self.registry)
        self._database = _DatabaseCollector()
        self.registry.register(self._database)
        self._by_type: dict[str, object] = {}
        self.started = time.monotonic()
        self.last_update: float | None = None  # time.monotonic() of the last update handled

    def update_handled(self, kind: str, seconds: float) -> None:
        child = self._by_type.get(kind)
        if child is None:  # labels() takes a lock and builds a tuple; once per type is enough
            child = self._by_type[kind] = self.updates.labels(kind)
        child.inc()
        self.latency.observe(seconds)
        self.last_update = time.monotonic()

    def error(self, source: str) -> None:
        self.errors.labels(source).inc()

    def seconds_since_last_update(self) -> float | None:
        return None if self.last_update is None else round(time.monotonic() - self.last_update, 3)

    def render(self, metrics: Metrics | None) -> bytes:
        """The Prometheus text exposition; `metrics` is the database reading taken for this scrape
        (None: the database did not answer).
        No await between setting it and generating, so two scrapes at once cannot mix readings."""
        self._database.latest = metrics
        return generate_latest(self.registry)
