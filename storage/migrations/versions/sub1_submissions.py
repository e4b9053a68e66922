"""Submissions (社情民意): items, yearly counters, attachments, co-signers, seconds, history.

Revision ID: sub1
Revises: 0001
Create Date: 2026-11-25
"""
import sqlalchemy as sa
from alembic import op

revision = "sub1"
down_revision = "0001"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _fk(table: str, column: str, target: str, cascade: bool = True) -> sa.Column:
    return sa.Column(column, sa.BigInteger(), sa.ForeignKey(
        f"{target}.id", name=f"fk_{table}_{column}_{target}", ondelete="CASCADE" if cascade else None),
        nullable=False)


def upgrade() -> None:
    op.create_table(
        "submission_counters",
        sa.Column("year", sa.BigInteger(), nullable=False),
        sa.Column("last", sa.BigInteger(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("year", name="pk_submission_counters"),
    )
    op.create_table(
        "submissions",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("number", sa.String(24)),
        _fk("submissions", "member_id", "members", cascade=False),
        sa.Column("author_name", sa.String(64), nullable=False, server_default=""),
        sa.Column("title", sa.String(64), nullable=False, server_default=""),
        sa.Column("category", sa.String(32), nullable=False, server_default=""),
        sa.Column("situation", sa.Text(), nullable=False, server_default=""),
        sa.Column("problem", sa.Text(), nullable=False, server_default=""),
        sa.Column("suggestion", sa.Text(), nullable=False, server_default=""),
        sa.Column("phone", sa.String(32)),
        sa.Column("unit", sa.String(128)),
        sa.Column("status", sa.String(16), nullable=False, server_default="draft"),
        sa.Column("step", sa.String(16), nullable=False, server_default="title"),
        sa.Column("editing", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("rev", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("original", sa.JSON()),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("filed_at", TS),
        sa.Column("reminded_at", TS),
        sa.PrimaryKeyConstraint("id", name="pk_submissions"),
        sa.UniqueConstraint("number", name="uq_submissions_number"),
    )
    op.create_index("ix_submissions_member_id", "submissions", ["member_id"])
    op.create_index("ix_submissions_status", "submissions", ["status"])
    op.create_index("ix_submissions_updated_at", "submissions", ["updated_at"])
    op.create_index("ix_submissions_filed_at", "submissions", ["filed_at"])
    op.create_table(
        "submission_attachments",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        _fk("submission_attachments", "submission_id", "submissions"),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("file_id", sa.String(256), nullable=False),
        sa.Column("file_unique_id", sa.String(128), nullable=False, server_default=""),
        sa.Column("name", sa.String(256), nullable=False, server_default=""),
        sa.Column("size", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_submission_attachments"),
    )
    op.create_index("ix_submission_attachments_submission_id", "submission_attachments", ["submission_id"])
    op.create_table(
        "submission_cosigners",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        _fk("submission_cosigners", "submission_id", "submissions"),
        _fk("submission_cosigners", "member_id", "members", cascade=False),
        sa.Column("state", sa.String(16), nullable=False, server_default="invited"),
        sa.Column("invited_at", TS, nullable=False),
        sa.Column("answered_at", TS),
        sa.PrimaryKeyConstraint("id", name="pk_submission_cosigners"),
        sa.UniqueConstraint("submission_id", "member_id", name="uq_submission_cosigners_submission_id"),
    )
    op.create_index("ix_submission_cosigners_submission_id", "submission_cosigners", ["submission_id"])
    op.create_table(
        "submission_seconds",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        _fk("submission_seconds", "submission_id", "submissions"),
        _fk("submission_seconds", "member_id", "members", cascade=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_submission_seconds"),
        sa.UniqueConstraint("submission_id", "member_id", name="uq_submission_seconds_submission_id"),
    )
    op.create_index("ix_submission_seconds_submission_id", "submission_seconds", ["submission_id"])
    op.create_table(
        "submission_events",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        _fk("submission_events", "submission_id", "submissions"),
        sa.Column("actor_tid", sa.BigInteger(), nullable=False),
        sa.Column("actor_name", sa.String(64), nullable=False, server_default=""),
        sa.Column("from_status", sa.String(16), nullable=False),
        sa.Column("to_status", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False, server_default="status"),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("level", sa.String(16)),
        sa.Column("leader", sa.String(64)),
        sa.Column("instruction", sa.Text()),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_submission_events"),
    )
    op.create_index("ix_submission_events_submission_id", "submission_events", ["submission_id"])
    op.create_index("ix_submission_events_created_at", "submission_events", ["created_at"])


def downgrade() -> None:
    for table in ("submission_events", "submission_seconds", "submission_cosigners", "submission_attachments",
                  "submissions", "submission_counters"):
        op.drop_table(table)
