"""A schema upgrade on SQLite is one transaction: a migration that fails midway leaves the
database as it was, never half-built (the driver would otherwise commit each DDL statement)."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from storage.db import MIGRATIONS_DIR, alembic_config

FAILING = '''"""A migration that creates a table and then fails."""
from alembic import op
import sqlalchemy as sa

revision = "zz_fail"
down_revision = "{head}"


def upgrade() -> None:
    op.create_table("half_built", sa.Column("id", sa.Integer, primary_key=True))
    raise RuntimeError("interrupted midway")


def downgrade() -> None:
    op.drop_table("half_built")
'''


def _tables(path) -> set[str]:  # noqa: ANN001
    with sqlite3.connect(path) as connection:
        return {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_a_failing_upgrade_of_a_new_database_leaves_no_table(tmp_path):
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = ScriptDirectory(str(scripts)).get_current_head()
    (scripts / "versions" / "zz_fail.py").write_text(FAILING.format(head=head), encoding="utf-8")
    database = tmp_path / "new.db"
    config = alembic_config(f"sqlite+aiosqlite:///{database}")
    config.set_main_option("script_location", str(scripts))

    with pytest.raises(RuntimeError, match="interrupted midway"):
        command.upgrade(config, "heads")

    assert _tables(database) == set()


def test_the_upgrade_that_succeeds_is_committed(tmp_path):
    database = tmp_path / "new.db"
    command.upgrade(alembic_config(f"sqlite+aiosqlite:///{database}"), "head")
    tables = _tables(database)
    assert {"alembic_version", "submissions", "reminders"} <= tables
