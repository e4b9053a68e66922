"""Table of the admin console's one-time login links (the /web command).

Only a hash of the token is kept, so a copy of the database cannot log anyone in;
`used_at` is set by the one request that uses the link up.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base


class ConsoleLoginToken(Base):
    __tablename__ = "console_login_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, index=True)
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
