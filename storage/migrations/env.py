"""Alembic environment: runs the migrations on the async engine of the configured URL."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy import event
from sqlalchemy.ext.asyncio import create_async_engine

import storage.all_models  # noqa: F401  (registers every table on the metadata)
from storage.base import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:  # noqa: ANN001
    sqlite = connection.dialect.name == "sqlite"
    # transactional_ddl: Alembic assumes SQLite cannot roll DDL back and commits after each
    # migration; with the transaction opened by hand (_transactional_ddl) it can.
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=sqlite, transactional_ddl=True if sqlite else None)
    with context.begin_transaction():
        context.run_migrations()


def _transactional_ddl(engine) -> None:  # noqa: ANN001
    """SQLite: the driver runs DDL outside any transaction, each statement committed (and synced)
    on its own. Opening the transaction ourselves makes the whole upgrade one transaction: a crash
    midway leaves the schema at the old revision, not half-built, and a new database is made with
    one sync to disk instead of hundreds."""

    @event.listens_for(engine.sync_engine, "connect")
    def _autocommit_driver(dbapi_connection, _record) -> None:  # noqa: ANN001
        dbapi_connection.isolation_level = None

    @event.listens_for(engine.sync_engine, "begin")
    def _begin(connection) -> None:  # noqa: ANN001
        connection.exec_driver_sql("BEGIN")


async def _run_async(url: str) -> None:
    engine = create_async_engine(url)
    if engine.dialect.name == "sqlite":
        _transactional_ddl(engine)
    async with engine.connect() as connection:
        await connection.run_sync(_run)
        await connection.commit()
    await engine.dispose()


def run_migrations_online() -> None:
    url = config.attributes.get("database_url") or config.get_main_option("sqlalchemy.url")
    asyncio.run(_run_async(url))


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported")
run_migrations_online()
