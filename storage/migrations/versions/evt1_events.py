"""Events, attendance and reminder rows.

Revision ID: evt1
Revises: 0001
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "evt1"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", PK, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("starts_at", TS, nullable=False),
        sa.Column("ends_at", TS),
        sa.Column("place", sa.String(200), nullable=False, server_default=""),
        sa.Column("audience", sa.JSON(), nullable=False),
        sa.Column("organiser_tid", sa.BigInteger(), nullable=False),
        sa.Column("offsets", sa.JSON(), nullable=False),
        sa.Column("repeat", sa.String(16), nullable=False, server_default="none"),
        sa.Column("repeat_until", TS),
        sa.Column("series_id", sa.BigInteger()),
        sa.Column("status", sa.String(16), nullable=False, server_default="active"),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    op.create_index("ix_events_starts_at", "events", ["starts_at"])
    op.create_index("ix_events_series_id", "events", ["series_id"])
    op.create_table(
        "attendance",
        sa.Column("id", PK, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.BigInteger(), sa.ForeignKey("events.id", name="fk_attendance_event_id_events",
                                                             ondelete="CASCADE"), nullable=False),
        sa.Column("member_id", sa.BigInteger(), sa.ForeignKey("members.id", name="fk_attendance_member_id_members",
                                                              ondelete="CASCADE"), nullable=False),
        sa.Column("answer", sa.String(16)),
        sa.Column("answered_at", TS),
        sa.Column("leave_reason", sa.String(200)),
        sa.Column("leave_decision", sa.String(16)),
        sa.Column("decided_by", sa.BigInteger()),
        sa.Column("decided_at", TS),
        sa.Column("checked_in_at", TS),
        sa.PrimaryKeyConstraint("id", name="pk_attendance"),
        sa.UniqueConstraint("event_id", "member_id", name="uq_attendance_event_id"),
    )
    op.create_index("ix_attendance_member_id", "attendance", ["member_id"])
    op.create_table(
        "reminders",
        sa.Column("id", PK, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.BigInteger(), sa.ForeignKey("events.id", name="fk_reminders_event_id_events",
                                                             ondelete="CASCADE"), nullable=False),
        sa.Column("member_id", sa.BigInteger(), sa.ForeignKey("members.id", name="fk_reminders_member_id_members",
                                                              ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False, server_default="remind"),
        sa.Column("due_at", TS, nullable=False),
        sa.Column("state", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("skip_reason", sa.String(32)),
        sa.Column("attempts", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("claimed_at", TS),
        sa.Column("claimed_by", sa.String(64)),
        sa.Column("sent_at", TS),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reminders"),
    )
    op.create_index("ix_reminders_event_id", "reminders", ["event_id"])
    op.create_index("ix_reminders_state_due_at", "reminders", ["state", "due_at"])


def downgrade() -> None:
    for table in ("reminders", "attendance", "events"):
        op.drop_table(table)
