"""The committee's roster (委员名册): imported rows, each with a personal invite and, once joined, its member.

Revision ID: ro1
Revises: i13b1
"""
import sqlalchemy as sa
from alembic import op

revision = "ro1"
down_revision = "i13b1"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "roster_entries",
        sa.Column("id", ID, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("sector", sa.String(64), nullable=False),
        sa.Column("special_committee", sa.String(64)),
        sa.Column("phone", sa.String(32)),
        sa.Column("unit", sa.String(128)),
        sa.Column("title", sa.String(64)),
        sa.Column("member_id", sa.BigInteger(),
                  sa.ForeignKey("members.id", name="fk_roster_entries_member_id_members")),
        sa.Column("invite_id", sa.BigInteger(),
                  sa.ForeignKey("invites.id", name="fk_roster_entries_invite_id_invites")),
        sa.Column("joined_at", TS),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("updated_by", sa.BigInteger()),
        sa.PrimaryKeyConstraint("id", name="pk_roster_entries"),
        sa.UniqueConstraint("member_id", name="uq_roster_entries_member_id"),
    )
    op.create_index("ix_roster_entries_phone", "roster_entries", ["phone"])


def downgrade() -> None:
    op.drop_index("ix_roster_entries_phone", table_name="roster_entries")
    op.drop_table("roster_entries")
