"""Foundation: members, invites, dialog states, processed updates, key values.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "invites",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("created_by", sa.BigInteger(), nullable=False),
        sa.Column("max_uses", sa.BigInteger(), nullable=False),
        sa.Column("uses", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_invites"),
        sa.UniqueConstraint("code", name="uq_invites_code"),
    )
    op.create_table(
        "members",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True),
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(64), nullable=False, server_default=""),
        sa.Column("tg_name", sa.String(128), nullable=False, server_default=""),
        sa.Column("username", sa.String(64)),
        sa.Column("sector", sa.String(64)),
        sa.Column("special_committee", sa.String(64)),
        sa.Column("unit", sa.String(128)),
        sa.Column("phone", sa.String(32)),
        sa.Column("role", sa.String(16), nullable=False, server_default="member"),
        sa.Column("status", sa.String(16), nullable=False, server_default="registering"),
        sa.Column("chat_started", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("reachable", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("invite_id", sa.BigInteger(), sa.ForeignKey("invites.id", name="fk_members_invite_id_invites")),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("decided_at", TS),
        sa.Column("decided_by", sa.BigInteger()),
        sa.PrimaryKeyConstraint("id", name="pk_members"),
        sa.UniqueConstraint("telegram_id", name="uq_members_telegram_id"),
    )
    op.create_index("ix_members_status", "members", ["status"])
    op.create_table(
        "dialog_states",
        sa.Column("telegram_id", sa.BigInteger(), nullable=False),
        sa.Column("flow", sa.String(32), nullable=False),
        sa.Column("step", sa.String(32), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("telegram_id", name="pk_dialog_states"),
    )
    op.create_table(
        "processed_updates",
        sa.Column("update_id", sa.BigInteger(), nullable=False),
        sa.Column("received_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("update_id", name="pk_processed_updates"),
    )
    op.create_index("ix_processed_updates_received_at", "processed_updates", ["received_at"])
    op.create_table(
        "key_values",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_key_values"),
    )


def downgrade() -> None:
    for table in ("key_values", "processed_updates", "dialog_states", "members", "invites"):
        op.drop_table(table)
