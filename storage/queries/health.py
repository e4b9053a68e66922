"""The database liveness probe behind /healthz."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession


async def ping(s: AsyncSession) -> None:
    """A round trip to the database; raises when it does not answer."""
    await s.execute(text("SELECT 1"))
