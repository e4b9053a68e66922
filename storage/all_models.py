"""Imports every table module so the metadata knows them all (for Alembic and tests)."""

from storage import broadcasts, models  # noqa: F401
