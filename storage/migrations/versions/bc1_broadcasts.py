"""Broadcasts: notices, their outbox (one row per recipient) and the sender heartbeat.

Revision ID: bc1
Revises: 0001
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "bc1"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "broadcasts",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("author_id", sa.BigInteger(), nullable=False),
        sa.Column("step", sa.String(16), nullable=False, server_default="content"),
        sa.Column("kind", sa.String(16), nullable=False, server_default="text"),
        sa.Column("body", sa.Text(), nullable=False, server_default=""),
        sa.Column("file_id", sa.String(256)),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("needs_receipt", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("status", sa.String(16), nullable=False, server_default="draft"),
        sa.Column("parent_id", sa.BigInteger(), sa.ForeignKey("broadcasts.id", name="fk_broadcasts_parent_id_broadcasts")),
        sa.Column("scheduled_at", TS),
        sa.Column("progress_chat_id", sa.BigInteger()),
        sa.Column("progress_message_id", sa.BigInteger()),
        sa.Column("progress_edited_at", TS),
        sa.Column("total", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("started_at", TS),
        sa.Column("finished_at", TS),
        sa.Column("reported_at", TS),
        sa.PrimaryKeyConstraint("id", name="pk_broadcasts"),
    )
    op.create_index("ix_broadcasts_status", "broadcasts", ["status"])
    op.create_table(
        "outbox",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("broadcast_id", sa.BigInteger(),
                  sa.ForeignKey("broadcasts.id", name="fk_outbox_broadcast_id_broadcasts"), nullable=False),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("claimed_at", TS),
        sa.Column("claimed_by", sa.String(64)),
        sa.Column("next_attempt_at", TS),
        sa.Column("sent_at", TS),
        sa.Column("sent_message_id", sa.BigInteger()),
        sa.Column("error", sa.String(256)),
        sa.Column("read_at", TS),
        sa.PrimaryKeyConstraint("id", name="pk_outbox"),
        sa.UniqueConstraint("broadcast_id", "telegram_id", name="uq_outbox_broadcast_id"),
    )
    op.create_index("ix_outbox_broadcast_id", "outbox", ["broadcast_id"])
    op.create_index("ix_outbox_state_next_attempt_at", "outbox", ["state", "next_attempt_at"])
    op.create_table(
        "sender_processes",
        sa.Column("process_id", sa.String(64), nullable=False),
        sa.Column("seen_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("process_id", name="pk_sender_processes"),
    )


def downgrade() -> None:
    for table in ("sender_processes", "outbox", "broadcasts"):
        op.drop_table(table)
