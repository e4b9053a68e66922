"""The database: an async engine, one-transaction sessions, and migrations.

SQLite runs in WAL mode with a busy timeout, and every transaction begins
IMMEDIATE so two writers queue instead of failing half-way. Within one process the
transactions also queue in order on an asyncio lock before they take a connection:
SQLite's own busy handler polls with sleeps growing to 100 ms, so under a steady stream
of short writes one unlucky waiter could lose the lock again and again (a reminder's
send held for 2-4 s while every other write went through). Across processes the busy
timeout still applies. PostgreSQL is used as it is; claims of shared work use FOR
UPDATE SKIP LOCKED there.
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import AsyncIterator

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 15000
# True inside a SQLite transaction of this task: a transaction opened within it does not wait for
# the in-process lock it holds (it would wait forever; SQLite's busy timeout answers it as before).
_IN_TRANSACTION: ContextVar[bool] = ContextVar("sqlite_in_transaction", default=False)


def _prepare_sqlite(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def on_connect(dbapi_connection, _record) -> None:  # noqa: ANN001
        # Let SQLAlchemy's "begin" event emit BEGIN itself (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def on_begin(conn) -> None:  # noqa: ANN001
        # IMMEDIATE takes the write lock up front: no upgrade deadlock between writers.
        conn.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """Owns the engine; `transaction()` is the only way services touch rows."""

    def __init__(self, url: str, echo: bool = False) -> None:
        self.url = url
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.is_postgres = parsed.get_backend_name() == "postgresql"
        kwargs: dict = {"echo": echo}
        if self.is_sqlite:
            database = parsed.database or ""
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        else:
            kwargs["pool_pre_ping"] = True
        self.engine = create_async_engine(url, **kwargs)
        if self.is_sqlite:
            _prepare_sqlite(self.engine)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        self._writer: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """One unit of work: committed on success, rolled back on any error."""
        if not self.is_sqlite or _IN_TRANSACTION.get():
            async with self.sessions.begin() as session:
                yield session
            return
        async with self._writer_lock():
            token = _IN_TRANSACTION.set(True)
            try:
                async with self.sessions.begin() as session:
                    yield session
            finally:
                _IN_TRANSACTION.reset(token)

    def _writer_lock(self) -> asyncio.Lock:
        """SQLite: this process's transactions take their turn in order (first come, first served)."""
        loop = asyncio.get_running_loop()
        if self._writer is None or self._writer[0] is not loop:  # one lock per event loop (tests run several)
            self._writer = (loop, asyncio.Lock())
        return self._writer[1]

    def for_update(self, stmt):  # noqa: ANN001, ANN201
        """Row claim that other processes skip instead of waiting for (PostgreSQL)."""
        if self.is_postgres:
            return stmt.with_for_update(skip_locked=True)
        return stmt  # SQLite: BEGIN IMMEDIATE already serialises writers.

    async def dispose(self) -> None:
        await self.engine.dispose()


def alembic_config(url: str):  # noqa: ANN201
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    cfg.attributes["database_url"] = url
    return cfg


def migrate(url: str, revision: str = "head") -> None:
    """Bring the schema to the newest revision. Synchronous: call it outside the event loop
    (or via asyncio.to_thread), since Alembic's env runs its own loop."""
    from alembic import command

    if make_url(url).get_backend_name() == "sqlite":
        database = make_url(url).database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
    command.upgrade(alembic_config(url), revision)
