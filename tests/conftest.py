"""Shared fixtures: real databases made by the migrations, and the real bot on a fake Bot API.

SQLite always; PostgreSQL when TEST_DATABASE_URL (default: the local server) is
reachable, otherwise those tests are skipped with the reason. Each run creates a
database of its own on that server (test_run_<pid>_<random>) and drops it at the
end, so two runs at once on one server never touch each other's tables.

The suite runs on pytest-xdist workers (pyproject's addopts): each worker is a process
of its own, so it makes its own database (its own pid) and scratch files (tmp_path).
Tests that measure real time (rates, promptness) are marked `timing` and run alone:
while one runs, no other worker runs a test (`_timing_runs_alone`).
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import shutil
import sqlite3
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.clock import FrozenClock
from bot.config import load_settings, Settings
from bot.localchat.driver import LocalBot
from storage.db import migrate

PG_URL = os.environ.get("TEST_DATABASE_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test")
START = datetime(2026, 11, 2, 1, 0, tzinfo=timezone.utc)  # Monday 09:00 in Asia/Shanghai
ADMIN_ID = 9001


# Whole files of tests that measure real time: marked `timing` here, so that their authors' files
# need no change; a test elsewhere can carry @pytest.mark.timing itself.
TIMING_MODULES = {"test_pacing", "test_reply_lane"}  # test_outbox marks its one timing test


def pytest_collection_modifyitems(config, items) -> None:  # noqa: ANN001, ARG001
    for item in items:
        module = getattr(item, "module", None)
        if module is not None and module.__name__.rsplit(".", 1)[-1] in TIMING_MODULES:
            item.add_marker(pytest.mark.timing)


@pytest.fixture(autouse=True)
def _timing_runs_alone(request, tmp_path_factory):
    """Under pytest-xdist, a `timing` test holds the run's lock alone, every other test shares it.

    A rate measured while the other workers' tests (and their bot processes) take the CPU
    would measure the machine, not the pacer. A turnstile lock comes first, so a waiting
    `timing` test keeps new tests from starting and gets its turn once the running ones end.
    """
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        yield
        return
    run_dir = tmp_path_factory.getbasetemp().parent  # one per run, shared by its workers
    alone = request.node.get_closest_marker("timing") is not None
    with open(run_dir / "turnstile.lock", "a") as turnstile, open(run_dir / "timing.lock", "a") as lock:
        fcntl.flock(turnstile, fcntl.LOCK_EX)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX if alone else fcntl.LOCK_SH)
        finally:
            fcntl.flock(turnstile, fcntl.LOCK_UN)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def make_settings(database_url: str, admin_ids: str = str(ADMIN_ID), **env: str) -> Settings:
    environ = {"DATABASE_URL": database_url, "ADMIN_IDS": admin_ids, **env}
    return load_settings(environ=environ, dotenv_path=Path("/nonexistent/.env"))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    migrate(f"sqlite+aiosqlite:///{path}")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def sqlite_url(sqlite_template, tmp_path) -> str:
    path = tmp_path / "bot.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


async def _pg_reachable(url: str) -> str | None:
    import asyncpg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    try:
        conn = await asyncio.wait_for(asyncpg.connect(user=u.username, password=u.password, host=u.host,
                                                      port=u.port or 5432, database=u.database), 3)
    except Exception as exc:  # noqa: BLE001
        return f"PostgreSQL not reachable at {u.host}:{u.port or 5432} ({type(exc).__name__}: {exc})"
    await conn.close()
    return None


_pg_state: dict[str, object] = {}


def _connect_args(url: str) -> dict:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return dict(user=u.username, password=u.password, host=u.host, port=u.port or 5432, database=u.database)


def _run_database_url() -> str:
    """This run's own database on the server of TEST_DATABASE_URL: two runs never share one."""
    from sqlalchemy.engine import make_url

    name = f"test_run_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


def _pg_prepare() -> None:
    if "ready" in _pg_state:
        if _pg_state["ready"] is not True:
            pytest.skip(str(_pg_state["ready"]))
        return
    problem = asyncio.run(_pg_reachable(PG_URL))
    if problem:
        _pg_state["ready"] = problem
        pytest.skip(problem)
    url = _run_database_url()

    async def create() -> None:
        import asyncpg

        conn = await asyncpg.connect(**_connect_args(PG_URL))
        await conn.execute(f'CREATE DATABASE "{_connect_args(url)["database"]}"')
        await conn.close()

    asyncio.run(create())
    _pg_state["url"] = url
    migrate(url)
    _pg_state["ready"] = True


def _pg_drop_run_database() -> None:
    """Called at the end of the session (pytest_sessionfinish): the run's database goes."""
    url = _pg_state.get("url")
    if not url:
        return

    async def drop() -> None:
        import asyncpg

        conn = await asyncpg.connect(**_connect_args(PG_URL))
        await conn.execute(f'DROP DATABASE IF EXISTS "{_connect_args(str(url))["database"]}" WITH (FORCE)')
        await conn.close()

    asyncio.run(drop())


def pytest_sessionfinish(session, exitstatus) -> None:  # noqa: ANN001, ARG001
    _pg_drop_run_database()


async def _pg_truncate() -> str:
    import asyncpg

    url = str(_pg_state["url"])
    conn = await asyncpg.connect(**_connect_args(url))
    tables = [r["tablename"] for r in await conn.fetch(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")]
    if tables:
        await conn.execute("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")
    await conn.close()
    return url


@pytest.fixture
async def pg_url() -> str:
    await asyncio.to_thread(_pg_prepare)
    return await _pg_truncate()


@pytest.fixture(params=["sqlite", "postgresql"])
async def db_url(request, sqlite_url) -> str:
    """Storage tests run on both databases."""
    if request.param == "sqlite":
        return sqlite_url
    await asyncio.to_thread(_pg_prepare)
    return await _pg_truncate()


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(START)


@pytest.fixture
async def bot_factory(sqlite_url, clock):
    """Start the real Application on a migrated database; stopped after the test.

    A call to a Bot API method the fake does not know fails the test.
    """
    bots: list[LocalBot] = []

    async def factory(database_url: str | None = None, admin_ids: str = str(ADMIN_ID), **env: str) -> LocalBot:
        settings = make_settings(database_url or sqlite_url, admin_ids, **env)
        bot = LocalBot(settings, clock=clock)
        await bot.start(migrate_first=False)
        bots.append(bot)
        return bot

    yield factory
    for bot in bots:
        await bot.stop()
    for bot in bots:
        assert not bot.telegram.unknown, f"the bot called unknown Bot API methods: {bot.telegram.unknown}"


async def register(bot: LocalBot, user_id: int, name: str, sector: str = "经济界",
                   committee: str | None = "经济委员会", approve: bool = True, admin_id: int = ADMIN_ID):
    """Helper for tests of later features: a registered, approved member."""
    admin = bot.member(admin_id, "管理员")
    if not admin.replies():
        await admin.send("/start")
    person = bot.member(user_id, name)
    await person.send("/start")
    await person.send(name)
    await person.press(sector)
    await person.press(committee or "无")
    await person.tap("跳过")
    if approve:
        card = next(r for r in reversed(admin.replies()) if f"用户ID：{user_id}" in r.text)
        await admin.press("通过", on=card)
    return person
