"""The 履职档案's manual entries (record_entries).

Revision ID: rec1
Revises: i13b1
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "rec1"
down_revision = "i13b1"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "record_entries",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("member_id", sa.BigInteger(), sa.ForeignKey(
            "members.id", name="fk_record_entries_member_id_members", ondelete="CASCADE"), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("created_by", sa.BigInteger(), nullable=False),
        sa.Column("created_by_name", sa.String(64), nullable=False, server_default=""),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_by", sa.BigInteger()),
        sa.Column("updated_by_name", sa.String(64)),
        sa.Column("updated_at", TS),
        sa.Column("history", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_record_entries"),
    )
    op.create_index("ix_record_entries_member_id_day", "record_entries", ["member_id", "day"])


def downgrade() -> None:
    op.drop_index("ix_record_entries_member_id_day", table_name="record_entries")
    op.drop_table("record_entries")
