"""The admin console's one-time login links.

Revision ID: i14w1
Revises: i13b1
"""
import sqlalchemy as sa
from alembic import op

revision = "i14w1"
down_revision = "i13b1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "console_login_tokens",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_console_login_tokens_telegram_id", "console_login_tokens", ["telegram_id"])


def downgrade() -> None:
    op.drop_index("ix_console_login_tokens_telegram_id", "console_login_tokens")
    op.drop_table("console_login_tokens")
